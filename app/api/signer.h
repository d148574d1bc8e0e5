#pragma once

#include "apitypes.h"

namespace sendtrail {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Everything that goes into one signature. Pure data: time and nonce are inputs, so the
// signer is a pure function and every retry can be re-signed with fresh values.
struct SignInput
{
    QByteArray method = "POST";
    QString host;   // exactly the Host header that will be sent (host[:port])
    QString action; // e.g. SenderStatisticsDetailByParam
    QString version = QString::fromLatin1(kDirectMailVersion);
    QString regionId;    // V1 only; empty = not sent
    QueryParams params;  // operation parameters
    QDateTime timestamp; // UTC
    QString nonce;
    QByteArray body; // normally empty: the SDK sends operation params in the query
    // Sent and signed only with a non-empty body. V1 treats the body as a form and signs its fields.
    QByteArray contentType = "application/x-www-form-urlencoded";
    // Extra headers sent as given (e.g. x-acs-retry-attempts); V3 signs the x-acs-* ones.
    HeaderList extraHeaders;
};

// What signing needs of an AccessKey. `secret` is a view of a buffer the caller owns and wipes
// (ApiClient's SecretBytes); the signer copies it nowhere but into libcrypto, which cleanses it.
struct SigningKey
{
    QString id;
    QByteArrayView secret;
    QString securityToken; // STS, optional
};

struct SignedRequest
{
    QByteArray query;        // RFC 3986 encoded query string, no leading '?'
    HeaderList headers;      // lowercase names; Authorization for V3
    QByteArray stringToSign; // for tests and the sandbox's diagnostics; never log
};

// RFC 3986: unreserved characters stay, everything else becomes %XY (uppercase), UTF-8.
QByteArray percentEncode(const QString &value);

SignedRequest signRequest(SignatureVersion version, const SignInput &input, const SigningKey &key);

// --- Building blocks, exported so tests can hit published vectors exactly. ---

// UTC "yyyy-MM-ddTHH:mm:ssZ", no milliseconds (Timestamp and x-acs-date).
QByteArray formatTimestamp(const QDateTime &time);

// Params sorted by name (UTF-16 order, like the SDK's Object.keys().sort()), each name and value
// percent-encoded, joined as name=value&... ; an empty value gives "name=".
QByteArray canonicalQuery(const QueryParams &params);

// V1: METHOD&%2F&enc(canonicalQuery(params)). The method is used verbatim (the SDK test signs with "").
QByteArray rpcStringToSign(const QByteArray &method, const QueryParams &params);
// V1: base64(HMAC-SHA1(secret + "&", rpcStringToSign(...))).
QByteArray rpcSignature(const QByteArray &method, const QueryParams &params, QByteArrayView secret);

struct V3Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign; // "ACS3-HMAC-SHA256\n" + hex(sha256(canonicalRequest))
    QByteArray signedHeaders;
    QByteArray signature; // lowercase hex
    QByteArray authorization;
};

// V3 over an already canonical query. Only host, content-type and x-acs-* headers are signed
// (names lowercased, values trimmed, repeated names joined with ',' like the SDK).
V3Signature v3Sign(const QByteArray &method, const QByteArray &canonicalUri, const QByteArray &canonicalQuery,
                   const HeaderList &headers, const QByteArray &payloadSha256Hex, const QString &accessKeyId,
                   QByteArrayView secret);

// HMACs by libcrypto (it cleanses its copies of the key, unlike QMessageAuthenticationCode).
QByteArray hmacSha1(QByteArrayView key, QByteArrayView message);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

} // namespace sendtrail
