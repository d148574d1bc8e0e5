#include "apierror.h"

#include <QCoreApplication>

namespace sendtrail {

namespace {

// ApiError is a plain struct (no Q_OBJECT); this gives lupdate and the runtime the same context.
struct ApiErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ApiError)
};

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
