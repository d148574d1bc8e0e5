#include "exportcontroller.h"

#include "appsession.h"
#include "export/exportjob.h"
#include "export/exportsource.h"
#include "exportprogressdialog.h"
#include "records/pager.h"
#include "records/recordtablemodel.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kMaxPageRetries = 3;
constexpr int kExportPageSize = 100; // the service's maximum: fewest calls

QList<qsizetype> newestFirst(const VectorExportSource &source)
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
    if (m_pager)
        m_pager->cancel();
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
    m_rows = 0;
    m_pages = 0;
    m_retries = 0;
    m_oldestSeen = 0;
    m_source = std::make_shared<VectorExportSource>();
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
    m_source->reserve(store.size());
    for (qsizetype i = 0; i < store.size(); ++i)
        m_source->append(store.record(i), store.rawObject(i));
    m_pages = m_model->pagesLoaded();
    startWriting();
}

void ExportController::startFetching()
{
    MailQuery query = *m_model->query();
    query.pageSize = kExportPageSize;
    m_pager = new Pager(m_session->client(), query, this);
    connect(m_pager, &Pager::pageLoaded, this, &ExportController::onPage);
    connect(m_pager, &Pager::fetchFailed, this, &ExportController::onPageFailed);
    connect(m_pager, &Pager::finished, this, &ExportController::startWriting);
    m_progress->setPhase(tr("Fetching every page of the query"));
    m_pager->fetchNext();
}

void ExportController::onPage(const ParsedPage &page)
{
    ++m_pages;
    m_retries = 0;
    for (const ParsedRecord &r : page.records) {
        m_source->append(r.record, r.rawObject());
        if (r.record.utcSeconds > 0 && (m_oldestSeen == 0 || r.record.utcSeconds < m_oldestSeen))
            m_oldestSeen = r.record.utcSeconds;
    }
    m_rows = m_source->count();
    // Pages come newest first, so how far back the oldest row reaches tells how much is done.
    const MailQuery &q = m_pager->query();
    const double span = double(q.end.toSecsSinceEpoch() - q.start.toSecsSinceEpoch());
    const double fraction =
        m_oldestSeen > 0 && span > 0 ? (q.end.toSecsSinceEpoch() - m_oldestSeen) / span : -1;
    const double seconds = qMax(0.001, m_timer.elapsed() / 1000.0);
    const qint64 eta = fraction > 0.02 ? qint64(seconds / fraction - seconds) : -1;
    if (m_progress)
        m_progress->setProgress(m_rows, m_pages, m_rows / seconds, fraction, eta);
    if (!m_pager->atEnd())
        m_pager->fetchNext();
}

void ExportController::onPageFailed(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Validation && ++m_retries <= kMaxPageRetries) {
        m_progress->setPhase(
            tr("A page failed; trying again (%1 of %2)").arg(m_retries).arg(kMaxPageRetries));
        QTimer::singleShot(1000 * m_retries, this, [this] {
            if (m_pager && m_running)
                m_pager->fetchNext();
        });
        return;
    }
    const QString message = error.userText();
    if (m_progress)
        m_progress->showFailed(message);
    end();
    Q_EMIT exportFailed(message);
}

void ExportController::startWriting()
{
    if (m_pager)
        m_pager->deleteLater();
    m_request.options.rowOrder = newestFirst(*m_source);
    if (m_progress)
        m_progress->setPhase(tr("Writing the file"));
    m_job = new ExportJob(m_source, m_request.options, this);
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
    if (m_pager)
        m_pager->cancel();
    if (m_progress)
        m_progress->showCancelled();
    end();
    Q_EMIT exportCancelled();
}

void ExportController::end()
{
    m_running = false;
    if (m_pager)
        m_pager->deleteLater();
    if (m_job)
        m_job->deleteLater();
    m_source.reset();
}

} // namespace sendtrail
