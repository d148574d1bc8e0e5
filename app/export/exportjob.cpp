#include "export/exportjob.h"

#include "export/exporter.h"

#include <QThread>

namespace sendtrail {

ExportJob::ExportJob(std::shared_ptr<const ExportSource> source, ExportOptions options, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_options(std::move(options))
{}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_result = {};
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("sendtrail-export"));
    m_thread->start(QThread::LowPriority);
}

void ExportJob::cancel()
{
    m_cancel = true;
}

void ExportJob::run()
{
    ExportControl control;
    control.cancelRequested = &m_cancel;
    control.progressed = [this](qint64 rows, qint64 total) {
        reportProgress(rows, total);
    };
    const ExportResult result = m_source ? Exporter::run(*m_source, m_options, control)
                                         : ExportResult::failed(tr("Nothing to export."));
    // Queued to the job's thread; dropped automatically if the job is destroyed first.
    QMetaObject::invokeMethod(
        this, [this, result] { onWorkerDone(result); }, Qt::QueuedConnection);
}

void ExportJob::reportProgress(qint64 rows, qint64 total)
{
    m_progressRows = rows;
    m_progressTotal = total;
    // At most one progress event in flight, so a slow UI thread is never flooded; it reads
    // the latest numbers when it runs.
    if (m_progressQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_progressQueued = false;
            if (m_thread)
                Q_EMIT progressed(m_progressRows.load(), m_progressTotal.load());
        },
        Qt::QueuedConnection);
}

void ExportJob::onWorkerDone(const ExportResult &result)
{
    m_thread->wait(); // the worker has returned from run(); this only joins it
    delete m_thread;
    m_thread = nullptr;
    m_result = result;
    switch (result.outcome) {
    case ExportResult::Outcome::Finished:
        Q_EMIT progressed(result.rowsWritten, result.rowsWritten);
        Q_EMIT finished(m_options.targetPath);
        break;
    case ExportResult::Outcome::Cancelled:
        Q_EMIT cancelled();
        break;
    case ExportResult::Outcome::Failed:
        Q_EMIT failed(result.errorText);
        break;
    }
}

} // namespace sendtrail
