#include "sandboxsigning.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace sendtrail::sandboxsigning {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

QByteArray formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

} // namespace

QByteArray encode(const QByteArray &raw)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3);
    for (char c : raw) {
        if (isUnreserved(c)) {
            out.append(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out.append('%').append(hex[byte >> 4]).append(hex[byte & 0xF]);
    }
    return out;
}

Params decodeForm(const QByteArray &encoded)
{
    Params params;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            params.append({formDecode(part), QByteArray()});
        else
            params.append({formDecode(part.left(eq)), formDecode(part.mid(eq + 1))});
    }
    return params;
}

QByteArray canonicalQuery(Params params)
{
    std::sort(params.begin(), params.end());
    QList<QByteArray> pairs;
    pairs.reserve(params.size());
    for (const auto &[name, value] : params)
        pairs.append(encode(name) + '=' + encode(value));
    return pairs.join('&');
}

QByteArray v1StringToSign(const QByteArray &method, const Params &paramsWithoutSignature)
{
    return method + '&' + encode("/") + '&' + encode(canonicalQuery(paramsWithoutSignature));
}

QByteArray v1Signature(const QByteArray &stringToSign, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret + '&', QCryptographicHash::Sha1).toBase64();
}

QByteArray v3CanonicalRequest(const QByteArray &method, const QByteArray &path,
                              const QByteArray &canonicalQuery, const Headers &signedHeaders,
                              const QByteArray &payloadHashHex)
{
    QByteArray headerLines;
    QList<QByteArray> names;
    for (const auto &[name, value] : signedHeaders) {
        headerLines += name + ':' + value + '\n';
        names.append(name);
    }
    return method + '\n' + path + '\n' + canonicalQuery + '\n' + headerLines + '\n' + names.join(';') + '\n' +
           payloadHashHex;
}

QByteArray v3StringToSign(const QByteArray &canonicalRequest)
{
    return "ACS3-HMAC-SHA256\n" +
           QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray v3Signature(const QByteArray &stringToSign, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha256).toHex();
}

} // namespace sendtrail::sandboxsigning
