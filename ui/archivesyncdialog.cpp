#include "archivesyncdialog.h"

#include "archive/archivecoverage.h"
#include "archive/archivereader.h"
#include "archive/archivesyncworker.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

ArchiveSyncDialog::ArchiveSyncDialog(const ArchiveLocation &location, int serviceUtcOffsetSeconds,
                                     QWidget *parent)
    : QDialog(parent), m_location(location), m_serviceOffset(serviceUtcOffsetSeconds),
      m_reader(std::make_unique<ArchiveReader>(location)), m_where(new QLabel(this))
{
    setObjectName(u"archiveSyncDialog"_s);
    setWindowTitle(tr("Sync Archive"));
    auto *layout = new QVBoxLayout(this);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    layout->addWidget(createOptions());
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgressBar"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setFormat(tr("%v of %m days"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_state = new QLabel(this);
    m_state->setObjectName(u"syncStateLabel"_s);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto *heading = new QLabel(tr("Archived days (service time):"), this);
    layout->addWidget(heading);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"coverageTable"_s);
    m_table->setAccessibleName(tr("Archived days"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Fetched"), tr("Records"), tr("Tags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    heading->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchiveSyncDialog::reject);
    layout->addWidget(buttons);
    connect(m_reader.get(), &ArchiveReader::coverageLoaded, this, [this](int request, const auto &windows) {
        if (request != m_coverageRequest)
            return;
        m_coverageRequest = 0;
        showCoverage(windows);
        if (std::exchange(m_startPending, false))
            startSync();
    });
    connect(m_reader.get(), &ArchiveReader::failed, this, [this](int request, const QString &message) {
        if (request != m_coverageRequest)
            return;
        m_coverageRequest = 0;
        m_state->setText(tr("Could not read the archive: %1").arg(message));
        if (std::exchange(m_startPending, false))
            startSync(); // the sync says what is wrong in its own words
    });
    m_where->setText(tr("Archive: %1").arg(location.displayName()));
    resize(640, 520);
    updateButtons();
    reloadCoverage();
}

// Another archive chosen (MainWindow deletes this dialog then): its coverage query may still run.
ArchiveSyncDialog::~ArchiveSyncDialog()
{
    ArchiveReader::retire(std::move(m_reader));
}

QWidget *ArchiveSyncDialog::createOptions()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(m_serviceOffset).date();
    m_from = new QDateEdit(today.addDays(-30), box);
    m_from->setObjectName(u"syncFromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_from->setToolTip(tr("The first day to archive; the service keeps about one month"));
    form->addRow(tr("&From:"), m_from);
    m_settle = new QSpinBox(box);
    m_settle->setObjectName(u"settleDaysSpinBox"_s);
    m_settle->setRange(0, 30);
    m_settle->setValue(3);
    m_settle->setToolTip(tr("Recent days fetched again: a record's time is its last status update"));
    form->addRow(tr("Settle &days:"), m_settle);
    m_tags = new QCheckBox(tr("Label records with their &tags (one more fetch per tag and day)"), box);
    m_tags->setObjectName(u"syncTagsCheckBox"_s);
    m_tags->setChecked(true);
    form->addRow(m_tags);
    auto *row = new QHBoxLayout;
    m_sync = new QPushButton(tr("&Sync Now"), box);
    m_sync->setObjectName(u"syncNowButton"_s);
    m_cancel = new QPushButton(tr("Ca&ncel Sync"), box);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    row->addWidget(m_sync);
    row->addWidget(m_cancel);
    row->addStretch(1);
    form->addRow(row);
    connect(m_sync, &QPushButton::clicked, this, &ArchiveSyncDialog::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &ArchiveSyncDialog::cancelSync);
    return box;
}

void ArchiveSyncDialog::setClient(ApiClient *client, const QString &profileName)
{
    m_client = client;
    m_profile = profileName;
    if (!isSyncing())
        m_state->setText(client ? tr("Syncs the records of the profile “%1”.").arg(profileName)
                                : tr("Choose a profile first: the sync reads its sending records."));
    updateButtons();
}

