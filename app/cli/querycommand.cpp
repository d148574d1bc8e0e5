#include "querycommand.h"

#include "pipeline/queryrun.h"
#include "pipeline/recordsink.h"

namespace sendtrail {

QueryCommand::QueryCommand(const QueryRequest &request, RecordSink *sink, Finish finish,
                           const QString &cancelledText, QTextStream &err, QObject *parent)
    : CliCommand(request, request.quiet, cancelledText, err, parent), m_request(request), m_sink(sink),
      m_finish(std::move(finish))
{
    m_sink->setParent(this);
}

QueryCommand::~QueryCommand() = default;

void QueryCommand::run(ApiClient *client)
{
    QueryRun::Options options;
    options.bulk = m_request.fetchOptions;
    m_run = new QueryRun(client, m_request.query, options, m_sink, this);
    connect(m_run, &QueryRun::fetchProgressed, this, [this](const RunProgress &p) {
        progress(tr("Fetched %1 records in %2 pages (%3 of %4 windows done)")
                     .arg(p.records)
                     .arg(p.pages)
                     .arg(p.windowsDone)
                     .arg(p.windowsTotal));
    });
    connect(m_run, &QueryRun::fetched, this, [this](qint64 records, int pages) {
        progress(tr("Fetched %1 records in %2 pages.").arg(records).arg(pages), true);
    });
    connect(m_run, &QueryRun::writeProgressed, this, [this](qint64 rows, qint64 total) {
        progress(tr("Writing %1 of %2 rows").arg(rows).arg(total));
    });
    connect(m_run, &QueryRun::fetchFailed, this,
            [this](const ApiError &error) { failService(tr("Export failed: %1"), error); });
    connect(m_run, &QueryRun::writeFailed, this, [this](const QString &message) { fail(message); });
    connect(m_run, &QueryRun::cancelled, this, [this] { fail(cancelledText(), 130); });
    connect(m_run, &QueryRun::finished, this, [this](const QString &target, qint64 rows) {
        QString error;
        const int code = m_finish(target, rows, elapsedSeconds(), &error);
        if (!error.isEmpty())
            return fail(error);
        succeed(code);
    });
    m_run->start();
}

bool QueryCommand::stop()
{
    if (!m_run || !m_run->isRunning())
        return false;
    m_run->cancel(); // ends in QueryRun::cancelled → fail(cancelledText)
    return true;
}

} // namespace sendtrail
