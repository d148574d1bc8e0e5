#include "exportrun.h"

#include "connection/connection.h"
#include "connection/connectionfactory.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

ExportRun::ExportRun(ExportRequest request, QTextStream &err, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_err(err), m_connection(new Connection(this)),
      m_factory(new ConnectionFactory(this))
{}

ExportRun::~ExportRun() = default;

void ExportRun::start()
{
    m_elapsed.start();
    ConnectionSpec spec;
    spec.profileName = m_request.profileName;
    spec.endpoint = m_request.endpoint;
    spec.regionId = m_request.regionId;
    spec.signatureVersion = m_request.signatureVersion;
    // A whole-query export outlives short outages: more attempts per page than the app.
    spec.maxAttempts = 6;
    m_factory->open(spec, m_connection, this, [this](const ConnectionOutcome &outcome) {
        if (!outcome.ok())
            return fail(outcome.message,
                        outcome.problem == ConnectionOutcome::Problem::NoCredentials ? 2 : 1);
        run();
    });
}

void ExportRun::run()
{
    if (m_finished)
        return; // cancelled while the keychain answered
    m_sink = new ExportSink(m_request.exportOptions, this);
    QueryRun::Options options;
    options.bulk = m_request.fetchOptions;
    m_run = new QueryRun(m_connection->client(), m_request.query, options, m_sink, this);
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
            [this](const ApiError &error) { fail(tr("Export failed: %1").arg(error.userText())); });
    connect(m_run, &QueryRun::writeFailed, this, [this](const QString &message) { fail(message); });
    connect(m_run, &QueryRun::cancelled, this, [this] { fail(tr("Cancelled; no file was written."), 130); });
    connect(m_run, &QueryRun::finished, this, [this](const QString &path, qint64 rows) {
        progress(tr("Wrote %1 records to %2 in %3 s.")
                     .arg(rows)
                     .arg(path)
                     .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1),
                 true);
        m_finished = true;
        Q_EMIT done(0);
    });
    m_run->start();
}

void ExportRun::cancel()
{
    if (m_run && m_run->isRunning())
        return m_run->cancel(); // reports through cancelled()
    fail(tr("Cancelled; no file was written."), 130);
}

void ExportRun::fail(const QString &text, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_run)
        m_run->cancel();
    m_err << "sendtrail-cli: " << text << Qt::endl;
    Q_EMIT done(exitCode);
}

void ExportRun::progress(const QString &line, bool final)
{
    if (m_request.quiet)
        return;
    // At most a few lines a second: stderr may be a log file.
    if (!final && m_elapsed.elapsed() - m_lastProgressMs < 500)
        return;
    m_lastProgressMs = m_elapsed.elapsed();
    m_err << line << Qt::endl;
}

} // namespace sendtrail
