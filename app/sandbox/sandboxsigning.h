#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// The sandbox's own implementation of both Alibaba signatures. It deliberately shares no code
// with sendtrail_api's signer: the sandbox exists to check that signer independently.
namespace sendtrail::sandboxsigning {

using Params = QList<QPair<QByteArray, QByteArray>>; // decoded UTF-8 name/value pairs
using Headers = QList<QPair<QByteArray, QByteArray>>;

// RFC 3986: A-Z a-z 0-9 - _ . ~ stay, every other byte becomes %XY with uppercase hex.
QByteArray encode(const QByteArray &raw);
// "a=b&c=%20d": splits and percent-decodes; '+' decodes to a space as the gateway does.
Params decodeForm(const QByteArray &encoded);
// Sorted by name (then value), each side encoded, joined with '=' and '&'.
QByteArray canonicalQuery(Params params);

QByteArray v1StringToSign(const QByteArray &method, const Params &paramsWithoutSignature);
QByteArray v1Signature(const QByteArray &stringToSign, const QByteArray &secret); // base64

// signedHeaders: lowercase names with trimmed values, in the order they are to be emitted.
QByteArray v3CanonicalRequest(const QByteArray &method, const QByteArray &path,
                              const QByteArray &canonicalQuery, const Headers &signedHeaders,
                              const QByteArray &payloadHashHex);
QByteArray v3StringToSign(const QByteArray &canonicalRequest);
QByteArray v3Signature(const QByteArray &stringToSign, const QByteArray &secret); // lowercase hex

} // namespace sendtrail::sandboxsigning
