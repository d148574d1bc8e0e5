// ApiClient transport failures against a real loopback server: timeouts, body caps, resets,
// redirects, unreadable bodies, cancellation, refusal before sending, log hygiene.

#include "api/apiclient.h"
#include "clienttestsupport.h"
#include "manualclock.h"
#include "scriptedserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

QStringList g_logLines;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines.append(message);
}

} // namespace

class TestApiClientTransport : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stall_failsWithTimeoutAfterInactivity_andIsRetried();
    void drip_isEndedByOverallDeadline();
    void bodyOverCap_failsTooLargeQuickly_data();
    void bodyOverCap_failsTooLargeQuickly();
    void resetMidBody_isRetriedAsNetworkError();
    void shortBody_failsWithNetworkError();
    void connectionRefused_thenServerUp_succeeds();
    void redirect_isNotFollowed();
    void htmlBadGateway_isRetriedThenFailsMalformed();
    void unreadable200Body_failsMalformedWithoutRetry_data();
    void unreadable200Body_failsMalformedWithoutRetry();
    void cancel_inFlight_stopsWithOneCancelled();
    void cancel_duringBackoff_sendsNothingMore();
    void cancel_beforeStart_sendsNothing();
    void namDestroyedInFlight_failsOnce();
    void invalidConfig_isRefusedBeforeSending_data();
    void invalidConfig_isRefusedBeforeSending();
    void localhostHttp_isAllowed();
    void https_withConfiguredTestCa_succeeds();
    void https_withUntrustedCertificate_failsTlsWithoutRetry();
    void debugLog_neverContainsKeyIdSecretOrSignature();

private:
    ApiCall *startCall()
    {
        return m_client->call(u"SenderStatisticsDetailByParam"_s, {{u"Length"_s, u"10"_s}});
    }
    void configure(const std::function<void(ClientConfig &)> &change);
    static bool listenTls(ScriptedServer &server);

    ManualClock m_manualClock; // outlives every call, whose backoff timer it owns
};

void TestApiClientTransport::init()
{
    QVERIFY(setUpClient());
}

void TestApiClientTransport::cleanup()
{
    tearDownClient();
}

void TestApiClientTransport::configure(const std::function<void(ClientConfig &)> &change)
{
    ClientConfig config = m_client->config(); // no secret: setSettings keeps the client's
    change(config);
    if (config.key.secret.isEmpty())
        m_client->setSettings(config);
    else
        m_client->setConfig(std::move(config));
}

void TestApiClientTransport::stall_failsWithTimeoutAfterInactivity_andIsRetried()
{
    configure([](ClientConfig &c) {
        c.transferTimeoutMs = 300;
        c.maxAttempts = 2;
    });
    m_server->setFallback(ScriptedReply::stall());
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(!result.error.message.contains(u"deadline"_s), qPrintable(result.error.message));
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY2(result.elapsedMs >= 550 && result.elapsedMs < 4000,
             qPrintable(QString::number(result.elapsedMs)));
}

void TestApiClientTransport::drip_isEndedByOverallDeadline()
{
    // One byte every 50 ms keeps the inactivity timer happy for the whole 10 s body.
    configure([](ClientConfig &c) {
        c.transferTimeoutMs = 1000;
        c.deadlineMs = 600;
        c.maxAttempts = 1;
    });
    m_server->enqueue(ScriptedReply::drip(QByteArray(200, ' ') + "{}", 50));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error.message.contains(u"deadline"_s), qPrintable(result.error.message));
    QVERIFY2(result.elapsedMs >= 550 && result.elapsedMs < 3000,
             qPrintable(QString::number(result.elapsedMs)));
    QVERIFY(m_server->bodyBytesSent() > 3); // it really was dripping
}

void TestApiClientTransport::bodyOverCap_failsTooLargeQuickly_data()
{
    QTest::addColumn<ScriptedReply>("reply");
    QTest::newRow("Content-Length lie (1 GiB declared)") << ScriptedReply::endless(false, 1LL << 30);
    // Only the announced length can give this one away: the body itself trickles.
    QTest::newRow("1 GiB announced, body stalls")
        << ScriptedReply::drip("{", 10000).withDeclaredLength(1LL << 30);
    QTest::newRow("chunked, no length") << ScriptedReply::endless(true);
    QTest::newRow("close-delimited, no length") << ScriptedReply::endless(false);
    QTest::newRow("honest length over cap")
        << ScriptedReply::raw(200, QByteArray(100 * 1024, ' '), "application/json");
}

void TestApiClientTransport::bodyOverCap_failsTooLargeQuickly()
{
    QFETCH(ScriptedReply, reply);
    m_server->enqueue(reply);
    m_server->setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::TooLarge);
    QVERIFY2(result.elapsedMs < 2000, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(m_server->bodyBytesSent() < 64LL * 1024 * 1024,
             qPrintable(QString::number(m_server->bodyBytesSent())));
    QCOMPARE(m_server->requestCount(), 1); // not retried
}

