#include "sandboxcommand.h"

#include "sandbox/sandboxserver.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// Leaves values made of safe characters bare, single-quotes anything else.
QString shellQuote(const QString &value)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    return u'\'' + quoted.replace(u"'"_s, u"'\\''"_s) + u'\'';
}

struct CommandLine
{
    quint16 port = 0;
    int records = SandboxDataset::kDefaultRecordCount;
    quint64 seed = SandboxDataset::kDefaultSeed;
    QDateTime anchor = SandboxDataset::currentAnchor();
    SandboxOptions options;
    QString tlsCert; // PEM chain, leaf first; with tlsKey: serve HTTPS
    QString tlsKey;
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Run the local Direct Mail look-alike on 127.0.0.1. Prints SENDTRAIL_ENDPOINT and the demo\n"
        "ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET as shell assignments (eval-able), then serves until\n"
        "SIGINT or SIGTERM. Example:\n"
        "  sendtrail-cli sandbox --records 5000 > sandbox.env & sleep 1; . ./sandbox.env"_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"Listen on port N (default: any free port)."_s, u"N"_s, u"0"_s},
        {u"latency"_s, u"Delay every answer by MS milliseconds (default 0)."_s, u"MS"_s, u"0"_s},
        {u"rate-limit"_s, u"Answer Throttling.User beyond N calls a minute (default 0 = unlimited)."_s,
         u"N"_s, u"0"_s},
        {u"throttle-every"_s, u"Answer Throttling to every Nth call (default 0 = never)."_s, u"N"_s, u"0"_s},
        {u"unavailable-every"_s, u"Answer 503 ServiceUnavailable to every Nth call."_s, u"N"_s, u"0"_s},
        {u"reset-every"_s, u"Reset the TCP connection of every Nth call."_s, u"N"_s, u"0"_s},
        {u"order"_s, u"Result order: newest (default) or oldest first."_s, u"newest|oldest"_s, u"newest"_s},
        {u"end-marker"_s, u"Last page: leave NextStart out (absent, default) or send it empty."_s,
         u"empty|absent"_s, u"absent"_s},
        {u"end-time"_s, u"EndTime excludes (default) or includes its own minute."_s, u"exclusive|inclusive"_s,
         u"exclusive"_s},
        {u"records"_s, u"Size of the generated data set (default 50000)."_s, u"N"_s, u"50000"_s},
        {u"seed"_s, u"Seed of the generated data set (default 1)."_s, u"N"_s, u"1"_s},
        {u"anchor"_s, u"Newest edge of the data set, UTC ISO 8601 (default: now, to the minute)."_s,
         u"yyyy-MM-ddTHH:mm:ssZ"_s},
        {u"utc-offset"_s, u"Service time zone for StartTime/EndTime and LastUpdateTime (default +08:00)."_s,
         u"+HH:MM"_s, u"+08:00"_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate chain, leaf first (needs --tls-key)."_s,
         u"PEM"_s},
        {u"tls-key"_s, u"The PEM private key (RSA or EC, unencrypted) of --tls-cert."_s, u"PEM"_s},
    });
}

std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 max,
                             QString &error)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        error = u"--%1 must be a whole number from 0 to %2."_s.arg(name).arg(max);
        return std::nullopt;
    }
    return value;
}

