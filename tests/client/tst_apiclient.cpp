// ApiClient against a real loopback HTTP server: request shape, retry policy, clock skew.
// Transport failures (timeouts, caps, resets, redirects, cancel) are in tst_apiclienttransport.

#include "api/apiclient.h"
#include "api/signer.h"
#include "clienttestsupport.h"
#include "manualclock.h"
#include "scriptedserver.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

class TestApiClient : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void call_v3_sendsPostToRootWithSdkHeaders();
    void call_v1_putsSignatureAndCommonParamsInQuery();
    void call_keepsSignerQueryBytesExactly();
    void call_success_deletesCallAfterOneSignal();
    void serviceUnavailableTwice_succeedsOnThirdAttemptWithFreshNonceAndTimestamp();
    void throttlingUser_honoursRetryAfterHeader();
    void throttling_withoutRetryAfter_usesThrottleBaseDelay();
    void persistentServiceUnavailable_stopsAtMaxAttemptsWithRequestId();
    void permanentError_sendsExactlyOneRequest_data();
    void permanentError_sendsExactlyOneRequest();
    void successStatusWithErrorCode_isServiceErrorWithoutRetry();
    void timestampExpired_retriesOnceWithServerSkew_andKeepsSkew();
    void timestampExpiredTwice_stopsAfterOneCorrection();
    void timestampExpiredWithoutDate_isNotRetried();

private:
    ApiCall *startCall(const QueryParams &params = {{u"Length"_s, u"10"_s}});

    ManualClock m_manualClock; // outlives every call, whose backoff timer it owns
};

void TestApiClient::init()
{
    QVERIFY(setUpClient());
}

void TestApiClient::cleanup()
{
    tearDownClient();
}

ApiCall *TestApiClient::startCall(const QueryParams &params)
{
    return m_client->call(QString::fromLatin1(kDetailAction), params);
}

