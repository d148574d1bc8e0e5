#include "archivemode.h"

#include "archive/archivecoverage.h"
#include "archive/archivereader.h"
#include "archive/archivetablemodel.h"
#include "queryform.h"
#include "records/recordcolumns.h"
#include "resultsview.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sendtrail {

ArchiveMode::ArchiveMode(QueryForm *form, ResultsView *results, QStatusBar *bar, QObject *parent)
    : QObject(parent), m_form(form), m_results(results), m_model(new ArchiveTableModel(this)),
      m_status(new QLabel(bar))
{
    m_status->setObjectName(u"archiveStatusLabel"_s);
    m_status->setVisible(false);
    bar->addPermanentWidget(m_status, 1);
    connect(m_form, &QueryForm::archiveLocationEdited, this, &ArchiveMode::rememberLocation);
    connect(m_model, &ArchiveTableModel::pageLoaded, this, &ArchiveMode::updateStatus);
    connect(m_model, &ArchiveTableModel::counted, this, &ArchiveMode::updateStatus);
    connect(m_model, &ArchiveTableModel::loadingChanged, this, [this](bool loading) {
        if (m_active)
            m_results->setLoading(loading);
        updateStatus();
    });
    connect(m_model, &RecordListModel::sortStateChanged, this, &ArchiveMode::updateStatus);
    connect(m_model, &ArchiveTableModel::fetchFailed, this, [this](const QString &message) {
        m_results->showError(tr("Could not read the archive: %1").arg(message));
        m_results->setErrorActions(false, false);
        updateStatus();
    });
    connect(m_model, &ArchiveTableModel::finished, this, [this] {
        if (m_model->rowCount() == 0 && m_gaps.isEmpty())
            m_results->setEmptyText(tr("The archive holds no records that match every filter."));
        updateStatus();
    });
}

ArchiveMode::~ArchiveMode() = default;

ArchiveLocation ArchiveMode::defaultLocation()
{
    ArchiveLocation location;
    location.path = ArchiveLocation::defaultSqlitePath();
    return location;
}

// Per profile: the archive keeps no account column, so two accounts synced into one file would
// mix their histories; each profile may name its own file or database (a new one starts at the
// default, as the CLI does).
QString ArchiveMode::settingsKey(const QString &profile)
{
    return u"archive/location/"_s + (profile.isEmpty() ? u"-"_s : profile);
}

void ArchiveMode::setProfile(const QString &name)
{
    m_profile = name;
    m_form->setArchiveLocationText(QSettings().value(settingsKey(name)).toString());
    if (m_model->filter())
        m_model->clear(); // another account's archive rows must not stay under this name
    m_lastSummary.reset();
    updateStatus();
}

void ArchiveMode::rememberLocation(const QString &text)
{
    QSettings settings;
    if (text.isEmpty())
        settings.remove(settingsKey(m_profile));
    else
        settings.setValue(settingsKey(m_profile), text);
}

std::optional<ArchiveLocation> ArchiveMode::location(QString *error) const
{
    const QString text = m_form->archiveLocationText();
    if (text.isEmpty())
        return defaultLocation();
    return ArchiveLocation::parse(text, error);
}

void ArchiveMode::setActive(bool active)
{
    m_active = active;
    m_status->setVisible(active);
    m_results->hideError();
    m_results->setEmptyText({});
    if (active) {
        m_results->setModel(m_model);
        m_results->setLoading(m_model->isLoading());
    }
    updateStatus();
}

void ArchiveMode::setDisplayTimeZone(const QTimeZone &zone, int serviceUtcOffsetSeconds)
{
    Q_UNUSED(serviceUtcOffsetSeconds)
    m_zone = zone;
    m_model->setDisplayTimeZone(zone);
    if (m_model->filter())
        requestSummary(); // days are the zone's
}

bool ArchiveMode::run(QString *error)
{
    const auto where = location(error);
    if (!where)
        return false;
    if (!m_model->location() || m_model->location()->displayName() != where->displayName()) {
        m_model->setLocation(*where);
        ArchiveReader::retire(std::exchange(m_coverage, std::make_unique<ArchiveReader>(*where)));
        connect(m_coverage.get(), &ArchiveReader::coverageLoaded, this, &ArchiveMode::onCoverage);
        connect(m_coverage.get(), &ArchiveReader::statusByHourLoaded, this, &ArchiveMode::onStatusByHour);
        connect(m_coverage.get(), &ArchiveReader::groupsLoaded, this, &ArchiveMode::onGroups);
        connect(m_coverage.get(), &ArchiveReader::failed, this, [this](int request, const QString &message) {
            if (request != m_coverageRequest)
                return;
            m_coverageRequest = 0;
            m_results->showError(tr("Could not read the archive: %1").arg(message));
            m_results->setErrorActions(false, false);
            updateStatus();
        });
    }
    m_results->hideError();
    m_results->setEmptyText({});
    m_filter = m_form->archiveFilter();
    m_gaps.clear();
    m_summary.reset();
    m_lastSummary.reset();
    // The rows are asked for once the coverage is in: a fresh archive's schema is then made by
    // one connection, not raced by two.
    m_model->clear();
    m_coverageRequest = m_coverage->requestCoverage();
    updateStatus();
    return true;
}

