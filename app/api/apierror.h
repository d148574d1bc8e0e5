#pragma once

#include <QMetaType>
#include <QString>

namespace sendtrail {

struct ApiError
{
    enum class Kind
    {
        None,
        Service,    // the service answered with a Code
        Network,    // connection refused, reset, DNS, truncated body
        Timeout,    // inactivity timeout or overall deadline
        Cancelled,  // the caller cancelled
        Malformed,  // body is not the JSON we expect (HTML error page, truncated JSON...)
        TooLarge,   // body exceeded the cap
        Redirect,   // 3xx: never followed
        Tls,        // certificate or handshake failure
        Validation, // rejected before sending
        Paging,     // NextStart repeated
    };

    // What exactly failed, for Network and Tls errors, so the text can name it.
    enum class Cause
    {
        Unspecified,
        ConnectionRefused,
        HostNotFound,
        ProxyAuthentication, // the proxy answered 407
        Proxy,               // the proxy refused, closed, timed out or was not found
        CertificateExpired,
        CertificateNotYetValid,
        CertificateSelfSigned,
        CertificateUntrusted, // issued by a CA that is neither a system CA nor an extra one
        CertificateHostName,  // issued for another host name
    };

    Kind kind = Kind::None;
    Cause cause = Cause::Unspecified;
    QString peer; // "host:port" the cause concerns: the endpoint, or the proxy for proxy causes
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString recommend;
    QString action; // the API action the failed call was for, e.g. SenderStatisticsDetailByParam

    // For Service errors, what went wrong as far as the advice a person needs goes. The service's
    // Code decides it, not the HTTP status: the gateway answers the same Code with different statuses.
    enum class ServiceCause
    {
        Other,
        WrongSecret, // SignatureDoesNotMatch: the secret is not this AccessKey ID's
        UnknownKey,  // InvalidAccessKeyId.NotFound: deleted, mistyped, or an expired STS token
        DisabledKey, // Forbidden.AccessKeyDisabled / InvalidAccessKeyId.Inactive
        BadToken,    // InvalidSecurityToken.*: the STS token is wrong or expired
        Permission,  // a RAM denial (see PermissionAdvice)
        ClockSkew,   // InvalidTimeStamp.Expired after the one skew-corrected retry
        Throttled,   // Throttling*: retries ran out
        Unavailable, // 503 / ServiceUnavailable
        ServerFault, // 500 / InternalError
    };

    bool isError() const { return kind != Kind::None; }
    ServiceCause serviceCause() const;
    // One sentence a person can act on, including Code and RequestId when present.
    QString userText() const;
    // Refused before sending: there is no client (no profile active yet, or it was destroyed).
    static ApiError notConnected();

private:
    QString kindText() const; // the sentence for the kind alone
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ApiError)
