#include "clirun.h"

#include "connection/connection.h"
#include "connection/connectionfactory.h"
#include "pipeline/queryrun.h"
#include "pipeline/recordsink.h"
#include "terminationsignals.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sendtrail {

CliRun::CliRun(const QueryRequest &request, RecordSink *sink, Finish finish, const QString &cancelledText,
               QTextStream &err, QObject *parent)
    : QObject(parent), m_request(request), m_sink(sink), m_finish(std::move(finish)),
      m_cancelledText(cancelledText), m_err(err), m_connection(new Connection(this)),
      m_factory(new ConnectionFactory(this))
{
    m_sink->setParent(this);
}

CliRun::~CliRun() = default;

void CliRun::start()
{
    m_elapsed.start();
    ConnectionSpec spec;
    spec.profileName = m_request.profileName;
    spec.endpoint = m_request.endpoint;
    spec.regionId = m_request.regionId;
    spec.signatureVersion = m_request.signatureVersion;
    // A whole-query run outlives short outages: more attempts per page than the app.
    spec.maxAttempts = 6;
    m_factory->open(spec, m_connection, this, [this](const ConnectionOutcome &outcome) {
        if (!outcome.ok())
            return fail(outcome.message,
                        outcome.problem == ConnectionOutcome::Problem::NoCredentials ? 2 : 1);
        run();
    });
}

void CliRun::run()
{
    if (m_finished)
        return; // cancelled while the keychain answered
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
    connect(m_run, &QueryRun::cancelled, this, [this] { fail(m_cancelledText, 130); });
    connect(m_run, &QueryRun::finished, this, [this](const QString &target, qint64 rows) {
        QString error;
        const int code = m_finish(target, rows, double(m_elapsed.elapsed()) / 1000.0, &error);
        if (!error.isEmpty())
            return fail(error);
        m_finished = true;
        Q_EMIT done(code);
    });
    m_run->start();
}

void CliRun::cancel()
{
    if (m_run && m_run->isRunning())
        return m_run->cancel(); // reports through cancelled()
    fail(m_cancelledText, 130);
}

void CliRun::fail(const QString &text, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_run)
        m_run->cancel();
    m_err << "sendtrail-cli: " << text << Qt::endl;
    Q_EMIT done(exitCode);
}

void CliRun::progress(const QString &line, bool final)
{
    if (m_request.quiet)
        return;
    // At most a few lines a second: stderr may be a log file.
    if (!final && m_elapsed.elapsed() - m_lastProgressMs < 500)
        return;
    m_lastProgressMs = m_elapsed.elapsed();
    m_err << line << Qt::endl;
}

void CliRun::cancelOnInterrupt()
{
    onTerminationSignal(this, [this] { cancel(); });
}

int execCliRun(CliRun &run)
{
    int exitCode = 1;
    QObject::connect(&run, &CliRun::done, &run, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    run.cancelOnInterrupt();
    QMetaObject::invokeMethod(&run, &CliRun::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

int reportUsageErrors(const QStringList &errors, const QString &command, QTextStream &err)
{
    for (const QString &e : errors)
        err << "sendtrail-cli " << command << ": " << e << '\n';
    err << QCoreApplication::translate("sendtrail::cli", "Run 'sendtrail-cli %1 --help' for the options.")
               .arg(command)
        << Qt::endl;
    return 2;
}

} // namespace sendtrail
