// The client against the sandbox over a real TLS socket, with certificates openssl makes for the
// test: only a chain to a system CA or to an extra trusted CA is accepted, and every refusal
// names the certificate problem.

#include "api/apiclient.h"
#include "api/requestbuilder.h"
#include "connection/connection.h"
#include "sandbox/sandboxserver.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using Leaf = sendtrail::test::TestCertificates::Leaf;

Q_DECLARE_METATYPE(sendtrail::test::TestCertificates::Leaf)
Q_DECLARE_METATYPE(sendtrail::ApiError::Cause)

class TestTlsVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badCertificate_isRefusedNamingTheProblem_data();
    void badCertificate_isRefusedNamingTheProblem();
    void certificateFromExtraCa_isAccepted();
    void extraCa_keepsSystemCasTrusted();

private:
    struct Outcome
    {
        bool succeeded = false;
        ApiError error;
        int sandboxCalls = 0;
    };
    Outcome callSandbox(Leaf leaf, const QList<QSslCertificate> &extraCas);

    test::TestCertificates m_certificates;
};

void TestTlsVerification::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
    QCOMPARE(m_certificates.ca().size(), 1);
}

TestTlsVerification::Outcome TestTlsVerification::callSandbox(Leaf leaf,
                                                              const QList<QSslCertificate> &extraCas)
{
    SandboxServer server(SandboxDataset(1, SandboxDataset::currentAnchor(), 10));
    if (!server.listenTls(m_certificates.chain(leaf), m_certificates.key()))
        return {};
    Connection connection; // the real network: QSslConfiguration, proxy factory and all
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.key.id = sandboxDemoAccessKey().id;
    config.key.secret = sandboxDemoAccessKey().secret;
    config.maxAttempts = 1;
    config.extraCaCertificates = extraCas;
    connection.configure(config);
    ApiCall *call = connection.client()->call(u"QueryTagByParam"_s, {{u"PageSize"_s, u"10"_s}});
    QSignalSpy succeeded(call, &ApiCall::succeeded);
    QSignalSpy failed(call, &ApiCall::failed);
    if (!QTest::qWaitFor([&] { return succeeded.size() + failed.size() > 0; }, 20000))
        return {};
    Outcome outcome;
    outcome.succeeded = !succeeded.isEmpty();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().value<ApiError>();
    outcome.sandboxCalls = server.callCount();
    return outcome;
}

void TestTlsVerification::badCertificate_isRefusedNamingTheProblem_data()
{
    using Cause = ApiError::Cause;
    QTest::addColumn<Leaf>("leaf");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("named");

    QTest::newRow("self-signed") << Leaf::SelfSigned << true << Cause::CertificateSelfSigned
                                 << u"is self-signed and not trusted"_s;
    QTest::newRow("issued by an untrusted CA") << Leaf::Valid << false << Cause::CertificateUntrusted
                                               << u"certificate authority that is not trusted"_s;
    QTest::newRow("expired") << Leaf::Expired << true << Cause::CertificateExpired << u"has expired"_s;
    QTest::newRow("wrong host name") << Leaf::WrongHost << true << Cause::CertificateHostName
                                     << u"issued for another host name than 127.0.0.1"_s;
}

void TestTlsVerification::badCertificate_isRefusedNamingTheProblem()
{
    QFETCH(Leaf, leaf);
    QFETCH(bool, trustTestCa);
    QFETCH(ApiError::Cause, cause);
    QFETCH(QString, named);

    const Outcome outcome = callSandbox(leaf, trustTestCa ? m_certificates.ca() : QList<QSslCertificate>());

    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind, ApiError::Kind::Tls);
    QCOMPARE(outcome.error.cause, cause);
    QVERIFY(outcome.error.peer.startsWith(u"127.0.0.1:"_s));
    const QString text = outcome.error.userText();
    QVERIFY2(text.contains(named), qPrintable(text));
    QVERIFY2(text.contains(outcome.error.peer), qPrintable(text));
    QCOMPARE(outcome.sandboxCalls, 0); // refused in the handshake: no request, no credentials sent
}

void TestTlsVerification::certificateFromExtraCa_isAccepted()
{
    const Outcome outcome = callSandbox(Leaf::Valid, m_certificates.ca());

    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.userText()));
    QCOMPARE(outcome.sandboxCalls, 1);
}

void TestTlsVerification::extraCa_keepsSystemCasTrusted()
{
    // Extra CAs join the system's, never replace them, and nothing turns verification off.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "the machine has no system CAs (install ca-certificates)");
    ClientConfig config;
    config.endpoint = QUrl(u"https://dm.aliyuncs.com/"_s);
    config.extraCaCertificates = m_certificates.ca();
    const QSslConfiguration tls = buildApiRequest(config, {}).sslConfiguration();
    QCOMPARE(tls.peerVerifyMode(), QSslSocket::VerifyPeer);
    const QList<QSslCertificate> used = tls.caCertificates();
    QVERIFY(used.contains(m_certificates.ca().first()));
    QVERIFY(used.contains(system.first()));
    QVERIFY(used.contains(system.last()));
}

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
