#include "api/errorclassifier.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

Q_DECLARE_METATYPE(sendtrail::RetryClass)
Q_DECLARE_METATYPE(sendtrail::ApiError::Cause)
Q_DECLARE_METATYPE(QList<QSslError::SslError>)

namespace {

AttemptResult httpResult(int status, const QByteArray &body)
{
    AttemptResult result;
    result.httpStatus = status;
    result.body = body;
    // What QNAM reports alongside a 4xx/5xx status.
    if (status >= 500)
        result.networkError = QNetworkReply::InternalServerError;
    else if (status >= 400)
        result.networkError = QNetworkReply::ProtocolInvalidOperationError;
    return result;
}

AttemptResult transportResult(QNetworkReply::NetworkError error,
                              AttemptResult::Abort abort = AttemptResult::Abort::None)
{
    AttemptResult result;
    result.networkError = error;
    result.abort = abort;
    return result;
}

QByteArray errorBody(const char *code)
{
    return R"({"RequestId":"req-1","HostId":"dm.aliyuncs.com","Code":")" + QByteArray(code) +
           R"(","Message":"m","Recommend":"https://api.aliyun.com/troubleshoot?q=x"})";
}

} // namespace

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attempt_mapsToKindCodeAndRetryClass_data();
    void attempt_mapsToKindCodeAndRetryClass();
    void serviceError_readsLowercaseAndNumericFields();
    void serviceError_redactsStringToSignInMessage();
    void serviceError_redactsRecommend();
    void success_keepsBodyAndRequestId();
    void requestIdHeader_isFallback();
    void parseHttpDate_data();
    void parseHttpDate();
    void transportFailure_namesItsCause_data();
    void transportFailure_namesItsCause();
    void userText_namesThePeerAndTheFix_data();
    void userText_namesThePeerAndTheFix();
};