void TestApiClientTransport::resetMidBody_isRetriedAsNetworkError()
{
    const QByteArray body = R"({"RequestId":"req-r","data":{"mailDetail":[]}})";
    m_server->enqueue(ScriptedReply::resetMidBody(body, 10));
    m_server->enqueue(ScriptedReply::success(u"req-ok"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].error.kind, ApiError::Kind::Network);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClientTransport::shortBody_failsWithNetworkError()
{
    configure([](ClientConfig &c) { c.maxAttempts = 1; });
    m_server->enqueue(ScriptedReply::shortBody(R"({"RequestId":"req-s","data":{}})", 12));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Network); // truncated, not Malformed
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientTransport::connectionRefused_thenServerUp_succeeds()
{
    quint16 port = 0;
    {
        QTcpServer probe; // borrow a free port, then release it
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    configure([port](ClientConfig &c) { c.endpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(port)); });
    ScriptedServer late;
    late.enqueue(ScriptedReply::success(u"req-late"_s));
    ApiCall *call = startCall();
    connect(call, &ApiCall::attemptFailed, &late,
            [&late, port] { late.listen(QHostAddress::LocalHost, port); });
    CallCollector result(call);
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].error.kind, ApiError::Kind::Network);
    QCOMPARE(result.attempts[0].error.cause, ApiError::Cause::ConnectionRefused);
    const QString endpoint = u"127.0.0.1:%1"_s.arg(port); // "connection refused" names the endpoint
    QVERIFY(result.attempts[0].error.userText().contains(u"Could not connect to %1"_s.arg(endpoint)));
    QCOMPARE(late.requestCount(), 1);
}

void TestApiClientTransport::redirect_isNotFollowed()
{
    ScriptedServer target;
    QVERIFY(target.listen());
    target.setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    m_server->enqueue(ScriptedReply::redirect(target.url()));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
    QCOMPARE(result.error.httpStatus, 302);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(target.connectionCount(), 0);
    QCOMPARE(target.requestCount(), 0);
}

