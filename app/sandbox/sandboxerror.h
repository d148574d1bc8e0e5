#pragma once

#include <QByteArray>
#include <QString>

namespace sendtrail {

// One failure as the gateway reports it: HTTP status plus the Code/Message of the JSON body.
struct SandboxError
{
    int httpStatus = 400;
    QString code;
    QString message;
    qint64 retryAfterMs = -1; // >= 0: sent as x-acs-retry-after (milliseconds, as the SDK reads it)
};

namespace sandboxerrors {

SandboxError badRequest(const QString &code, const QString &message);
SandboxError missingParameter(const QString &name);
SandboxError invalidParameter(const QString &message);
SandboxError invalidVersion();
SandboxError invalidAction();
SandboxError unknownAccessKey();
SandboxError timestampMalformed();
SandboxError timestampExpired();
SandboxError incompleteSignature(const QString &detail);
SandboxError signatureMethodInvalid();
SandboxError signatureMismatch(const QByteArray &serverStringToSign);
SandboxError nonceUsed();
SandboxError securityTokenMissing();
SandboxError securityTokenMismatch();
SandboxError throttledByUser(qint64 retryAfterMs);
SandboxError throttled(qint64 retryAfterMs);
SandboxError serviceUnavailable();
SandboxError invalidAddressNotFound();

} // namespace sandboxerrors
} // namespace sendtrail