void TestErrorClassifier::attempt_mapsToKindCodeAndRetryClass_data()
{
    using Kind = ApiError::Kind;
    using Abort = AttemptResult::Abort;
    QTest::addColumn<AttemptResult>("result");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<RetryClass>("retry");

    QTest::newRow("200 success") << httpResult(200, R"({"RequestId":"r"})") << Kind::None << QString()
                                 << RetryClass::Never;
    QTest::newRow("200 Code OK") << httpResult(200, R"({"Code":"OK"})") << Kind::None << QString()
                                 << RetryClass::Never;
    QTest::newRow("200 Code 200 number")
        << httpResult(200, R"({"Code":200})") << Kind::None << QString() << RetryClass::Never;
    QTest::newRow("200 with error Code") << httpResult(200, errorBody("InvalidParameter")) << Kind::Service
                                         << u"InvalidParameter"_s << RetryClass::Never;
    QTest::newRow("503 ServiceUnavailable")
        << httpResult(503, errorBody("ServiceUnavailable")) << Kind::Service << u"ServiceUnavailable"_s
        << RetryClass::Transient;
    QTest::newRow("500 InternalError") << httpResult(500, errorBody("InternalError")) << Kind::Service
                                       << u"InternalError"_s << RetryClass::Transient;
    QTest::newRow("400 Throttling.User") << httpResult(400, errorBody("Throttling.User")) << Kind::Service
                                         << u"Throttling.User"_s << RetryClass::Throttled;
    QTest::newRow("400 Throttling.Api") << httpResult(400, errorBody("Throttling.Api")) << Kind::Service
                                        << u"Throttling.Api"_s << RetryClass::Throttled;
    QTest::newRow("503 Rejected.Throttling")
        << httpResult(503, errorBody("Rejected.Throttling")) << Kind::Service << u"Rejected.Throttling"_s
        << RetryClass::Throttled;
    QTest::newRow("400 InvalidTimeStamp.Expired")
        << httpResult(400, errorBody("InvalidTimeStamp.Expired")) << Kind::Service
        << u"InvalidTimeStamp.Expired"_s << RetryClass::ClockSkew;
    QTest::newRow("400 SignatureDoesNotMatch")
        << httpResult(400, errorBody("SignatureDoesNotMatch")) << Kind::Service << u"SignatureDoesNotMatch"_s
        << RetryClass::Never;
    QTest::newRow("404 InvalidAccessKeyId.NotFound")
        << httpResult(404, errorBody("InvalidAccessKeyId.NotFound")) << Kind::Service
        << u"InvalidAccessKeyId.NotFound"_s << RetryClass::Never;
    QTest::newRow("400 Forbidden.AccessKeyDisabled")
        << httpResult(400, errorBody("Forbidden.AccessKeyDisabled")) << Kind::Service
        << u"Forbidden.AccessKeyDisabled"_s << RetryClass::Never;
    QTest::newRow("500 with a permanent code") << httpResult(500, errorBody("MissingParameter"))
                                               << Kind::Service << u"MissingParameter"_s << RetryClass::Never;
    QTest::newRow("502 unknown code") << httpResult(502, errorBody("Gateway.Oops")) << Kind::Service
                                      << u"Gateway.Oops"_s << RetryClass::Transient;
    QTest::newRow("400 unknown code") << httpResult(400, errorBody("InvalidDate.Malformed")) << Kind::Service
                                      << u"InvalidDate.Malformed"_s << RetryClass::Never;
    QTest::newRow("502 HTML page") << httpResult(502, "<html><body>Bad Gateway</body></html>")
                                   << Kind::Malformed << QString() << RetryClass::Transient;
    QTest::newRow("429 plain text") << httpResult(429, "slow down") << Kind::Malformed << QString()
                                    << RetryClass::Throttled;
    QTest::newRow("404 HTML page") << httpResult(404, "<html>nope</html>") << Kind::Malformed << QString()
                                   << RetryClass::Never;
    QTest::newRow("500 JSON without Code")
        << httpResult(500, R"({"RequestId":"r"})") << Kind::Service << QString() << RetryClass::Transient;
    QTest::newRow("200 truncated JSON") << httpResult(200, R"({"RequestId":"r","data":{)") << Kind::Malformed
                                        << QString() << RetryClass::Never;
    QTest::newRow("302 redirect") << httpResult(302, {}) << Kind::Redirect << QString() << RetryClass::Never;
    QTest::newRow("connection refused") << transportResult(QNetworkReply::ConnectionRefusedError)
                                        << Kind::Network << QString() << RetryClass::Transient;
    QTest::newRow("reset / truncated") << transportResult(QNetworkReply::RemoteHostClosedError)
                                       << Kind::Network << QString() << RetryClass::Transient;
    QTest::newRow("Qt inactivity timeout") << transportResult(QNetworkReply::OperationCanceledError)
                                           << Kind::Timeout << QString() << RetryClass::Transient;
    QTest::newRow("our deadline") << transportResult(QNetworkReply::OperationCanceledError, Abort::Deadline)
                                  << Kind::Timeout << QString() << RetryClass::Transient;
    QTest::newRow("our body cap") << transportResult(QNetworkReply::OperationCanceledError, Abort::TooLarge)
                                  << Kind::TooLarge << QString() << RetryClass::Never;
    QTest::newRow("TLS handshake") << transportResult(QNetworkReply::SslHandshakeFailedError) << Kind::Tls
                                   << QString() << RetryClass::Never;
}

void TestErrorClassifier::attempt_mapsToKindCodeAndRetryClass()
{
    QFETCH(AttemptResult, result);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(RetryClass, retry);
    const Classification c = classifyAttempt(result);
    QCOMPARE(c.error.kind, kind);
    QCOMPARE(c.error.code, code);
    QCOMPARE(retryClassOf(c.error), retry);
    QVERIFY(c.error.message.size() < 200);
    if (result.httpStatus >= 400)
        QCOMPARE(c.error.httpStatus, result.httpStatus);
}

void TestErrorClassifier::serviceError_readsLowercaseAndNumericFields()
{
    const ApiError e =
        classifyAttempt(httpResult(400, R"({"code":"Forbidden.RAM","message":"no","requestId":"r-9"})"))
            .error;
    QCOMPARE(e.code, u"Forbidden.RAM"_s);
    QCOMPARE(e.message, u"no"_s);
    QCOMPARE(e.requestId, u"r-9"_s);
    const ApiError full = classifyAttempt(httpResult(503, errorBody("ServiceUnavailable"))).error;
    QCOMPARE(full.recommend, u"https://api.aliyun.com/troubleshoot?q=x"_s);
    QCOMPARE(full.requestId, u"req-1"_s);
    const ApiError numeric = classifyAttempt(httpResult(500, R"({"Code":500123})")).error;
    QCOMPARE(numeric.code, u"500123"_s);
}