void TestApiClientTransport::htmlBadGateway_isRetriedThenFailsMalformed()
{
    configure([](ClientConfig &c) { c.maxAttempts = 3; });
    m_server->setFallback(
        ScriptedReply::html(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
            .withHeader("x-acs-request-id", "req-gw"));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    QCOMPARE(result.error.httpStatus, 502);
    QVERIFY2(result.error.message.contains(u"HTML"_s), qPrintable(result.error.message));
    QCOMPARE(result.error.requestId, u"req-gw"_s);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestApiClientTransport::unreadable200Body_failsMalformedWithoutRetry_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedMessagePart");
    QTest::newRow("truncated JSON") << QByteArray(R"({"RequestId":"x","data":{"mailDetail":[)")
                                    << u"invalid JSON"_s;
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>") << u"HTML"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("JSON array") << QByteArray("[1,2]") << u"not an object"_s;
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe{", 4) << u"invalid JSON"_s;
}

void TestApiClientTransport::unreadable200Body_failsMalformedWithoutRetry()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedMessagePart);
    m_server->enqueue(ScriptedReply::raw(200, body, "application/json"));
    m_server->setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
    QVERIFY2(result.error.message.contains(expectedMessagePart), qPrintable(result.error.message));
    QVERIFY(result.error.message.size() < 200);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientTransport::cancel_inFlight_stopsWithOneCancelled()
{
    m_server->setFallback(ScriptedReply::stall());
    ApiCall *call = startCall();
    CallCollector result(call);
    connect(m_server.get(), &ScriptedServer::requestReceived, call, [call] {
        call->cancel();
        call->cancel(); // idempotent
    });
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(result.call.isNull());
    QTest::qWait(100);
    QCOMPARE(result.terminalSignals(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientTransport::cancel_duringBackoff_sendsNothingMore()
{
    m_client->setMonotonicClock(&m_manualClock);
    configure([](ClientConfig &c) {
        c.baseDelayMs = 400;
        c.maxDelayMs = 400;
    });
    m_server->setFallback(ScriptedReply::serviceError(503, u"ServiceUnavailable"_s, u"busy"_s, u"req-b"_s));
    ApiCall *call = startCall();
    CallCollector result(call);
    QTRY_COMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].delayMs, 200);
    m_manualClock.advance(100); // halfway through the backoff
    call->cancel();
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_manualClock.activeTimers(), 0);
    m_manualClock.advance(60 * 1000); // far past the backoff the cancelled timer would have used
    QCOMPARE(m_nam->created, 1);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(result.terminalSignals(), 1);
}

void TestApiClientTransport::cancel_beforeStart_sendsNothing()
{
    ApiCall *call = startCall();
    CallCollector result(call);
    call->cancel();
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(result.call.isNull());
    QTest::qWait(50);
    QCOMPARE(m_nam->created, 0);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(result.terminalSignals(), 1);
}

void TestApiClientTransport::namDestroyedInFlight_failsOnce()
{
    m_server->setFallback(ScriptedReply::stall());
    ApiCall *call = startCall();
    CallCollector result(call);
    connect(m_server.get(), &ScriptedServer::requestReceived, this, [this] { m_nam.reset(); });
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QTest::qWait(50);
    QCOMPARE(result.terminalSignals(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClientTransport::invalidConfig_isRefusedBeforeSending_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("http to a public host") << QUrl(u"http://dm.aliyuncs.com/"_s) << QByteArray("s");
    QTest::newRow("http to a LAN address") << QUrl(u"http://10.0.0.1:8080/"_s) << QByteArray("s");
    QTest::newRow("http to a loopback-looking name")
        << QUrl(u"http://127.0.0.1.example.com/"_s) << QByteArray("s");
    QTest::newRow("ftp scheme") << QUrl(u"ftp://127.0.0.1/"_s) << QByteArray("s");
    QTest::newRow("no endpoint") << QUrl() << QByteArray("s");
    QTest::newRow("no secret") << QUrl(u"https://dm.aliyuncs.com/"_s) << QByteArray();
}

void TestApiClientTransport::invalidConfig_isRefusedBeforeSending()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QByteArray, secret);
    ClientConfig config = m_client->config();
    config.endpoint = endpoint;
    config.key.secret = secret; // setConfig replaces the key, an empty secret too
    m_client->setConfig(std::move(config));
    CallCollector result(startCall());
    QCOMPARE(result.terminalSignals(), 0); // reported asynchronously, after connect()
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(m_nam->created, 0);
    QCOMPARE(m_nonces.issued, 0);
}

void TestApiClientTransport::localhostHttp_isAllowed()
{
    configure(
        [this](ClientConfig &c) { c.endpoint = QUrl(u"http://localhost:%1/"_s.arg(m_server->port())); });
    m_server->enqueue(ScriptedReply::success(u"req-lh"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(m_server->requests().first().header("host"),
             "localhost:" + QByteArray::number(m_server->port()));
}

bool TestApiClientTransport::listenTls(ScriptedServer &server)
{
    const QString dir = QStringLiteral(SENDTRAIL_TEST_DATA_DIR);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir + u"/server.pem"_s);
    QFile keyFile(dir + u"/server.key"_s);
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    return server.listenTls(certificates.first(), QSslKey(&keyFile, QSsl::Rsa));
}

void TestApiClientTransport::https_withConfiguredTestCa_succeeds()
{
    ScriptedServer tlsServer;
    QVERIFY(listenTls(tlsServer));
    tlsServer.enqueue(ScriptedReply::success(u"req-tls"_s));
    configure([&tlsServer](ClientConfig &c) {
        c.endpoint = tlsServer.url();
        c.extraCaCertificates = QSslCertificate::fromPath(QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/ca.pem"));
    });
    QCOMPARE(tlsServer.url().scheme(), u"https"_s);
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.requestId, u"req-tls"_s);
    QCOMPARE(tlsServer.requests().first().header("host"),
             "127.0.0.1:" + QByteArray::number(tlsServer.port()));
}

void TestApiClientTransport::https_withUntrustedCertificate_failsTlsWithoutRetry()
{
    ScriptedServer tlsServer;
    QVERIFY(listenTls(tlsServer));
    tlsServer.setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    configure([&tlsServer](ClientConfig &c) { c.endpoint = tlsServer.url(); }); // system CAs only
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(result.attempts.isEmpty());
    QTest::qWait(50);
    QCOMPARE(tlsServer.requestCount(), 0);
    QCOMPARE(tlsServer.connectionCount(), 1);
}

void TestApiClientTransport::debugLog_neverContainsKeyIdSecretOrSignature()
{
    configure([](ClientConfig &c) {
        c.signatureVersion = SignatureVersion::V1;
        c.key.id = u"LTAIkeyid123"_s;
        c.key.secret = "topsecret456";
    });
    m_server->enqueue(ScriptedReply::serviceError(
        400, u"SignatureDoesNotMatch"_s,
        u"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAIkeyid123%26Action%3DX"_s,
        u"req-log"_s));
    g_logLines.clear();
    QLoggingCategory::setFilterRules(u"sendtrail.api.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    CallCollector result(startCall());
    const bool done = result.waitDone();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(done);

    QVERIFY(!g_logLines.isEmpty());
    const QString signature = m_server->requests().first().queryValue(u"Signature"_s);
    QVERIFY(!signature.isEmpty());
    const QString all = g_logLines.join(u'\n') + u'\n' + result.error.message;
    QVERIFY2(!all.contains(u"LTAIkeyid123"_s), qPrintable(all));
    QVERIFY(!all.contains(u"topsecret456"_s));
    QVERIFY(!all.contains(signature));
    QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(signature))));
}

QTEST_GUILESS_MAIN(TestApiClientTransport)
#include "tst_apiclienttransport.moc"
