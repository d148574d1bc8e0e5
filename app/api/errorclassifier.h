#pragma once

#include "apierror.h"
#include "replyreader.h"

#include <QDateTime>
#include <QJsonObject>

namespace sendtrail {

// How the retry loop should treat a failed attempt.
enum class RetryClass
{
    Never,     // permanent: credentials, permissions, parameters, TLS, redirects, ...
    Transient, // network errors, timeouts, 5xx, ServiceUnavailable, InternalError
    Throttled, // Throttling* codes and HTTP 429: longer base delay
    ClockSkew, // InvalidTimeStamp.Expired: correct the clock from the Date header, retry once
};

struct Classification
{
    ApiError error;   // kind == None on success
    QJsonObject body; // the parsed object when the body was JSON
};

// Turns one attempt into success or an ApiError. The decision keys on the service Code, not
// on the HTTP status: a 2xx carrying an error Code is an error, and only bodies without JSON
// fall back to the status.
Classification classifyAttempt(const AttemptResult &result);

// Reads Code/code, Message/message, RequestId/requestId and Recommend from a JSON body.
// Returns kind None when the body is a success.
ApiError serviceError(int httpStatus, const QJsonObject &body);

RetryClass retryClassOf(const ApiError &error);

// The one certificate problem worth naming among a failed handshake's errors.
ApiError::Cause certificateCause(const QList<QSslError::SslError> &errors);

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid QDateTime otherwise.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace sendtrail