void TestErrorClassifier::serviceError_redactsStringToSignInMessage()
{
    const ApiError e =
        classifyAttempt(
            httpResult(
                400,
                R"({"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAIsecretid%26Action%3DX"})"))
            .error;
    QCOMPARE(e.code, u"SignatureDoesNotMatch"_s);
    QVERIFY(e.message.startsWith(u"Specified signature is not matched"_s));
    QVERIFY2(!e.message.contains(u"LTAIsecretid"_s), qPrintable(e.message));
}

void TestErrorClassifier::serviceError_redactsRecommend()
{
    const QByteArray body = "{\"Code\":\"SignatureDoesNotMatch\",\"Recommend\":"
                            "\"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"
                            "&AccessKeyId=LTAIsecretid&AccessKeySecret=s3cr3tValue&product=Dm\"}";
    const ApiError e = classifyAttempt(httpResult(400, body)).error;
    QCOMPARE(e.recommend, u"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"
                          "&AccessKeyId=***&AccessKeySecret=***&product=Dm"_s);
}

void TestErrorClassifier::success_keepsBodyAndRequestId()
{
    const Classification c = classifyAttempt(httpResult(200, R"({"RequestId":"r-ok","NextStart":"n"})"));
    QVERIFY(!c.error.isError());
    QCOMPARE(c.error.requestId, u"r-ok"_s);
    QCOMPARE(c.body.value(u"NextStart"_s).toString(), u"n"_s);
}

void TestErrorClassifier::requestIdHeader_isFallback()
{
    AttemptResult r = httpResult(502, "<html>bad gateway</html>");
    r.requestIdHeader = "hdr-id";
    QCOMPARE(classifyAttempt(r).error.requestId, u"hdr-id"_s);
    r = httpResult(503, errorBody("ServiceUnavailable"));
    r.requestIdHeader = "hdr-id";
    QCOMPARE(classifyAttempt(r).error.requestId, u"req-1"_s); // the body wins
}

void TestErrorClassifier::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                 << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("extra spaces") << QByteArray(" Thu,  29 Apr 2021 01:22:03 GMT ")
                                  << QDateTime(QDate(2021, 4, 29), QTime(1, 22, 3), QTimeZone::utc());
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0800") << QDateTime();
    QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 28:49:37 GMT") << QDateTime();
}

void TestErrorClassifier::parseHttpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    QCOMPARE(sendtrail::parseHttpDate(header), expected);
}

void TestErrorClassifier::transportFailure_namesItsCause_data()
{
    using Cause = ApiError::Cause;
    using E = QSslError;
    QTest::addColumn<AttemptResult>("result");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<RetryClass>("retry");

    const auto tls = [](const QList<QSslError::SslError> &codes) {
        AttemptResult r = transportResult(QNetworkReply::SslHandshakeFailedError);
        r.sslErrorCodes = codes;
        return r;
    };
    QTest::newRow("refused") << transportResult(QNetworkReply::ConnectionRefusedError)
                             << Cause::ConnectionRefused << RetryClass::Transient;
    QTest::newRow("host not found") << transportResult(QNetworkReply::HostNotFoundError)
                                    << Cause::HostNotFound << RetryClass::Transient;
    QTest::newRow("proxy 407 is not retried")
        << transportResult(QNetworkReply::ProxyAuthenticationRequiredError) << Cause::ProxyAuthentication
        << RetryClass::Never;
    QTest::newRow("proxy refused") << transportResult(QNetworkReply::ProxyConnectionRefusedError)
                                   << Cause::Proxy << RetryClass::Transient;
    QTest::newRow("no usable proxy") << transportResult(QNetworkReply::ProxyNotFoundError) << Cause::Proxy
                                     << RetryClass::Transient;
    QTest::newRow("reset") << transportResult(QNetworkReply::RemoteHostClosedError) << Cause::Unspecified
                           << RetryClass::Transient;
    QTest::newRow("expired") << tls({E::CertificateExpired}) << Cause::CertificateExpired
                             << RetryClass::Never;
    QTest::newRow("not yet valid") << tls({E::CertificateNotYetValid}) << Cause::CertificateNotYetValid
                                   << RetryClass::Never;
    QTest::newRow("self-signed, and so for no host name")
        << tls({E::HostNameMismatch, E::SelfSignedCertificate}) << Cause::CertificateSelfSigned
        << RetryClass::Never;
    QTest::newRow("unknown issuer before expiry")
        << tls({E::CertificateExpired, E::UnableToGetLocalIssuerCertificate,
                E::UnableToVerifyFirstCertificate})
        << Cause::CertificateUntrusted << RetryClass::Never;
    QTest::newRow("wrong host name") << tls({E::HostNameMismatch}) << Cause::CertificateHostName
                                     << RetryClass::Never;
    QTest::newRow("handshake without certificate errors")
        << tls({}) << Cause::Unspecified << RetryClass::Never;
}

