// Every class of failure says what happened in words and offers the one action that helps.
#include "present/erroradvice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

Q_DECLARE_METATYPE(sendtrail::ApiError::ServiceCause)
Q_DECLARE_METATYPE(sendtrail::ErrorAdvice::Remedy)

namespace {

ApiError serviceError(const QString &code, int status = 400, const QString &message = {})
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.requestId = u"REQ-1"_s;
    return error;
}

ApiError transportError(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    error.message = u"Connection refused"_s;
    return error;
}

} // namespace

class TestErrorAdvice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceCodes_mapToCauseRemedyAndWords_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<ApiError::ServiceCause>("cause");
        QTest::addColumn<ErrorAdvice::Remedy>("remedy");
        QTest::addColumn<QString>("says");
        using C = ApiError::ServiceCause;
        using R = ErrorAdvice::Remedy;
        const QString sts =
            u"Specified signature is not matched with our calculation. server string to sign is:GET&%2F&x"_s;
        QTest::newRow("wrong secret")
            << serviceError(u"SignatureDoesNotMatch"_s, 400, sts) << C::WrongSecret << R::EditProfile
            << u"The AccessKey secret does not match this AccessKey ID"_s;
        QTest::newRow("incomplete signature") << serviceError(u"IncompleteSignature"_s) << C::WrongSecret
                                              << R::EditProfile << u"Edit the profile"_s;
        QTest::newRow("unknown key (404)")
            << serviceError(u"InvalidAccessKeyId.NotFound"_s, 404) << C::UnknownKey << R::EditProfile
            << u"does not know this AccessKey ID"_s;
        QTest::newRow("disabled key") << serviceError(u"Forbidden.AccessKeyDisabled"_s, 403) << C::DisabledKey
                                      << R::EditProfile << u"This AccessKey is disabled"_s;
        QTest::newRow("inactive key") << serviceError(u"InvalidAccessKeyId.Inactive"_s) << C::DisabledKey
                                      << R::EditProfile << u"RAM console"_s;
        QTest::newRow("expired STS token") << serviceError(u"InvalidSecurityToken.Expired"_s) << C::BadToken
                                           << R::EditProfile << u"security token"_s;
        QTest::newRow("RAM denial") << serviceError(u"Forbidden.RAM"_s, 403) << C::Permission << R::CopyPolicy
                                    << u"dm:SenderStatisticsDetailByParam"_s;
        QTest::newRow("clock") << serviceError(u"InvalidTimeStamp.Expired"_s) << C::ClockSkew << R::Retry
                               << u"clock"_s;
        QTest::newRow("throttled") << serviceError(u"Throttling.User"_s) << C::Throttled << R::Retry
                                   << u"rate limit"_s;
        QTest::newRow("503 with code") << serviceError(u"ServiceUnavailable"_s, 503) << C::Unavailable
                                       << R::Retry << u"temporarily unavailable"_s;
        QTest::newRow("503 without code")
            << serviceError({}, 503) << C::Unavailable << R::Retry << u"temporarily unavailable"_s;
        QTest::newRow("500") << serviceError(u"InternalError"_s, 500) << C::ServerFault << R::Retry
                             << u"internal error"_s;
        QTest::newRow("unknown 4xx code: the request is at fault")
            << serviceError(u"InvalidParameter"_s, 400, u"bad"_s) << C::Other << R::None
            << u"InvalidParameter"_s;
        QTest::newRow("unknown 5xx code")
            << serviceError(u"Oops"_s, 502, u"gateway"_s) << C::Other << R::Retry << u"gateway"_s;
        QTest::newRow("network") << transportError(ApiError::Kind::Network) << C::Other << R::Retry
                                 << u"Could not reach the service"_s;
        QTest::newRow("timeout") << transportError(ApiError::Kind::Timeout) << C::Other << R::Retry
                                 << u"did not answer in time"_s;
        QTest::newRow("untrusted certificate: the profile's CAs can help")
            << transportError(ApiError::Kind::Tls) << C::Other << R::EditProfile << u"secure connection"_s;
        QTest::newRow("redirect: retrying cannot help")
            << transportError(ApiError::Kind::Redirect) << C::Other << R::None << u"redirect"_s;
        QTest::newRow("cancelled") << transportError(ApiError::Kind::Cancelled) << C::Other << R::None
                                   << u"Cancelled"_s;
    }

    void serviceCodes_mapToCauseRemedyAndWords()
    {
        QFETCH(ApiError, error);
        QFETCH(ApiError::ServiceCause, cause);
        QFETCH(ErrorAdvice::Remedy, remedy);
        QFETCH(QString, says);
        QCOMPARE(error.serviceCause(), cause);
        const ErrorAdvice advice = ErrorAdvice::forError(error);
        QCOMPARE(advice.remedy, remedy);
        QVERIFY2(advice.text.contains(says), qPrintable(advice.text));
        QCOMPARE(advice.copyText.isEmpty(), remedy != ErrorAdvice::Remedy::CopyPolicy);
    }

    void wrongSecret_hidesTheServersStringToSign_butKeepsCodeAndRequestId()
    {
        const ApiError error = serviceError(
            u"SignatureDoesNotMatch"_s, 400,
            u"Specified signature is not matched with our calculation. server string to sign is:GET&%2F&A"_s);
        const QString text = error.userText();
        QVERIFY2(!text.contains(u"string to sign"_s), qPrintable(text));
        QVERIFY(text.contains(u"(SignatureDoesNotMatch)"_s));
        QVERIFY(text.contains(u"REQ-1"_s));
    }

    void retryNotice_namesTheReasonTheCountAndTheWait_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<int>("retry");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("throttled") << serviceError(u"Throttling.User"_s) << 2 << 2500
                                   << u"Waiting for the service's rate limit: retry 2 of 5 in 3 s"_s;
        QTest::newRow("503") << serviceError(u"ServiceUnavailable"_s, 503) << 1 << 200
                             << u"The service is temporarily unavailable: retry 1 of 5 in 1 s"_s;
        QTest::newRow("reset") << transportError(ApiError::Kind::Network) << 3 << 1000
                               << u"The connection failed: retry 3 of 5 in 1 s"_s;
    }

    void retryNotice_namesTheReasonTheCountAndTheWait()
    {
        QFETCH(ApiError, error);
        QFETCH(int, retry);
        QFETCH(int, delayMs);
        QFETCH(QString, expected);
        QCOMPARE(ErrorAdvice::retryNotice(error, retry, 5, delayMs), expected);
    }
};

QTEST_GUILESS_MAIN(TestErrorAdvice)
#include "tst_erroradvice.moc"
