#include "errorclassifier.h"

#include "redact.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <optional>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString stringField(const QJsonObject &body, QLatin1StringView upper, QLatin1StringView lower)
{
    QJsonValue value = body.value(upper);
    if (value.isUndefined() || value.isNull())
        value = body.value(lower);
    // Some gateways send numeric codes (pop-core accepts Code 200).
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : value.toString();
}

bool isSuccessCode(const QString &code)
{
    return code.isEmpty() || code == "200"_L1 || code.compare("OK"_L1, Qt::CaseInsensitive) == 0 ||
           code.compare("Success"_L1, Qt::CaseInsensitive) == 0;
}

// Qt's own messages for HTTP errors embed the full URL, query and Signature included, so
// every message here is ours.
QString networkMessage(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"connection refused"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"the connection closed before the reply was complete"_s;
    case QNetworkReply::HostNotFoundError:
        return u"host not found"_s;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return u"the network is unavailable"_s;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return u"the proxy failed"_s;
    default:
        return u"network error %1"_s.arg(int(error));
    }
}

ApiError::Cause networkCause(QNetworkReply::NetworkError error)
{
    using Cause = ApiError::Cause;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Cause::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Cause::HostNotFound;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Cause::ProxyAuthentication;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Cause::Proxy;
    default:
        return Cause::Unspecified;
    }
}

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int e = int(error);
    // 201-299 content errors, 301-399 protocol errors, 401-499 server errors: all derived
    // from the status line, so the body is still worth reading.
    return (e > 200 && e < 300) || (e > 300 && e < 400) || (e > 400 && e < 500);
}

ApiError make(ApiError::Kind kind, const QString &message, int status = 0)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

std::optional<ApiError> transportError(const AttemptResult &r)
{
    using Abort = AttemptResult::Abort;
    if (r.abort == Abort::TooLarge)
        return make(ApiError::Kind::TooLarge, u"the reply body exceeded the size limit"_s, r.httpStatus);
    if (r.abort == Abort::Deadline)
        return make(ApiError::Kind::Timeout, u"no complete reply within the deadline"_s, r.httpStatus);
    switch (r.networkError) {
    case QNetworkReply::NoError:
        return std::nullopt;
    case QNetworkReply::OperationCanceledError: // we did not abort, so Qt's inactivity timer did
    case QNetworkReply::TimeoutError:
        return make(ApiError::Kind::Timeout, u"the server stopped sending data"_s, r.httpStatus);
    case QNetworkReply::SslHandshakeFailedError: {
        ApiError error = make(ApiError::Kind::Tls,
                              r.sslErrors.isEmpty() ? u"TLS handshake failed"_s : r.sslErrors.join(u"; "_s));
        error.cause = certificateCause(r.sslErrorCodes);
        return error;
    }
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return make(ApiError::Kind::Redirect, u"redirect refused"_s, r.httpStatus);
    case QNetworkReply::UnknownContentError:
        if (r.httpStatus < 400) // e.g. "Decompression failed"
            return make(ApiError::Kind::Malformed, u"the compressed body could not be decoded"_s,
                        r.httpStatus);
        return std::nullopt;
    default:
        if (r.httpStatus >= 400 && isHttpStatusError(r.networkError))
            return std::nullopt;
        ApiError error = make(ApiError::Kind::Network, networkMessage(r.networkError), r.httpStatus);
        error.cause = networkCause(r.networkError);
        return error;
    }
}

QString describeUnparsable(const QByteArray &body, const QJsonParseError &parseError)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    if (start.isEmpty())
        return u"empty body"_s;
    if (start.startsWith("<!doctype html") || start.contains("<html"))
        return u"an HTML page instead of JSON"_s;
    if (start.startsWith('<'))
        return u"markup instead of JSON"_s;
    if (parseError.error != QJsonParseError::NoError)
        return u"invalid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
    return u"JSON that is not an object"_s;
}

Classification classifyHttp(const AttemptResult &r)
{
    Classification out;
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        out.error = make(ApiError::Kind::Redirect, u"HTTP %1 redirect (not followed)"_s.arg(r.httpStatus),
                         r.httpStatus);
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString what = describeUnparsable(r.body, parseError);
        out.error =
            make(ApiError::Kind::Malformed,
                 r.httpStatus >= 400 ? u"HTTP %1 with %2"_s.arg(r.httpStatus).arg(what) : what, r.httpStatus);
        return out;
    }
    out.body = doc.object();
    out.error = serviceError(r.httpStatus, out.body);
    if (!out.error.isError() && (r.httpStatus < 200 || r.httpStatus >= 300))
        out.error = make(ApiError::Kind::Service, u"HTTP %1"_s.arg(r.httpStatus), r.httpStatus);
    return out;
}

} // namespace

