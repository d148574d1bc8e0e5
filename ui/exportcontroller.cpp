#include "exportcontroller.h"

#include "appsession.h"
#include "export/exportjob.h"
#include "export/exportsource.h"
#include "export/recordstoresource.h"
#include "exportprogressdialog.h"
#include "records/bulkfetcher.h"
#include "records/recordtablemodel.h"

#include <QFileInfo>
#include <QSettings>
#include <QWidget>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kExportPageSize = 100; // the service's maximum: fewest calls

QList<qsizetype> newestFirst(const ExportSource &source)
{
    QList<qsizetype> order(source.count());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&source](qsizetype a, qsizetype b) {
        return source.record(a).utcSeconds > source.record(b).utcSeconds;
    });
    return order;
}

} // namespace

ExportController::ExportController(QWidget *window, RecordTableModel *model, AppSession *session)
    : QObject(window), m_window(window), m_model(model), m_session(session)
{}

ExportController::~ExportController()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

void ExportController::openDialog()
{
    if (m_running) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    QSettings settings;
    const bool more = m_model->query().has_value() && !m_model->isFinished();
    auto *dialog = new ExportDialog(m_model->rowCount(), more,
                                    settings.value(u"export/lastFolder"_s).toString(), m_zone, m_window);
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->request()); });
    dialog->open();
}

void ExportController::startExport(const ExportRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_request = request;
    m_pages = 0;
    m_timer.start();
    m_progress = new ExportProgressDialog(request.options.targetPath, m_window);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &ExportProgressDialog::cancelRequested, this, &ExportController::cancel);
    m_progress->open();
    if (request.wholeQuery && m_model->query())
        startFetching();
    else
        snapshotLoadedRows();
}

void ExportController::snapshotLoadedRows()
{
    // The model keeps appending while pages arrive: the worker thread gets a copy.
    const RecordStore &store = m_model->store();
    auto copy = std::make_shared<VectorExportSource>();
    copy->reserve(store.size());
    for (qsizetype i = 0; i < store.size(); ++i)
        copy->append(store.record(i), store.rawObject(i));
    m_pages = m_model->pagesLoaded();
    const QList<qsizetype> order = newestFirst(*copy);
    startWriting(std::move(copy), order);
}

void ExportController::startFetching()
{
    MailQuery query = *m_model->query();
    query.pageSize = kExportPageSize;
    m_fetched = std::make_shared<RecordStore>();
    const BulkFetchOptions options;
    m_windows = BulkFetcher::planWindows(query, options);
    m_oldestSeen = QList<qint64>(m_windows.size(), 0);
    m_fetcher = new BulkFetcher(m_session->client(), query, options, this);
    connect(m_fetcher, &BulkFetcher::pageLoaded, this, &ExportController::onFetchedPage);
    connect(m_fetcher, &BulkFetcher::progressed, this, &ExportController::onFetchProgressed);
    connect(m_fetcher, &BulkFetcher::fetchFailed, this, &ExportController::onFetchFailed);
    connect(m_fetcher, &BulkFetcher::finished, this, [this] {
        auto source = std::make_shared<RecordStoreSource>(m_fetched);
        startWriting(source, RecordStoreSource::newestFirst(*m_fetched));
    });
    m_progress->setPhase(tr("Fetching every page of the query"));
    m_fetcher->start();
}

void ExportController::onFetchedPage(const ParsedPage &page)
{
    m_fetched->append(page);
    for (const ParsedRecord &r : page.records) {
        const qint64 t = r.record.utcSeconds;
        for (qsizetype w = 0; w < m_windows.size(); ++w) {
            const TimeWindow &window = m_windows.at(w);
            if (t >= window.start.toSecsSinceEpoch() && t <= window.end.toSecsSinceEpoch()) {
                if (m_oldestSeen[w] == 0 || t < m_oldestSeen[w])
                    m_oldestSeen[w] = t;
                break;
            }
        }
    }
}

double ExportController::coveredFraction() const
{
    if (m_windows.isEmpty())
        return -1;
    double covered = 0;
    for (qsizetype w = 0; w < m_windows.size(); ++w) {
        const qint64 hi = m_windows.at(w).end.toSecsSinceEpoch();
        const qint64 span = qMax<qint64>(1, hi - m_windows.at(w).start.toSecsSinceEpoch());
        if (m_oldestSeen.at(w) > 0)
            covered += qBound(0.0, double(hi - m_oldestSeen.at(w)) / span, 1.0);
    }
    return covered / m_windows.size();
}

void ExportController::onFetchProgressed(qint64 records, int pages, int windowsDone, int windowsTotal)
{
    m_pages = pages;
    const double done = windowsTotal > 0 ? double(windowsDone) / windowsTotal : -1;
    const double fraction = qMax(done, coveredFraction());
    const double seconds = qMax(0.001, m_timer.elapsed() / 1000.0);
    const qint64 eta = fraction > 0.05 ? qint64(seconds / fraction - seconds) : -1;
    if (m_progress)
        m_progress->setProgress(records, pages, records / seconds, fraction, eta);
}

void ExportController::onFetchFailed(const ApiError &error)
{
    // The fetcher has already retried transient failures; this one is final.
    const QString message = error.userText();
    if (m_progress)
        m_progress->showFailed(message);
    end();
    Q_EMIT exportFailed(message);
}

void ExportController::startWriting(std::shared_ptr<const ExportSource> source, QList<qsizetype> order)
{
    if (m_fetcher)
        m_fetcher->deleteLater();
    m_request.options.rowOrder = std::move(order);
    if (m_progress)
        m_progress->setPhase(tr("Writing the file"));
    m_job = new ExportJob(std::move(source), m_request.options, this);
    connect(m_job, &ExportJob::progressed, this, &ExportController::onWriteProgress);
    connect(m_job, &ExportJob::finished, this, [this](const QString &path) {
        const qint64 rows = m_job->result().rowsWritten;
        QSettings().setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
        if (m_progress)
            m_progress->showFinished(path, rows);
        end();
        Q_EMIT exportFinished(path, rows);
    });
    connect(m_job, &ExportJob::failed, this, [this](const QString &message) {
        if (m_progress)
            m_progress->showFailed(message);
        end();
        Q_EMIT exportFailed(message);
    });
    connect(m_job, &ExportJob::cancelled, this, [this] {
        if (m_progress)
            m_progress->showCancelled();
        end();
        Q_EMIT exportCancelled();
    });
    m_job->start();
}

void ExportController::onWriteProgress(qint64 rows, qint64 total)
{
    const double seconds = qMax(0.001, m_timer.elapsed() / 1000.0);
    const double fraction = total > 0 ? double(rows) / total : -1;
    if (m_progress)
        m_progress->setProgress(rows, m_pages, rows / seconds, fraction, -1);
}

void ExportController::cancel()
{
    if (!m_running)
        return;
    if (m_job)
        return m_job->cancel(); // ends in ExportJob::cancelled
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_progress)
        m_progress->showCancelled();
    end();
    Q_EMIT exportCancelled();
}

void ExportController::end()
{
    m_running = false;
    if (m_fetcher)
        m_fetcher->deleteLater();
    if (m_job)
        m_job->deleteLater();
    m_fetched.reset();
}

} // namespace sendtrail