void TestApiClient::call_v3_sendsPostToRootWithSdkHeaders()
{
    m_server->enqueue(ScriptedReply::success(u"req-1"_s, {{u"NextStart"_s, u"abc"_s}}));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.requestId, u"req-1"_s);
    QCOMPARE(result.body.value(u"NextStart"_s).toString(), u"abc"_s);
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/"));
    QCOMPARE(request.queryValue(u"Length"_s), u"10"_s);
    QCOMPARE(request.header("host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QCOMPARE(request.header("user-agent"), QByteArray("Sendtrail/" SENDTRAIL_VERSION));
    QCOMPARE(request.header("x-acs-action"), QByteArray(kDetailAction));
    QCOMPARE(request.header("x-acs-version"), QByteArray(kDirectMailVersion));
    QCOMPARE(request.header("x-acs-date"), QByteArray("2021-04-29T01:02:03Z"));
    QCOMPARE(request.header("x-acs-signature-nonce"), QByteArray("nonce-1"));
    QVERIFY(!request.header("x-acs-content-sha256").isEmpty());
    QVERIFY(request.header("authorization").startsWith("ACS3-HMAC-SHA256 Credential=testid,"));
    QCOMPARE(request.header("content-length"), QByteArray("0"));
    QVERIFY(request.header("content-type").isEmpty());
    QVERIFY(request.header("cookie").isEmpty());
    QVERIFY(request.body.isEmpty());
}

void TestApiClient::call_v1_putsSignatureAndCommonParamsInQuery()
{
    m_client->setConfig(fastConfig(m_server->url(), SignatureVersion::V1));
    m_server->enqueue(ScriptedReply::success(u"req-v1"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/"));
    QVERIFY(!request.queryValue(u"Signature"_s).isEmpty());
    QCOMPARE(request.queryValue(u"AccessKeyId"_s), u"testid"_s);
    QCOMPARE(request.queryValue(u"Action"_s), QString::fromLatin1(kDetailAction));
    QCOMPARE(request.queryValue(u"SignatureNonce"_s), u"nonce-1"_s);
    QCOMPARE(request.queryValue(u"Timestamp"_s), u"2021-04-29T01:02:03Z"_s);
    QCOMPARE(request.queryValue(u"RegionId"_s), u"cn-hangzhou"_s);
    QCOMPARE(request.queryValue(u"Length"_s), u"10"_s);
    QVERIFY(request.header("authorization").isEmpty());
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
}

void TestApiClient::call_keepsSignerQueryBytesExactly()
{
    // '+', '*', '/', ':', '@' and spaces are where QUrlQuery would silently re-encode.
    const QueryParams params = {{u"ToAddress"_s, u"user+tag@example.com"_s},
                                {u"TagName"_s, u"测试 tag*~/"_s},
                                {u"StartTime"_s, u"2021-04-28 00:00"_s}};
    m_server->enqueue(ScriptedReply::success(u"req-q"_s));
    CallCollector result(startCall(params));
    QVERIFY(result.waitDone());
    QCOMPARE(result.succeeded, 1);

    SignInput input;
    input.host = u"127.0.0.1:%1"_s.arg(m_server->port());
    input.action = QString::fromLatin1(kDetailAction);
    input.params = params;
    input.timestamp = m_clock.now;
    input.nonce = u"nonce-1"_s;
    const SignedRequest expected =
        signRequest(SignatureVersion::V3, input, SigningKey{u"testid"_s, "testsecret", {}});
    QCOMPARE(m_server->requests().first().query, expected.query);
    QCOMPARE(m_server->requests().first().queryValue(u"ToAddress"_s), u"user+tag@example.com"_s);
}

void TestApiClient::call_success_deletesCallAfterOneSignal()
{
    m_server->enqueue(ScriptedReply::success(u"req-del"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());
    QTRY_VERIFY(result.call.isNull()); // deleteLater ran
    QCOMPARE(result.terminalSignals(), 1);
    QVERIFY(result.attempts.isEmpty());
}

void TestApiClient::serviceUnavailableTwice_succeedsOnThirdAttemptWithFreshNonceAndTimestamp()
{
    m_server->enqueue(ScriptedReply::serviceError(503, u"ServiceUnavailable"_s, u"busy"_s, u"req-a"_s));
    m_server->enqueue(ScriptedReply::serviceError(503, u"ServiceUnavailable"_s, u"busy"_s, u"req-b"_s));
    m_server->enqueue(ScriptedReply::success(u"req-c"_s));
    ApiCall *call = startCall();
    connect(call, &ApiCall::attemptFailed, this, [this] { m_clock.now = m_clock.now.addSecs(7); });
    CallCollector result(call);
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.failed, 0);
    QCOMPARE(result.requestId, u"req-c"_s);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts[0].attempt, 1);
    QCOMPARE(result.attempts[1].attempt, 2);
    QCOMPARE(result.attempts[0].error.code, u"ServiceUnavailable"_s);
    QCOMPARE(result.attempts[0].error.requestId, u"req-a"_s);
    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    const QByteArrayList nonces = {"nonce-1", "nonce-2", "nonce-3"};
    const QByteArrayList dates = {"2021-04-29T01:02:03Z", "2021-04-29T01:02:10Z", "2021-04-29T01:02:17Z"};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(requests[i].header("x-acs-signature-nonce"), nonces[i]);
        QCOMPARE(requests[i].header("x-acs-date"), dates[i]);
    }
    // Re-signed, not replayed.
    QVERIFY(requests[0].header("authorization") != requests[1].header("authorization"));
}

void TestApiClient::throttlingUser_honoursRetryAfterHeader()
{
    // The backoff runs on a clock the test moves: the retry leaves at 300 ms exactly, no sooner.
    m_client->setMonotonicClock(&m_manualClock);
    m_server->enqueue(ScriptedReply::serviceError(400, u"Throttling.User"_s,
                                                  u"Request was denied due to user flow control."_s,
                                                  u"req-t"_s)
                          .withHeader("x-acs-retry-after", "300"));
    m_server->enqueue(ScriptedReply::success(u"req-ok"_s));
    CallCollector result(startCall());
    QTRY_COMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].error.code, u"Throttling.User"_s);
    QCOMPARE(result.attempts[0].delayMs, 300); // far above the 20 ms jitter window
    QCOMPARE(m_manualClock.nextDelayMs(), 300);
    m_manualClock.advance(299);
    QCOMPARE(m_nam->created, 1); // the retry is sent synchronously when its timer fires
    m_manualClock.advance(1);
    QCOMPARE(m_nam->created, 2);
    QVERIFY(result.waitDone());
    QCOMPARE(result.succeeded, 1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClient::throttling_withoutRetryAfter_usesThrottleBaseDelay()
{
    m_server->enqueue(ScriptedReply::serviceError(400, u"Throttling"_s, u"slow down"_s, u"req-t"_s));
    m_server->enqueue(ScriptedReply::serviceError(503, u"ServiceUnavailable"_s, u"busy"_s, u"req-s"_s));
    m_server->enqueue(ScriptedReply::success(u"req-ok"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts[0].delayMs, 20); // 0.5 * throttle base 40 ms
    QCOMPARE(result.attempts[1].delayMs, 4);  // 0.5 * min(50, 4 * 2^1) ms
}

void TestApiClient::persistentServiceUnavailable_stopsAtMaxAttemptsWithRequestId()
{
    ClientConfig config = fastConfig(m_server->url());
    config.maxAttempts = 3;
    m_client->setConfig(config);
    m_server->setFallback(ScriptedReply::serviceError(503, u"ServiceUnavailable"_s, u"busy"_s, u"req-503"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.succeeded, 0);
    QCOMPARE(result.error.kind, ApiError::Kind::Service);
    QCOMPARE(result.error.code, u"ServiceUnavailable"_s);
    QCOMPARE(result.error.requestId, u"req-503"_s);
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(result.attempts.size(), 2);
    QTest::qWait(100); // several backoff windows: nothing else may arrive
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY(result.error.userText().contains(u"req-503"_s));
}

void TestApiClient::permanentError_sendsExactlyOneRequest_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("SignatureDoesNotMatch") << 400 << u"SignatureDoesNotMatch"_s;
    QTest::newRow("InvalidAccessKeyId.NotFound") << 404 << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("Forbidden.RAM") << 403 << u"Forbidden.RAM"_s;
    QTest::newRow("InvalidParameter") << 400 << u"InvalidParameter"_s;
    QTest::newRow("MissingParameter") << 400 << u"MissingParameter"_s;
    QTest::newRow("IncompleteSignature") << 400 << u"IncompleteSignature"_s;
    QTest::newRow("other 4xx code") << 400 << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("permanent code on a 5xx") << 500 << u"SignatureDoesNotMatch"_s;
}

void TestApiClient::permanentError_sendsExactlyOneRequest()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    m_server->enqueue(ScriptedReply::serviceError(status, code, u"no"_s, u"req-p"_s));
    m_server->setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Service);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.httpStatus, status);
    QCOMPARE(result.error.requestId, u"req-p"_s);
    QVERIFY(result.attempts.isEmpty());
    QTest::qWait(60);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::successStatusWithErrorCode_isServiceErrorWithoutRetry()
{
    m_server->enqueue(ScriptedReply::json(
        200, {{u"Code"_s, u"InvalidParameter"_s}, {u"message"_s, u"bad"_s}, {u"requestId"_s, u"req-200"_s}}));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::Service);
    QCOMPARE(result.error.code, u"InvalidParameter"_s);
    QCOMPARE(result.error.message, u"bad"_s);
    QCOMPARE(result.error.requestId, u"req-200"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::timestampExpired_retriesOnceWithServerSkew_andKeepsSkew()
{
    const QDateTime serverNow = m_clock.now.addSecs(20 * 60);
    m_server->enqueue(ScriptedReply::serviceError(400, u"InvalidTimeStamp.Expired"_s,
                                                  u"Specified time stamp or date value is expired."_s,
                                                  u"req-e"_s)
                          .withHeader("date", httpDate(serverNow)));
    m_server->enqueue(ScriptedReply::success(u"req-ok"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.succeeded, 1);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts[0].delayMs, 0);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests()[0].header("x-acs-date"), QByteArray("2021-04-29T01:02:03Z"));
    QCOMPARE(m_server->requests()[1].header("x-acs-date"), QByteArray("2021-04-29T01:22:03Z"));
    QCOMPARE(m_client->clockSkewMs(), 20 * 60 * 1000);

    // The next call starts with the corrected clock.
    m_server->enqueue(ScriptedReply::success(u"req-next"_s));
    CallCollector next(startCall());
    QVERIFY(next.waitDone());
    QCOMPARE(next.succeeded, 1);
    QCOMPARE(m_server->requests()[2].header("x-acs-date"), QByteArray("2021-04-29T01:22:03Z"));
}

void TestApiClient::timestampExpiredTwice_stopsAfterOneCorrection()
{
    const ScriptedReply expired =
        ScriptedReply::serviceError(400, u"InvalidTimeStamp.Expired"_s, u"expired"_s, u"req-e"_s)
            .withHeader("date", httpDate(m_clock.now.addSecs(20 * 60)));
    m_server->enqueue(expired);
    m_server->enqueue(expired);
    m_server->setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.code, u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(result.attempts.size(), 1);
    QTest::qWait(60);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClient::timestampExpiredWithoutDate_isNotRetried()
{
    m_server->enqueue(
        ScriptedReply::serviceError(400, u"InvalidTimeStamp.Expired"_s, u"expired"_s, u"req-e"_s));
    m_server->setFallback(ScriptedReply::success(u"must-not-be-reached"_s));
    CallCollector result(startCall());
    QVERIFY(result.waitDone());

    QCOMPARE(result.failed, 1);
    QCOMPARE(result.error.code, u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(m_client->clockSkewMs(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
