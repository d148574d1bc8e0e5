#include "apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// ApiError is a plain struct (no Q_OBJECT); this gives lupdate and the runtime the same context.
struct ApiErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ApiError)
};

bool isPermissionCode(const QString &code)
{
    // "Forbidden" alone is the DM code for a RAM denial; the gateway's own spellings vary.
    return code == "Forbidden"_L1 || code.startsWith("Forbidden.RAM"_L1) ||
           code.startsWith("NoPermission"_L1) || code.startsWith("Forbidden.NoPermission"_L1) ||
           code.contains("NotAuthorized"_L1) || code == "Forbidden.Unauthorized"_L1;
}

QString serviceCauseText(ApiError::ServiceCause cause)
{
    switch (cause) {
    case ApiError::ServiceCause::WrongSecret:
        return ApiErrorTr::tr(
            "The AccessKey secret does not match this AccessKey ID. Edit the profile and enter the "
            "secret again.");
    case ApiError::ServiceCause::UnknownKey:
        return ApiErrorTr::tr(
            "The service does not know this AccessKey ID: it was deleted or mistyped, or its "
            "security token expired. Edit the profile and enter a current AccessKey.");
    case ApiError::ServiceCause::DisabledKey:
        return ApiErrorTr::tr(
            "This AccessKey is disabled. Enable it in the RAM console, or edit the profile to use "
            "another AccessKey.");
    case ApiError::ServiceCause::BadToken:
        return ApiErrorTr::tr(
            "The security token is invalid or has expired. Edit the profile and enter a new "
            "token.");
    case ApiError::ServiceCause::ClockSkew:
        return ApiErrorTr::tr(
            "This computer's clock differs from the service's by more than 15 minutes. Correct "
            "the system time and try again.");
    case ApiError::ServiceCause::Throttled:
        return ApiErrorTr::tr(
            "The service's rate limit was still exceeded after several retries. Wait a minute and "
            "try again, or run fewer queries at once.");
    case ApiError::ServiceCause::Unavailable:
        return ApiErrorTr::tr("The service is temporarily unavailable. Try again in a few minutes.");
    case ApiError::ServiceCause::ServerFault:
        return ApiErrorTr::tr(
            "The service had an internal error. Try again; if it persists, give the RequestId to "
            "Alibaba Cloud support.");
    case ApiError::ServiceCause::Other:
    case ApiError::ServiceCause::Permission:
        break;
    }
    return {};
}

// The sentence for a transport cause; empty when the cause has no sentence of its own.
QString causeText(ApiError::Cause cause, const QString &peer, const QString &message)
{
    using Cause = ApiError::Cause;
    const QString where = peer.isEmpty() ? ApiErrorTr::tr("the endpoint") : peer;
    const QString caAdvice = ApiErrorTr::tr(
        "If your company inspects TLS traffic, add its CA certificate under Extra trusted CA certificates in "
        "the profile (or pass --ca-file PEM).");
    switch (cause) {
    case Cause::Unspecified:
        return {};
    case Cause::ConnectionRefused:
        return ApiErrorTr::tr(
                   "Could not connect to %1: the connection was refused. Check the endpoint address "
                   "and port, and that the service is running.")
            .arg(where);
    case Cause::HostNotFound:
        return ApiErrorTr::tr("Could not find the host %1. Check the endpoint address and your network.")
            .arg(where);
    case Cause::ProxyAuthentication:
        return ApiErrorTr::tr("The proxy at %1 asks for a user name and password: put them in HTTPS_PROXY as "
                              "http://user:password@%1.")
            .arg(where);
    case Cause::Proxy:
        if (peer.isEmpty())
            return ApiErrorTr::tr(
                       "The configured proxy could not be used (%1). Check HTTPS_PROXY, NO_PROXY or "
                       "the system's proxy settings.")
                .arg(message);
        return ApiErrorTr::tr("The proxy at %1 could not be used (%2). Check HTTPS_PROXY, NO_PROXY or the "
                              "system's proxy settings.")
            .arg(peer, message);
    case Cause::CertificateExpired:
        return ApiErrorTr::tr("The server's certificate has expired, so the connection to %1 was refused.")
            .arg(where);
    case Cause::CertificateNotYetValid:
        return ApiErrorTr::tr(
                   "The server's certificate for %1 is not valid yet. Check this computer's date and "
                   "time.")
            .arg(where);
    case Cause::CertificateSelfSigned:
        return ApiErrorTr::tr("The server's certificate for %1 is self-signed and not trusted.").arg(where) +
               u' ' + caAdvice;
    case Cause::CertificateUntrusted:
        return ApiErrorTr::tr("The server's certificate for %1 was issued by a certificate authority that is "
                              "not trusted.")
                   .arg(where) +
               u' ' + caAdvice;
    case Cause::CertificateHostName:
        return ApiErrorTr::tr("The server's certificate was issued for another host name than %1. Check the "
                              "endpoint address.")
            .arg(where);
    }
    return {};
}

} // namespace

