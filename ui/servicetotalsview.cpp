#include "servicetotalsview.h"

#include "connection/appsession.h"
#include "insight/totalscomparison.h"
#include "present/permissionadvice.h"
#include "records/recordtablemodel.h"
#include "summarycontroller.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

ServiceTotalsView::ServiceTotalsView(SummaryController *controller, RecordTableModel *model,
                                     AppSession *session, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(model), m_session(session),
      m_verdict(new QLabel(this)), m_table(new QTableWidget(0, 5, this))
{
    setObjectName(u"serviceTotalsView"_s);
    m_verdict->setObjectName(u"serviceTotalsVerdictLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(u"serviceTotalsTable"_s);
    m_table->setAccessibleName(tr("The service's daily totals beside the counted records"));
    m_table->setHorizontalHeaderLabels(
        {tr("Day"), tr("Service: sent"), tr("Service: delivered"), tr("Counted"), tr("Counted: delivered")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceTotalsView::onQueryChanged);
    connect(m_controller, &SummaryController::summaryChanged, this, &ServiceTotalsView::refresh);
    connect(m_controller, &SummaryController::summaryReplaced, this, &ServiceTotalsView::refresh);
    onQueryChanged();
}

ServiceTotalsView::~ServiceTotalsView()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

QString ServiceTotalsView::verdictText() const
{
    return m_verdict->text();
}

void ServiceTotalsView::onQueryChanged()
{
    if (m_fetcher) {
        m_fetcher->cancel();
        m_fetcher->deleteLater();
    }
    m_days.clear();
    m_loaded = false;
    const auto query = m_model->query();
    const bool applicable = query && query->toAddress.isEmpty() &&
                            (!query->tagName.isEmpty() || !query->accountName.isEmpty()) &&
                            m_session->client();
    if (applicable != m_applicable) {
        m_applicable = applicable;
        Q_EMIT applicabilityChanged(applicable);
    }
    if (!applicable) {
        m_table->setRowCount(0);
        m_verdict->clear();
        return;
    }
    // Only days the query covers wholly compare: the service counts whole days. The last day may
    // run up to now, like the service's own count of today.
    const QTimeZone service(query->serviceUtcOffsetSeconds);
    const QDateTime start = query->start.toTimeZone(service);
    const QDateTime end = query->end.toTimeZone(service);
    StatsQuery stats;
    stats.start = start.time() == QTime(0, 0) ? start.date() : start.date().addDays(1);
    const bool endsNow = query->end.secsTo(QDateTime::currentDateTimeUtc()) < 300;
    stats.end =
        end.time() == QTime(0, 0) ? end.date().addDays(-1) : (endsNow ? end.date() : end.date().addDays(-1));
    stats.tagName = query->tagName;
    stats.accountName = query->tagName.isEmpty() ? query->accountName : QString();
    m_plan = planStats(stats, QDateTime::currentDateTimeUtc().toTimeZone(service).date());
    if (stats.end < stats.start || m_plan.isEmpty()) {
        m_table->setRowCount(0);
        m_verdict->setText(
            tr("The service's own totals are per whole day of its zone, within the last 30 days: "
               "this range covers none."));
        return;
    }
    m_verdict->setText(tr("Asking the service for its own daily totals…"));
    m_fetcher = new StatsFetcher(m_session->client(), stats, m_plan, this);
    connect(m_fetcher, &StatsFetcher::finished, this, [this](const QList<DailyStat> &days) {
        m_days = days;
        m_loaded = true;
        refresh();
    });
    connect(m_fetcher, &StatsFetcher::fetchFailed, this, [this](const ApiError &error) {
        m_verdict->setText(
            tr("The service's daily totals could not be loaded: %1").arg(PermissionAdvice::describe(error)));
    });
    m_fetcher->start();
}

void ServiceTotalsView::refresh()
{
    if (!m_applicable || !m_loaded)
        return;
    const bool whole = m_controller->coverage() == SummaryController::Coverage::WholeQuery ||
                       m_controller->coverage() == SummaryController::Coverage::AllLoaded;
    const QDate first = m_plan.effectiveStart;
    const QDate last = m_plan.windows.isEmpty() ? QDate() : m_plan.windows.last().second;
    const TotalsComparison comparison(m_controller->serviceZoneSummary(), m_days, first, last, whole);
    QString verdict = comparison.verdict();
    if (m_plan.clamped)
        verdict += u' ' + tr("Days before %1 are older than the service keeps its totals.")
                              .arg(QLocale().toString(m_plan.effectiveStart, QLocale::ShortFormat));
    m_verdict->setText(verdict);
    const QLocale locale;
    m_table->setRowCount(int(comparison.days().size()));
    for (int row = 0; row < comparison.days().size(); ++row) {
        const TotalsComparison::Day &d = comparison.days().at(row);
        const QStringList cells{d.day.toString(Qt::ISODate), locale.toString(d.serviceRequests),
                                locale.toString(d.serviceSuccesses), locale.toString(d.countedTotal),
                                locale.toString(d.countedDelivered)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!d.agrees()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("The service's total and the counted records differ on this day."));
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace sendtrail
