#include "clicommand.h"

#include "connection/connection.h"
#include "connection/connectionfactory.h"
#include "present/permissionadvice.h"
#include "terminationsignals.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sendtrail {

CliCommand::CliCommand(const ConnectionRequest &connection, bool quiet, const QString &cancelledText,
                       QTextStream &err, QObject *parent)
    : QObject(parent), m_request(connection), m_quiet(quiet), m_cancelledText(cancelledText), m_err(err),
      m_connection(new Connection(this)), m_factory(new ConnectionFactory(this))
{}

CliCommand::~CliCommand() = default;

void CliCommand::start()
{
    m_elapsed.start();
    ConnectionSpec spec;
    spec.profileName = m_request.profileName;
    spec.endpoint = m_request.endpoint;
    spec.regionId = m_request.regionId;
    spec.signatureVersion = m_request.signatureVersion;
    spec.caFiles = m_request.caFiles;
    // A command runs unattended: it outlives short outages with more attempts than the app.
    spec.maxAttempts = 6;
    m_factory->open(spec, m_connection, this, [this](const ConnectionOutcome &outcome) {
        if (!outcome.ok())
            return fail(outcome.message,
                        outcome.problem == ConnectionOutcome::Problem::NoCredentials ? 2 : 1);
        if (m_finished)
            return; // cancelled while the keychain answered
        m_running = true;
        run(m_connection->client());
    });
}

void CliCommand::cancel()
{
    if (m_running && stop())
        return; // the work reports its end
    fail(m_cancelledText, 130);
}

void CliCommand::succeed(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT done(exitCode);
}

void CliCommand::fail(const QString &text, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_running) {
        m_running = false;
        stop();
    }
    m_err << "sendtrail-cli: " << text << Qt::endl;
    Q_EMIT done(exitCode);
}

void CliCommand::failService(const QString &what, const ApiError &error)
{
    QString text = what.arg(error.userText());
    if (const auto advice = PermissionAdvice::forError(error))
        text += u'\n' + advice->explanation + u'\n' + advice->policyJson;
    fail(text);
}

void CliCommand::progress(const QString &line, bool final)
{
    if (m_quiet)
        return;
    // At most a few lines a second: stderr may be a log file.
    if (!final && m_elapsed.elapsed() - m_lastProgressMs < 500)
        return;
    m_lastProgressMs = m_elapsed.elapsed();
    m_err << line << Qt::endl;
}

int CliCommand::exec()
{
    int exitCode = 1;
    connect(this, &CliCommand::done, this, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    onTerminationSignal(this, [this] { cancel(); });
    QMetaObject::invokeMethod(this, &CliCommand::start, Qt::QueuedConnection);
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