ArchiveSyncOptions ArchiveSyncDialog::options() const
{
    ArchiveSyncOptions o;
    const QDateTime from(m_from->date(), QTime(0, 0), QTimeZone(m_serviceOffset));
    o.startUtc = from.toSecsSinceEpoch();
    o.endUtc = QDateTime::currentSecsSinceEpoch();
    o.settleDays = m_settle->value();
    o.withTags = m_tags->isChecked();
    o.serviceUtcOffsetSeconds = m_serviceOffset;
    return o;
}

void ArchiveSyncDialog::startSync()
{
    if (!m_client || isSyncing())
        return;
    if (m_coverageRequest != 0) {
        // Two connections creating a fresh archive's schema at once would collide: the sync
        // opens it once the reader has.
        m_startPending = true;
        updateButtons();
        return;
    }
    m_worker =
        std::make_unique<ArchiveSyncWorker>(m_location, ArchiveSyncWorker::configOf(*m_client), options());
    connect(m_worker.get(), &ArchiveSyncWorker::progressed, this, &ArchiveSyncDialog::showProgress);
    connect(m_worker.get(), &ArchiveSyncWorker::finished, this, [this](const ArchiveSyncSummary &s) {
        showProgress(s);
        onEnded(tr("Done: %n day(s) fetched, %1 records, %2 calls.", nullptr, s.windowsDone)
                    .arg(QLocale().toString(s.records), QLocale().toString(s.calls)));
    });
    connect(m_worker.get(), &ArchiveSyncWorker::failed, this,
            [this](const QString &message) { onEnded(tr("The sync failed: %1").arg(message)); });
    connect(m_worker.get(), &ArchiveSyncWorker::cancelled, this, [this] {
        onEnded(tr("Cancelled: the %n day(s) written stay archived; the next sync fetches the rest.", nullptr,
                   m_worker->summary().windowsDone));
    });
    m_progress->setRange(0, 0); // busy until the plan is known
    m_state->setText(tr("Planning…"));
    m_worker->start();
    updateButtons();
}

void ArchiveSyncDialog::cancelSync()
{
    m_startPending = false;
    if (m_worker && m_worker->isRunning())
        m_worker->cancel();
    updateButtons();
}

bool ArchiveSyncDialog::isSyncing() const
{
    return m_startPending || (m_worker && m_worker->isRunning());
}

void ArchiveSyncDialog::showProgress(const ArchiveSyncSummary &s)
{
    m_progress->setRange(0, qMax(1, s.windowsPlanned));
    m_progress->setValue(s.windowsDone);
    const QLocale locale;
    m_state->setText(tr("%1 of %2 days · %3 records · %4 calls")
                         .arg(locale.toString(s.windowsDone), locale.toString(s.windowsPlanned),
                              locale.toString(s.records), locale.toString(s.calls)));
}

void ArchiveSyncDialog::onEnded(const QString &message)
{
    m_state->setText(message);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    updateButtons();
    reloadCoverage();
    Q_EMIT syncEnded();
}

void ArchiveSyncDialog::reloadCoverage()
{
    if (m_coverageRequest == 0)
        m_coverageRequest = m_reader->requestCoverage();
}

void ArchiveSyncDialog::showCoverage(const QList<ArchiveWindow> &windows)
{
    m_windows = windows;
    m_table->setRowCount(int(windows.size()));
    const QTimeZone service(m_serviceOffset);
    const QLocale locale;
    for (int row = 0; row < windows.size(); ++row) {
        const ArchiveWindow &w = windows.at(windows.size() - 1 - row); // newest first
        const auto at = [&](qint64 utc, const QString &format) {
            return QDateTime::fromSecsSinceEpoch(utc, service).toString(format);
        };
        const QStringList cells = {at(w.startUtc, u"yyyy-MM-dd"_s), at(w.fetchedAtUtc, u"yyyy-MM-dd HH:mm"_s),
                                   locale.toString(w.records),
                                   w.tagged ? tr("with tags") : tr("without tags")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void ArchiveSyncDialog::updateButtons()
{
    m_sync->setEnabled(m_client && !isSyncing() && !m_startPending);
    m_cancel->setEnabled(isSyncing());
}

void ArchiveSyncDialog::reject()
{
    cancelSync(); // what it wrote stays
    QDialog::reject();
}

} // namespace sendtrail
