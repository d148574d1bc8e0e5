#pragma once

#include "apitypes.h"

namespace sendtrail {

// Everything that goes into one signature. Pure data: time and nonce are inputs, so the
// signer is a pure function and every retry can be re-signed with fresh values.
struct SignInput
{
    QByteArray method = "POST";
    QString host;           // exactly the Host header that will be sent (host[:port])
    QString action;         // e.g. SenderStatisticsDetailByParam
    QString version = QString::fromLatin1(kDirectMailVersion);
    QString regionId;       // V1 only; empty = not sent
    QueryParams params;     // operation parameters
    QDateTime timestamp;    // UTC
    QString nonce;
    QByteArray body;        // normally empty: the SDK sends operation params in the query
};

struct SignedRequest
{
    QByteArray query;                               // RFC 3986 encoded query string, no leading '?'
    QList<QPair<QByteArray, QByteArray>> headers;   // lowercase names; Authorization for V3
    QByteArray stringToSign;                        // for tests and the sandbox's diagnostics; never log
};

// RFC 3986: unreserved characters stay, everything else becomes %XY (uppercase), UTF-8.
QByteArray percentEncode(const QString &value);

SignedRequest signRequest(SignatureVersion version, const SignInput &input, const AccessKey &key);

} // namespace sendtrail