std::optional<int> utcOffsetSeconds(const QString &text)
{
    static const QRegularExpression shape(u"^([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch() || match.captured(2).toInt() > 14 || match.captured(3).toInt() > 59)
        return std::nullopt;
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
    return match.captured(1) == u"-"_s ? -seconds : seconds;
}

bool readChoices(const QCommandLineParser &parser, SandboxOptions &options, QString &error)
{
    const QString order = parser.value(u"order"_s);
    const QString marker = parser.value(u"end-marker"_s);
    const QString endTime = parser.value(u"end-time"_s);
    if (order != u"newest"_s && order != u"oldest"_s)
        error = u"--order must be newest or oldest."_s;
    else if (marker != u"empty"_s && marker != u"absent"_s)
        error = u"--end-marker must be empty or absent."_s;
    else if (endTime != u"exclusive"_s && endTime != u"inclusive"_s)
        error = u"--end-time must be exclusive or inclusive."_s;
    options.order = order == u"oldest"_s ? SandboxOrder::OldestFirst : SandboxOrder::NewestFirst;
    options.endMarker = marker == u"empty"_s ? SandboxEndMarker::Empty : SandboxEndMarker::Absent;
    options.endTime = endTime == u"inclusive"_s ? SandboxEndTime::Inclusive : SandboxEndTime::Exclusive;
    const auto offset = utcOffsetSeconds(parser.value(u"utc-offset"_s));
    if (!offset && error.isEmpty())
        error = u"--utc-offset must look like +08:00 or -5."_s;
    options.serviceUtcOffsetSeconds = offset.value_or(8 * 3600);
    return error.isEmpty();
}

bool readCommandLine(const QCommandLineParser &parser, CommandLine &line, QString &error)
{
    const auto port = number(parser, u"port"_s, 65535, error);
    const auto latency = number(parser, u"latency"_s, 600000, error);
    const auto rate = number(parser, u"rate-limit"_s, 1000000, error);
    const auto throttle = number(parser, u"throttle-every"_s, 1000000, error);
    const auto unavailable = number(parser, u"unavailable-every"_s, 1000000, error);
    const auto reset = number(parser, u"reset-every"_s, 1000000, error);
    const auto records = number(parser, u"records"_s, 5000000, error);
    const auto seed = number(parser, u"seed"_s, std::numeric_limits<qint64>::max(), error);
    if (!error.isEmpty() || !readChoices(parser, line.options, error))
        return false;
    line.port = quint16(*port);
    line.options.latencyMs = int(*latency);
    line.options.rateLimitPerMinute = int(*rate);
    line.options.throttleEvery = int(*throttle);
    line.options.unavailableEvery = int(*unavailable);
    line.options.resetEvery = int(*reset);
    line.records = int(*records);
    line.seed = quint64(*seed);
    line.tlsCert = parser.value(u"tls-cert"_s);
    line.tlsKey = parser.value(u"tls-key"_s);
    if (line.tlsCert.isEmpty() != line.tlsKey.isEmpty())
        error = u"--tls-cert and --tls-key go together."_s;
    if (parser.isSet(u"anchor"_s)) {
        line.anchor = QDateTime::fromString(parser.value(u"anchor"_s), Qt::ISODate);
        if (!line.anchor.isValid())
            error = u"--anchor must be an ISO 8601 time such as 2024-05-01T00:00:00Z."_s;
    }
    return error.isEmpty();
}

// Fills line, or returns the exit code when the command is already done (help or usage error).
std::optional<int> parseArguments(const QStringList &args, CommandLine &line)
{
    QCommandLineParser parser;
    addOptions(parser);
    QString error;
    if (!parser.parse(QStringList{u"sendtrail-cli"_s} + args)) {
        error = parser.errorText();
    } else if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        QTextStream(stdout) << help.replace(QRegularExpression(u"^Usage: \\S+"_s),
                                            u"Usage: sendtrail-cli sandbox"_s);
        return 0;
    } else if (!parser.positionalArguments().isEmpty()) {
        error = u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().constFirst());
    }
    if (error.isEmpty() && readCommandLine(parser, line, error))
        return std::nullopt;
    QTextStream(stderr) << "sendtrail-cli sandbox: " << error
                        << "\nRun 'sendtrail-cli sandbox --help' for the options.\n";
    return 2;
}

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    const QSslKey ec(pem, QSsl::Ec);
    return ec.isNull() ? QSslKey(pem, QSsl::Rsa) : ec;
}

bool listenOn(SandboxServer &server, const CommandLine &line, QString &error)
{
    if (line.tlsCert.isEmpty()) {
        if (!server.listen(line.port))
            error = u"cannot listen on 127.0.0.1:%1"_s.arg(line.port);
        return error.isEmpty();
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(line.tlsCert);
    const QSslKey key = readKey(line.tlsKey);
    if (chain.isEmpty())
        error = u"no PEM certificate in %1"_s.arg(line.tlsCert);
    else if (key.isNull())
        error = u"no unencrypted RSA or EC PEM private key in %1"_s.arg(line.tlsKey);
    else if (!server.listenTls(chain, key, line.port))
        error = u"cannot listen on 127.0.0.1:%1 with that certificate and key"_s.arg(line.port);
    return error.isEmpty();
}

} // namespace

int runSandboxCommand(const QStringList &args)
{
    CommandLine line;
    if (const auto exitCode = parseArguments(args, line))
        return *exitCode;
    QTextStream out(stdout);
    QTextStream err(stderr);
    SandboxServer server(SandboxDataset(line.seed, line.anchor, line.records));
    server.setOptions(line.options);
    if (QString error; !listenOn(server, line, error)) {
        err << "sendtrail-cli sandbox: " << error << '\n';
        return 1;
    }
    if (!onTerminationSignal(&server, [] { QCoreApplication::quit(); }))
        err << "sendtrail-cli sandbox: cannot watch SIGINT/SIGTERM; stop it with kill -9\n";
    out << "SENDTRAIL_ENDPOINT=" << shellQuote(server.endpoint().adjusted(QUrl::RemovePath).toString())
        << '\n'
        << "ALIBABA_CLOUD_ACCESS_KEY_ID=" << shellQuote(SandboxServer::demoAccessKeyId()) << '\n'
        << "ALIBABA_CLOUD_ACCESS_KEY_SECRET="
        << shellQuote(QString::fromLatin1(SandboxServer::demoAccessKeySecret())) << '\n';
    out.flush();
    err << "sendtrail-cli sandbox: serving " << server.dataset().size() << " records (seed " << line.seed
        << ", up to " << line.anchor.toUTC().toString(Qt::ISODate) << "); stop with Ctrl+C\n";
    err.flush();
    const int status = QCoreApplication::exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    return status;
}

} // namespace sendtrail
