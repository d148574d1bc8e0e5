#include "sandboxerror.h"

using namespace Qt::StringLiterals;

namespace sendtrail::sandboxerrors {

namespace {

SandboxError make(int status, const QString &code, const QString &message)
{
    return SandboxError{status, code, message, -1};
}

} // namespace

SandboxError badRequest(const QString &code, const QString &message)
{
    return make(400, code, message);
}

// Codes and wording follow the gateway messages quoted in docs/reference (direct-mail-api.md §5).
SandboxError missingParameter(const QString &name)
{
    return make(
        400, u"MissingParameter"_s,
        u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s.arg(
            name));
}

SandboxError invalidParameter(const QString &message)
{
    return make(400, u"InvalidParameter"_s, message);
}

SandboxError invalidVersion()
{
    return make(400, u"InvalidVersion"_s, u"Specified parameter Version is not valid."_s);
}

SandboxError invalidAction()
{
    return make(404, u"InvalidAction.NotFound"_s,
                u"Specified api is not found, please check your url and method."_s);
}

SandboxError unknownAccessKey()
{
    return make(404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s);
}

SandboxError timestampMalformed()
{
    return make(400, u"InvalidTimeStamp.Format"_s,
                u"Specified time stamp or date value is not well formatted."_s);
}

SandboxError timestampExpired()
{
    return make(400, u"InvalidTimeStamp.Expired"_s, u"Specified time stamp or date value is expired."_s);
}

SandboxError incompleteSignature(const QString &detail)
{
    return make(400, u"IncompleteSignature"_s,
                u"The request signature does not conform to Aliyun standards. %1"_s.arg(detail));
}

SandboxError signatureMethodInvalid()
{
    return make(400, u"InvalidSignatureMethod"_s, u"Specified signature method is not valid."_s);
}

SandboxError signatureMismatch(const QByteArray &serverStringToSign)
{
    return make(400, u"SignatureDoesNotMatch"_s,
                u"Specified signature is not matched with our calculation. server string to sign is:"_s +
                    QString::fromUtf8(serverStringToSign));
}

SandboxError nonceUsed()
{
    return make(400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s);
}

SandboxError securityTokenMissing()
{
    return make(400, u"MissingSecurityToken"_s, u"SecurityToken is mandatory for this access key."_s);
}

SandboxError securityTokenMismatch()
{
    return make(400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
                u"Specified SecurityToken mismatch with the AccessKey."_s);
}

SandboxError throttledByUser(qint64 retryAfterMs)
{
    SandboxError error = make(400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s);
    error.retryAfterMs = retryAfterMs;
    return error;
}

SandboxError throttled(qint64 retryAfterMs)
{
    SandboxError error = make(400, u"Throttling"_s, u"Request was denied due to request throttling."_s);
    error.retryAfterMs = retryAfterMs;
    return error;
}

SandboxError serviceUnavailable()
{
    return make(503, u"ServiceUnavailable"_s,
                u"The request has failed due to a temporary failure of the server."_s);
}

// DeleteInvalidAddress's code and message, HTTP 400 as in the service's error table.
SandboxError invalidAddressNotFound()
{
    return make(400, u"InvalidAddress.NotFound"_s,
                u"The invalid address is not in the invalid address database."_s);
}

} // namespace sendtrail::sandboxerrors