ApiError::ServiceCause ApiError::serviceCause() const
{
    if (kind != Kind::Service)
        return ServiceCause::Other;
    if (code == "SignatureDoesNotMatch"_L1 || code == "IncompleteSignature"_L1)
        return ServiceCause::WrongSecret;
    if (code == "InvalidAccessKeyId.NotFound"_L1 || code == "InvalidAccessKeyId"_L1)
        return ServiceCause::UnknownKey;
    if (code == "Forbidden.AccessKeyDisabled"_L1 || code == "InvalidAccessKeyId.Inactive"_L1)
        return ServiceCause::DisabledKey;
    if (code.startsWith("InvalidSecurityToken"_L1))
        return ServiceCause::BadToken;
    if (isPermissionCode(code))
        return ServiceCause::Permission;
    if (code.startsWith("InvalidTimeStamp.Expired"_L1))
        return ServiceCause::ClockSkew;
    if (code.contains("Throttling"_L1))
        return ServiceCause::Throttled;
    if (code == "ServiceUnavailable"_L1 || (code.isEmpty() && httpStatus == 503))
        return ServiceCause::Unavailable;
    if (code == "InternalError"_L1 || (code.isEmpty() && httpStatus == 500))
        return ServiceCause::ServerFault;
    return ServiceCause::Other;
}

ApiError ApiError::notConnected()
{
    ApiError error;
    error.kind = Kind::Validation;
    error.message = ApiErrorTr::tr("No connection to the service is set up.");
    return error;
}

QString ApiError::userText() const
{
    QString text = (kind == Kind::Network || kind == Kind::Tls) ? causeText(cause, peer, message) : QString();
    if (text.isEmpty())
        text = kindText();
    if (kind == Kind::None || kind == Kind::Cancelled || kind == Kind::Validation)
        return text;
    if (!requestId.isEmpty())
        text += u' ' + ApiErrorTr::tr("RequestId: %1").arg(requestId);
    if (!recommend.isEmpty())
        text += u' ' + ApiErrorTr::tr("Diagnosis: %1").arg(recommend);
    return text;
}

QString ApiError::kindText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Service:
        if (const QString specific = serviceCauseText(serviceCause()); !specific.isEmpty()) {
            text = code.isEmpty() ? specific : specific + u" ("_s + code + u')';
            break;
        }
        text = code.isEmpty() ? ApiErrorTr::tr("The service refused the request (HTTP %1): %2.")
                                    .arg(httpStatus)
                                    .arg(message.isEmpty() ? ApiErrorTr::tr("no message") : message)
                              : ApiErrorTr::tr("The service refused the request: %1 (%2).")
                                    .arg(message.isEmpty() ? ApiErrorTr::tr("no message") : message, code);
        break;
    case Kind::Network:
        text = ApiErrorTr::tr("Could not reach the service: %1. Check your network connection and try again.")
                   .arg(message);
        break;
    case Kind::Timeout:
        text = ApiErrorTr::tr("The service did not answer in time. Try again, or narrow the time range.");
        break;
    case Kind::Cancelled:
        return ApiErrorTr::tr("Cancelled.");
    case Kind::Malformed:
        text =
            ApiErrorTr::tr(
                "The service sent a reply Sendtrail cannot read (%1). Try again; if it persists, check the "
                "endpoint.")
                .arg(message);
        break;
    case Kind::TooLarge:
        text = ApiErrorTr::tr(
            "The service sent a reply larger than allowed; it was discarded. Try a smaller page size.");
        break;
    case Kind::Redirect:
        text = ApiErrorTr::tr(
            "The endpoint answered with a redirect, which Sendtrail does not follow. Check the "
            "endpoint address.");
        break;
    case Kind::Tls:
        text = ApiErrorTr::tr(
                   "The secure connection could not be verified (%1). Check the endpoint and the system's "
                   "certificates.")
                   .arg(message);
        break;
    case Kind::Validation:
        return message;
    case Kind::Paging:
        text = ApiErrorTr::tr(
            "The service repeated a page marker, so paging was stopped to avoid an endless loop.");
        break;
    }
    return text;
}

} // namespace sendtrail
