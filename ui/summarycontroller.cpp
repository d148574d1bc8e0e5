#include "summarycontroller.h"

#include "connection/appsession.h"
#include "insight/summarysink.h"
#include "pipeline/queryrun.h"
#include "present/permissionadvice.h"
#include "records/recordtablemodel.h"

namespace sendtrail {

namespace {

constexpr int kCompletePageSize = 100; // the service's maximum: fewest calls

} // namespace

SummaryController::SummaryController(RecordTableModel *model, AppSession *session, QObject *parent)
    : QObject(parent), m_model(model), m_session(session), m_loaded(model->displayTimeZone())
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int) { onRowsInserted(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        endRun();
        m_whole.reset();
        m_wholeService.reset();
        m_loaded.clear();
        m_loadedService = Summary(serviceZone());
        m_counted = 0;
        Q_EMIT summaryReplaced();
    });
    // "More available" becomes "whole query" when the table reaches the end.
    connect(m_model, &RecordTableModel::finished, this, &SummaryController::summaryReplaced);
    recount();
}

SummaryController::~SummaryController()
{
    if (m_run)
        m_run->disconnect(this);
}

void SummaryController::setArchiveSummary(const std::optional<Summary> &summary)
{
    m_archive = summary;
    Q_EMIT summaryReplaced();
}

SummaryController::Coverage SummaryController::coverage() const
{
    if (m_whole || m_archive)
        return Coverage::WholeQuery;
    if (!m_model->query())
        return Coverage::NoQuery;
    return m_model->isFinished() ? Coverage::AllLoaded : Coverage::LoadedRows;
}

bool SummaryController::canComplete() const
{
    return !m_run && !m_archive && coverage() == Coverage::LoadedRows && m_session->client();
}

// A sorted model inserts rows anywhere: the store's new rows are what was not counted yet.
void SummaryController::onRowsInserted()
{
    const RecordStore &store = m_model->store();
    const qsizetype last = std::min<qsizetype>(store.size(), m_model->rowCount()) - 1;
    if (last < m_counted)
        return;
    m_loaded.addStore(store, m_counted, last);
    m_loadedService.addStore(store, m_counted, last);
    m_counted = last + 1;
    Q_EMIT summaryChanged();
}

void SummaryController::recount()
{
    const RecordStore &store = m_model->store();
    m_loaded.clear();
    m_loaded.addStore(store, 0, store.size() - 1); // a million rows in well under 0.1 s
    m_counted = store.size();
    m_loadedService = Summary(serviceZone());
    m_loadedService.addStore(store, 0, store.size() - 1);
}

QTimeZone SummaryController::serviceZone() const
{
    const auto query = m_model->query();
    return QTimeZone(query ? query->serviceUtcOffsetSeconds : 8 * 3600);
}

void SummaryController::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_loaded.zone()) // e.g. the profile activated again
        return;
    endRun();
    m_whole.reset();
    m_wholeService.reset();
    m_loaded = Summary(zone);
    recount();
    Q_EMIT summaryReplaced();
}

void SummaryController::complete()
{
    if (!canComplete())
        return;
    MailQuery query = *m_model->query();
    query.pageSize = kCompletePageSize;
    m_sink = new SummarySink(m_loaded.zone());
    const int serviceIndex = m_sink->addZone(serviceZone());
    m_run = new QueryRun(m_session->client(), query, {}, m_sink, this);
    m_sink->setParent(m_run);
    connect(m_run, &QueryRun::fetchProgressed, this,
            [this](const RunProgress &p) { Q_EMIT completeProgressed(p.records, p.fraction, p.etaSeconds); });
    connect(m_run, &QueryRun::finished, this, [this, serviceIndex] {
        if (m_sink) {
            m_whole = m_sink->summary();
            m_wholeService = m_sink->summary(serviceIndex);
        }
        endRun();
        Q_EMIT summaryReplaced();
    });
    connect(m_run, &QueryRun::fetchFailed, this, [this](const ApiError &error) {
        endRun();
        Q_EMIT completeFailed(PermissionAdvice::describe(error));
    });
    connect(m_run, &QueryRun::writeFailed, this, [this](const QString &message) {
        endRun();
        Q_EMIT completeFailed(message);
    });
    connect(m_run, &QueryRun::cancelled, this, &SummaryController::endRun);
    Q_EMIT completeStarted();
    m_run->start();
}

void SummaryController::cancelComplete()
{
    if (m_run)
        m_run->cancel(); // ends in QueryRun::cancelled
}

void SummaryController::endRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    if (m_run->isRunning())
        m_run->cancel();
    m_run->deleteLater();
    m_run = nullptr;
    Q_EMIT completeEnded();
}

} // namespace sendtrail
