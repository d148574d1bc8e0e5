// `sendtrail-cli sandbox`: this binary re-runs itself with --run-sandbox-command to exercise the
// real command (stdout lines, --help, usage errors, signals) without needing the CLI executable.
#include "cli/sandboxcommand.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

constexpr auto kRunFlag = "--run-sandbox-command";
const QDateTime kAnchor = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_describesEveryOption();
    void run_printsShellAssignmentsAndServesTheConfiguredData();
    void signals_stopTheServerCleanly_data();
    void signals_stopTheServerCleanly();
    void badArguments_areUsageErrors_data();
    void badArguments_areUsageErrors();
    void busyPort_failsWithExitCode1();
    void tlsCertAndKey_serveHttpsWithThatCertificate();

private:
    void start(QProcess &process, const QStringList &args);
    QStringList readAssignments(QProcess &process);
};

void TestSandboxCommand::start(QProcess &process, const QStringList &args)
{
    process.start(QCoreApplication::applicationFilePath(), QStringList{QString::fromLatin1(kRunFlag)} + args);
    QVERIFY(process.waitForStarted(10000));
}

QStringList TestSandboxCommand::readAssignments(QProcess &process)
{
    QByteArray out;
    while (out.count('\n') < 3 && process.waitForReadyRead(20000))
        out += process.readAllStandardOutput();
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

void TestSandboxCommand::help_describesEveryOption()
{
    QProcess process;
    start(process, {u"--help"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.startsWith(u"Usage: sendtrail-cli sandbox"_s), qPrintable(help));
    for (const QString &option :
         {u"--port"_s, u"--latency"_s, u"--rate-limit"_s, u"--throttle-every"_s, u"--unavailable-every"_s,
          u"--reset-every"_s, u"--order"_s, u"--end-marker"_s, u"--end-time"_s, u"--records"_s, u"--seed"_s,
          u"--anchor"_s, u"--utc-offset"_s, u"--tls-cert"_s, u"--tls-key"_s, u"newest|oldest"_s,
          u"empty|absent"_s, u"exclusive|inclusive"_s})
        QVERIFY2(help.contains(option), qPrintable(option));
}

void TestSandboxCommand::run_printsShellAssignmentsAndServesTheConfiguredData()
{
    QProcess process;
    start(process, {u"--records"_s, u"2000"_s, u"--seed"_s, u"3"_s, u"--order"_s, u"oldest"_s,
                    u"--end-marker"_s, u"empty"_s, u"--anchor"_s, u"2024-05-01T12:00:00Z"_s});
    const QStringList lines = readAssignments(process);
    QCOMPARE(lines.size(), 3);
    const auto endpoint =
        QRegularExpression(u"^SENDTRAIL_ENDPOINT=(http://127\\.0\\.0\\.1:(\\d+))$"_s).match(lines[0]);
    QVERIFY2(endpoint.hasMatch(), qPrintable(lines[0]));
    QCOMPARE(lines[1], u"ALIBABA_CLOUD_ACCESS_KEY_ID="_s + SandboxServer::demoAccessKeyId());
    QCOMPARE(lines[2], u"ALIBABA_CLOUD_ACCESS_KEY_SECRET="_s +
                           QString::fromLatin1(SandboxServer::demoAccessKeySecret()));

    // The lines really are shell assignments.
    QProcess shell;
    shell.start(
        u"sh"_s,
        {u"-c"_s,
         u"eval \"$(cat)\"; printf '%s|%s' \"$SENDTRAIL_ENDPOINT\" \"$ALIBABA_CLOUD_ACCESS_KEY_ID\""_s});
    shell.write(lines.join(u'\n').toUtf8() + '\n');
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()),
             endpoint.captured(1) + u'|' + SandboxServer::demoAccessKeyId());

    // And the server behind them serves the configured data set with the configured switches.
    QNetworkAccessManager manager;
    TestRequest r;
    r.keyId = SandboxServer::demoAccessKeyId();
    r.secret = SandboxServer::demoAccessKeySecret();
    r.params = {{u"StartTime"_s, u"2024-04-01 20:00"_s},
                {u"EndTime"_s, u"2024-05-01 20:00"_s},
                {u"Length"_s, u"100"_s}};
    const QUrl url(endpoint.captured(1) + u'/');
    const TestResponse response = send(manager, url, buildRequest(r, u"127.0.0.1:"_s + endpoint.captured(2)));
    QCOMPARE(response.status, 200);
    SandboxQuery query;
    query.order = SandboxOrder::OldestFirst;
    const QList<QJsonObject> expected = SandboxDataset(3, kAnchor, 2000).expectedRecords(query);
    const QJsonArray details = response.json.value(u"data"_s).toObject().value(u"mailDetail"_s).toArray();
    QCOMPARE(details.size(), 100);
    for (int i = 0; i < details.size(); ++i)
        QCOMPARE(details.at(i).toObject(), expected.at(i));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxCommand::signals_stopTheServerCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCommand::signals_stopTheServerCleanly()
{
    QFETCH(int, signal);
    QProcess process;
    start(process, {u"--records"_s, u"500"_s});
    QCOMPARE(readAssignments(process).size(), 3);
    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommand::badArguments_areUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("bad order") << QStringList{u"--order"_s, u"sideways"_s} << u"--order"_s;
    QTest::newRow("certificate without key") << QStringList{u"--tls-cert"_s, u"leaf.pem"_s} << u"--tls-key"_s;
    QTest::newRow("bad marker") << QStringList{u"--end-marker"_s, u"null"_s} << u"--end-marker"_s;
    QTest::newRow("bad end time") << QStringList{u"--end-time"_s, u"maybe"_s} << u"--end-time"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("negative latency") << QStringList{u"--latency"_s, u"-5"_s} << u"--latency"_s;
    QTest::newRow("bad anchor") << QStringList{u"--anchor"_s, u"yesterday"_s} << u"--anchor"_s;
    QTest::newRow("bad offset") << QStringList{u"--utc-offset"_s, u"8"_s} << u"--utc-offset"_s;
    QTest::newRow("stray word") << QStringList{u"now"_s} << u"now"_s;
}

void TestSandboxCommand::badArguments_areUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QProcess process;
    start(process, args);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSandboxCommand::busyPort_failsWithExitCode1()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost));
    QProcess process;
    start(process, {u"--records"_s, u"10"_s, u"--port"_s, QString::number(occupier.serverPort())});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxCommand::tlsCertAndKey_serveHttpsWithThatCertificate()
{
    test::TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.error()));
    QProcess process;
    start(process, {u"--records"_s, u"10"_s, u"--tls-cert"_s,
                    certificates.leafPath(test::TestCertificates::Leaf::Valid), u"--tls-key"_s,
                    certificates.keyPath()});
    const QStringList lines = readAssignments(process);
    QVERIFY(!lines.isEmpty());
    const auto endpoint =
        QRegularExpression(u"^SENDTRAIL_ENDPOINT=https://127\\.0\\.0\\.1:(\\d+)$"_s).match(lines[0]);
    QVERIFY2(endpoint.hasMatch(), qPrintable(lines[0]));

    // A client that trusts the test CA completes the handshake with no certificate error.
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(certificates.ca());
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(endpoint.captured(1).toUInt()));
    QVERIFY2(socket.waitForEncrypted(20000), qPrintable(socket.errorString()));
    QCOMPARE(socket.peerCertificate(), certificates.chain(test::TestCertificates::Leaf::Valid).first());
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], kRunFlag) == 0) {
        QCoreApplication app(argc, argv);
        return sendtrail::runSandboxCommand(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestSandboxCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sandboxcommand.moc"
