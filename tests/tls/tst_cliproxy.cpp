// sendtrail-cli through a real proxy, as companies run them: HTTPS_PROXY to a tinyproxy on
// loopback that tunnels (CONNECT) to the sandbox served over HTTPS with a certificate from a test
// CA that only --ca-file makes trusted. The proxy's own log shows the request went through it.

#include "sandbox/sandboxserver.h"
#include "sandboxlistexpectations.h"
#include "testcertificates.h"
#include "tinyproxyfixture.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QList<QByteArray> compactLines(const QString &out)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : out.toUtf8().split('\n')) {
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).toJson(QJsonDocument::Compact);
    }
    return lines;
}

} // namespace

class TestCliProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tags_throughHttpsProxy_tunnelToTheSandbox();
    void noProxy_goesDirect();
    void proxyCredentialsInTheUrl_areUsedAndNeverPrinted();
    void proxyAskingForPassword_failsNamingTheProxyAndTheFix();
    void withoutCaFile_failsNamingTheUntrustedCertificate();
    void unreadableCaFile_isAUsageError();

private:
    // The CLI with the demo key and `env` on top of a clean environment (no proxy variables).
    CliResult run(const QStringList &args, const QStringList &env);
    QStringList tagsArgs(bool withCa = true) const;
    QString connectLine() const;

    test::TestCertificates m_certificates;
    std::unique_ptr<SandboxServer> m_server;
    test::TinyProxy m_proxy;
    test::TinyProxy m_authProxy;
    QTemporaryDir m_config;
};

void TestCliProxy::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
    m_server = std::make_unique<SandboxServer>(SandboxDataset(7, SandboxDataset::currentAnchor(), 50));
    QVERIFY(
        m_server->listenTls(m_certificates.chain(test::TestCertificates::Leaf::Valid), m_certificates.key()));
    QVERIFY2(m_proxy.start(), qPrintable(m_proxy.error()));
    QVERIFY2(m_authProxy.start(u"ann s3cret-Pw"_s), qPrintable(m_authProxy.error()));
}

CliResult TestCliProxy::run(const QStringList &args, const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy",
                             "NO_PROXY", "ALIBABA_CLOUD_SECURITY_TOKEN"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, sandboxDemoAccessKey().id);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                       QString::fromUtf8(sandboxDemoAccessKey().secret));
    for (const QString &variable : env)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SENDTRAIL_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    // The sandbox answers from this process: keep its event loop turning while the CLI runs.
    const QDeadlineTimer deadline(120000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning)
        process.kill();
    process.waitForFinished(5000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestCliProxy::tagsArgs(bool withCa) const
{
    QStringList args{u"tags"_s, u"--endpoint"_s, m_server->endpoint().toString(), u"--format"_s, u"jsonl"_s};
    if (withCa)
        args << u"--ca-file"_s << m_certificates.caPath();
    return args;
}

QString TestCliProxy::connectLine() const
{
    return u"CONNECT 127.0.0.1:%1 HTTP/1.1"_s.arg(m_server->port());
}

void TestCliProxy::tags_throughHttpsProxy_tunnelToTheSandbox()
{
    m_proxy.takeRequests();
    const int callsBefore = m_server->callCount();

    const CliResult r = run(tagsArgs(), {u"HTTPS_PROXY=http://"_s + m_proxy.address()});

    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QList<QByteArray> expected;
    for (const QJsonObject &tag : test::expectedList(test::ListApi::Tags, m_server->dataset()))
        expected << QJsonDocument(tag).toJson(QJsonDocument::Compact);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(compactLines(r.out), expected);
    // One tunnel (keep-alive) carried every call, and nothing else went through the proxy.
    QCOMPARE(m_proxy.takeRequests(), QStringList{connectLine()});
    QVERIFY(m_server->callCount() > callsBefore);
}

void TestCliProxy::noProxy_goesDirect()
{
    m_proxy.takeRequests();
    const CliResult r =
        run(tagsArgs(), {u"HTTPS_PROXY=http://"_s + m_proxy.address(), u"NO_PROXY=localhost,127.0.0.1"_s});

    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!compactLines(r.out).isEmpty());
    QCOMPARE(m_proxy.takeRequests(), QStringList());
}

void TestCliProxy::proxyCredentialsInTheUrl_areUsedAndNeverPrinted()
{
    m_authProxy.takeRequests();
    const CliResult r = run(tagsArgs(), {u"https_proxy=http://ann:s3cret-Pw@"_s + m_authProxy.address()});

    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!compactLines(r.out).isEmpty());
    QVERIFY(m_authProxy.takeRequests().contains(connectLine()));
    QVERIFY(!(r.out + r.err).contains(u"s3cret"_s));
}

void TestCliProxy::proxyAskingForPassword_failsNamingTheProxyAndTheFix()
{
    m_authProxy.takeRequests();
    const int callsBefore = m_server->callCount();

    const CliResult r = run(tagsArgs(), {u"HTTPS_PROXY=http://"_s + m_authProxy.address()});

    QCOMPARE(r.exitCode, 1);
    const QString proxy = m_authProxy.address();
    QVERIFY2(r.err.contains(u"The proxy at %1 asks for a user name and password: put them in HTTPS_PROXY as "
                            "http://user:password@%1."_s.arg(proxy)),
             qPrintable(r.err));
    // Not retried: the same request would meet the same 407.
    QCOMPARE(m_authProxy.takeRequests(), QStringList{connectLine()});
    QCOMPARE(m_server->callCount(), callsBefore);
}

void TestCliProxy::withoutCaFile_failsNamingTheUntrustedCertificate()
{
    const int callsBefore = m_server->callCount();
    const CliResult r = run(tagsArgs(false), {u"HTTPS_PROXY=http://"_s + m_proxy.address()});

    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(u"The server's certificate for 127.0.0.1:%1 was issued by a certificate authority "
                       "that is not trusted."_s.arg(m_server->port())),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--ca-file"_s), qPrintable(r.err));
    QCOMPARE(m_server->callCount(), callsBefore);
}

void TestCliProxy::unreadableCaFile_isAUsageError()
{
    const QString missing = m_config.filePath(u"no-such-ca.pem"_s);
    const CliResult r =
        run({u"tags"_s, u"--endpoint"_s, m_server->endpoint().toString(), u"--ca-file"_s, missing}, {});

    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Cannot read the CA certificate file %1"_s.arg(missing)), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliProxy)
#include "tst_cliproxy.moc"