ApiError::Cause certificateCause(const QList<QSslError::SslError> &errors)
{
    using Cause = ApiError::Cause;
    // The order a person should fix them in: trust first (an untrusted chain makes the rest moot),
    // then the dates, then the name.
    static const std::pair<QSslError::SslError, Cause> ranked[] = {
        {QSslError::SelfSignedCertificate, Cause::CertificateSelfSigned},
        {QSslError::SelfSignedCertificateInChain, Cause::CertificateUntrusted},
        {QSslError::UnableToGetLocalIssuerCertificate, Cause::CertificateUntrusted},
        {QSslError::UnableToGetIssuerCertificate, Cause::CertificateUntrusted},
        {QSslError::UnableToVerifyFirstCertificate, Cause::CertificateUntrusted},
        {QSslError::CertificateUntrusted, Cause::CertificateUntrusted},
        {QSslError::CertificateExpired, Cause::CertificateExpired},
        {QSslError::CertificateNotYetValid, Cause::CertificateNotYetValid},
        {QSslError::HostNameMismatch, Cause::CertificateHostName},
    };
    for (const auto &[code, cause] : ranked) {
        if (errors.contains(code))
            return cause;
    }
    return Cause::Unspecified;
}

ApiError serviceError(int httpStatus, const QJsonObject &body)
{
    ApiError error;
    error.code = stringField(body, "Code"_L1, "code"_L1);
    error.requestId = stringField(body, "RequestId"_L1, "requestId"_L1);
    const bool statusOk = httpStatus >= 200 && httpStatus < 300;
    const bool successCode = isSuccessCode(error.code);
    if (successCode)
        error.code.clear();
    if (statusOk && successCode)
        return error; // kind None; the RequestId is still useful to the caller
    error.kind = ApiError::Kind::Service;
    error.httpStatus = httpStatus;
    // SignatureDoesNotMatch echoes the server's string to sign, AccessKeyId included.
    error.message = redactText(stringField(body, "Message"_L1, "message"_L1));
    error.recommend = redactText(body.value("Recommend"_L1).toString()); // a link that may quote the request
    if (error.message.isEmpty() && error.code.isEmpty())
        error.message = u"HTTP %1"_s.arg(httpStatus);
    return error;
}

Classification classifyAttempt(const AttemptResult &result)
{
    Classification out;
    if (auto error = transportError(result))
        out.error = *error;
    else if (result.httpStatus == 0)
        out.error = make(ApiError::Kind::Network, u"no HTTP status received"_s);
    else
        out = classifyHttp(result);
    if (out.error.requestId.isEmpty())
        out.error.requestId = QString::fromLatin1(result.requestIdHeader);
    return out;
}

RetryClass retryClassOf(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.cause == ApiError::Cause::ProxyAuthentication)
        return RetryClass::Never; // the same request meets the same 407
    if (error.kind == Kind::Network || error.kind == Kind::Timeout)
        return RetryClass::Transient;
    if (error.kind != Kind::Service && error.kind != Kind::Malformed)
        return RetryClass::Never;

    const QString &code = error.code;
    static const QLatin1StringView permanent[] = {
        "SignatureDoesNotMatch"_L1, "InvalidAccessKeyId"_L1,  "Forbidden"_L1,          "InvalidParameter"_L1,
        "MissingParameter"_L1,      "IncompleteSignature"_L1, "SignatureNonceUsed"_L1,
    };
    for (QLatin1StringView prefix : permanent) {
        if (code.startsWith(prefix))
            return RetryClass::Never;
    }
    if (code == "InvalidTimeStamp.Expired"_L1)
        return RetryClass::ClockSkew;
    if (code.contains("Throttling"_L1, Qt::CaseInsensitive))
        return RetryClass::Throttled;
    if (code.startsWith("ServiceUnavailable"_L1) || code.startsWith("InternalError"_L1))
        return RetryClass::Transient;
    if (error.httpStatus == 429)
        return RetryClass::Throttled;
    return error.httpStatus >= 500 ? RetryClass::Transient : RetryClass::Never;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": parse the pieces ourselves, as QDateTime::fromString
    // would read them in local time.
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 6 || (parts[5] != "GMT" && parts[5] != "UTC"))
        return {};
    static const QByteArray months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (parts[2] == months[i])
            month = i + 1;
    }
    const QDate date(parts[3].toInt(), month, parts[1].toInt());
    const QTime time = QTime::fromString(QString::fromLatin1(parts[4]), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace sendtrail