void ArchiveMode::onCoverage(int request, const QList<ArchiveWindow> &windows)
{
    if (request != m_coverageRequest || !m_filter)
        return;
    m_coverageRequest = 0;
    m_model->setFilter(*m_filter);
    requestSummary();
    m_gaps = ArchiveCoverage::gaps(m_filter->startUtc, m_filter->endUtc, windows,
                                   QDateTime::currentSecsSinceEpoch());
    if (!m_gaps.isEmpty() && m_active) {
        m_results->showError(gapText(m_gaps));
        m_results->setErrorActions(false, false);
    }
    updateStatus();
    Q_EMIT gapsFound(m_gaps);
}

QString ArchiveMode::gapText(const QList<ArchiveGap> &gaps) const
{
    // Seconds where minutes would hide it: the tail since the last sync began is often short.
    const auto when = [this](qint64 utc, bool seconds) {
        return QDateTime::fromSecsSinceEpoch(utc, m_zone)
            .toString(seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
    };
    QStringList parts;
    for (const ArchiveGap &gap : gaps.mid(0, 5)) {
        const bool seconds = gap.endUtc - gap.startUtc < 3600;
        parts << tr("%1 – %2").arg(when(gap.startUtc, seconds), when(gap.endUtc, seconds));
    }
    if (gaps.size() > 5)
        parts << tr("and %n more", nullptr, int(gaps.size() - 5));
    return tr("The archive does not cover all of this range: these rows are partial. Missing: %1. "
              "Query → Sync Archive fetches what the service still keeps.")
        .arg(parts.join(u"; "_s));
}

QString ArchiveMode::statusText() const
{
    if (m_coverageRequest != 0)
        return tr("Reading the archive…");
    if (!m_model->filter()) {
        QString error;
        return tr("Archive: %1").arg(location(&error).value_or(defaultLocation()).displayName());
    }
    const QLocale locale;
    QStringList parts;
    if (m_model->totalCount() >= 0)
        parts << tr("Archive: %1 of %2 rows loaded")
                     .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount()));
    else
        parts << tr("Archive: %1 rows loaded").arg(locale.toString(m_model->rowCount()));
    if (m_model->isLoading())
        parts << tr("Reading the archive…");
    if (const auto key = m_model->sortKey())
        parts << tr("Sorted by %1 in the archive: the whole selection, not only the loaded rows")
                     .arg(RecordColumns::title(key->column));
    if (!m_gaps.isEmpty())
        parts << tr("⚠ %n gap(s) in the range", nullptr, int(m_gaps.size()));
    return parts.join(u" · "_s);
}

void ArchiveMode::updateStatus()
{
    m_status->setText(statusText());
}

namespace {

// The dimension of a group whose texts are the Summary's keys as they are.
Summary::Dimension dimensionOf(ArchiveGroup group)
{
    switch (group) {
    case ArchiveGroup::Classification:
        return Summary::Dimension::Classification;
    case ArchiveGroup::Domain:
        return Summary::Dimension::Domain;
    default:
        return Summary::Dimension::Sender;
    }
}

// The offset's remainder after its whole hours, 0..3599: where the zone's hours start.
int hourPhase(const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    return ((offset % 3600) + 3600) % 3600;
}

} // namespace

// The Summary panel's counts as SQL aggregates over the whole selection, on the reader's worker:
// no row is fetched. Hours, not days: the chart shows either (Summary makes its days of the
// hours), and each hour lands in the zone's hour of its own offset, summer time too.
void ArchiveMode::requestSummary()
{
    if (!m_coverage || !m_filter)
        return;
    m_summary.emplace(m_zone);
    m_hourRequest = m_coverage->requestStatusByHour(*m_filter, hourPhase(m_zone));
    m_groupRequests.clear();
    for (ArchiveGroup group :
         {ArchiveGroup::Classification, ArchiveGroup::Message, ArchiveGroup::Domain, ArchiveGroup::Sender})
        m_groupRequests.insert(m_coverage->requestCountBy(*m_filter, group), group);
}

void ArchiveMode::onStatusByHour(int request, const QList<StatusHourCount> &counts)
{
    if (request != m_hourRequest || !m_summary)
        return;
    m_hourRequest = 0;
    for (const StatusHourCount &c : counts)
        m_summary->addCounts(c.hourStartUtc, DeliveryStatus(c.status), c.count);
    summaryAnswered();
}

// The SMTP replies come as their texts: Summary groups each as it groups a record's.
void ArchiveMode::onGroups(int request, const QList<GroupCount> &counts)
{
    const auto group = m_groupRequests.constFind(request);
    if (group == m_groupRequests.cend() || !m_summary)
        return;
    const ArchiveGroup answered = *group;
    m_groupRequests.erase(group);
    for (const GroupCount &c : counts) {
        if (answered == ArchiveGroup::Message)
            m_summary->addReplyCount(c.key, c.count);
        else
            m_summary->addKeyCount(dimensionOf(answered), c.key, c.count);
    }
    summaryAnswered();
}

void ArchiveMode::summaryAnswered()
{
    if (m_hourRequest != 0 || !m_groupRequests.isEmpty() || !m_summary)
        return;
    m_lastSummary = std::exchange(m_summary, std::nullopt);
    Q_EMIT summaryLoaded(*m_lastSummary);
}

} // namespace sendtrail