void TestErrorClassifier::transportFailure_namesItsCause()
{
    QFETCH(AttemptResult, result);
    const ApiError error = classifyAttempt(result).error;
    QTEST(error.cause, "cause");
    QTEST(retryClassOf(error), "retry");
}

void TestErrorClassifier::userText_namesThePeerAndTheFix_data()
{
    using Cause = ApiError::Cause;
    using Kind = ApiError::Kind;
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("phrases");

    QTest::newRow("refused") << Kind::Network << Cause::ConnectionRefused << u"127.0.0.1:9"_s
                             << QStringList{u"127.0.0.1:9"_s, u"refused"_s};
    QTest::newRow("host not found") << Kind::Network << Cause::HostNotFound << u"dm.example.invalid:443"_s
                                    << QStringList{u"Could not find the host dm.example.invalid:443"_s};
    QTest::newRow("proxy asks for a password")
        << Kind::Network << Cause::ProxyAuthentication << u"proxy.corp:3128"_s
        << QStringList{u"The proxy at proxy.corp:3128 asks for a user name and password"_s,
                       u"HTTPS_PROXY as http://user:password@proxy.corp:3128"_s};
    QTest::newRow("proxy unusable") << Kind::Network << Cause::Proxy << u"proxy.corp:3128"_s
                                    << QStringList{u"The proxy at proxy.corp:3128 could not be used"_s};
    QTest::newRow("no usable proxy") << Kind::Network << Cause::Proxy << QString()
                                     << QStringList{u"The configured proxy could not be used"_s,
                                                    u"HTTPS_PROXY"_s};
    QTest::newRow("expired") << Kind::Tls << Cause::CertificateExpired << u"dm.aliyuncs.com:443"_s
                             << QStringList{u"The server's certificate has expired"_s,
                                            u"dm.aliyuncs.com:443"_s};
    QTest::newRow("self-signed") << Kind::Tls << Cause::CertificateSelfSigned << u"dm.aliyuncs.com:443"_s
                                 << QStringList{
                                        u"is self-signed and not trusted"_s,
                                        u"add its CA certificate under Extra trusted CA certificates"_s,
                                        u"--ca-file"_s};
    QTest::newRow("untrusted") << Kind::Tls << Cause::CertificateUntrusted << u"dm.aliyuncs.com:443"_s
                               << QStringList{u"not trusted"_s, u"Extra trusted CA certificates"_s};
    QTest::newRow("host name") << Kind::Tls << Cause::CertificateHostName << u"dm.aliyuncs.com:443"_s
                               << QStringList{u"was issued for another host name than dm.aliyuncs.com:443"_s};
    QTest::newRow("other TLS failure") << Kind::Tls << Cause::Unspecified << u"dm.aliyuncs.com:443"_s
                                       << QStringList{u"could not be verified (boom)"_s};
}

void TestErrorClassifier::userText_namesThePeerAndTheFix()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(ApiError::Cause, cause);
    QFETCH(QString, peer);
    QFETCH(QStringList, phrases);

    ApiError error;
    error.kind = kind;
    error.cause = cause;
    error.peer = peer;
    error.message = u"boom"_s;
    const QString text = error.userText();
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"
