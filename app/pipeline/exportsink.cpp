#include "exportsink.h"

#include "export/exportjob.h"

namespace sendtrail {

ExportSink::ExportSink(ExportOptions options, QObject *parent)
    : RecordSink(parent), m_options(std::move(options))
{}

ExportSink::~ExportSink() = default; // the job is our child: its destructor cancels and joins

void ExportSink::write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order)
{
    ExportOptions options = m_options;
    options.rowOrder = std::move(order);
    m_job = new ExportJob(std::move(records), options, this);
    connect(m_job, &ExportJob::progressed, this, &RecordSink::writeProgressed);
    const auto keepResult = [this] {
        m_result = m_job->result();
        m_job->deleteLater();
    };
    connect(m_job, &ExportJob::finished, this, [this, keepResult](const QString &path) {
        keepResult();
        Q_EMIT written(path, m_result.rowsWritten);
    });
    connect(m_job, &ExportJob::failed, this, [this, keepResult](const QString &message) {
        keepResult();
        Q_EMIT writeFailed(message);
    });
    connect(m_job, &ExportJob::cancelled, this, [this, keepResult] {
        keepResult();
        Q_EMIT writeCancelled();
    });
    m_job->start();
}

void ExportSink::cancelWrite()
{
    if (m_job && m_job->isRunning())
        return m_job->cancel(); // reports through ExportJob::cancelled
    Q_EMIT writeCancelled();
}

} // namespace sendtrail
