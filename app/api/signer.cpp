#include "signer.h"

#include "secretbytes.h"

#include <QCryptographicHash>
#include <QMap>
#include <algorithm>
#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr auto kV3Algorithm = "ACS3-HMAC-SHA256";

QByteArray hmac(const EVP_MD *digest, QByteArrayView key, QByteArrayView message)
{
    static const unsigned char kNoKey = 0; // libcrypto wants a pointer even for an empty key
    const void *keyData = key.isEmpty() ? static_cast<const void *>(&kNoKey) : key.data();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    if (!HMAC(digest, keyData, static_cast<int>(key.size()), data, static_cast<size_t>(message.size()), out,
              &outLength))
        qFatal("libcrypto HMAC failed"); // only on allocation failure or a missing digest
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLength));
}

// Later values replace earlier ones, like the SDK's object spreads ({...common, ...request.query}).
void setParam(QueryParams &params, const QString &name, const QString &value)
{
    for (auto &param : params) {
        if (param.first == name) {
            param.second = value;
            return;
        }
    }
    params.append({name, value});
}

void appendLowercase(HeaderList &target, const HeaderList &extra)
{
    for (const auto &[name, value] : extra)
        target.append({name.toLower(), value});
}

void setParams(QueryParams &target, const QueryParams &source)
{
    for (const auto &param : source)
        setParam(target, param.first, param.second);
}

// Form bodies use '+' for space; QByteArray::fromPercentEncoding does not know that.
QueryParams parseFormBody(const QByteArray &body)
{
    QueryParams fields;
    const auto pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        fields.append(
            {decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return fields;
}

QueryParams rpcSignedParams(const SignInput &input, const SigningKey &key)
{
    // Same keys and override order as openapi-core's doRPCRequest; it sends Format as lowercase "json".
    QueryParams params = {
        {u"Action"_s, input.action},
        {u"Format"_s, u"json"_s},
        {u"Version"_s, input.version},
        {u"Timestamp"_s, QString::fromLatin1(formatTimestamp(input.timestamp))},
        {u"SignatureNonce"_s, input.nonce},
    };
    if (!input.regionId.isEmpty())
        setParam(params, u"RegionId"_s, input.regionId);
    setParams(params, input.params);
    if (!key.securityToken.isEmpty())
        setParam(params, u"SecurityToken"_s, key.securityToken);
    setParam(params, u"SignatureMethod"_s, u"HMAC-SHA1"_s);
    setParam(params, u"SignatureVersion"_s, u"1.0"_s);
    setParam(params, u"AccessKeyId"_s, key.id);
    return params;
}

// base64(HMAC-SHA1(secret + "&", stringToSign)); the joined key lives in a cleansed buffer.
QByteArray rpcSignatureOf(const QByteArray &stringToSign, QByteArrayView secret)
{
    const SecretBytes key = SecretBytes(secret.data(), secret.size()).withSuffix('&');
    return hmac(EVP_sha1(), key.view(), stringToSign).toBase64();
}

SignedRequest signV1(const SignInput &input, const SigningKey &key)
{
    const QueryParams queryParams = rpcSignedParams(input, key);
    QueryParams signedParams = queryParams;
    if (!input.body.isEmpty())
        setParams(signedParams, parseFormBody(input.body));

    SignedRequest out;
    out.stringToSign = rpcStringToSign(input.method, signedParams);
    const QByteArray signature = rpcSignatureOf(out.stringToSign, key.secret);
    out.query = canonicalQuery(queryParams) + "&Signature=" + percentEncode(QString::fromLatin1(signature));
    // The SDK sends these on V1 too; none of them is signed.
    out.headers = {{"x-acs-version", input.version.toUtf8()}, {"x-acs-action", input.action.toUtf8()}};
    if (!input.host.isEmpty())
        out.headers.prepend({"host", input.host.toUtf8()});
    if (!input.body.isEmpty())
        out.headers.append({"content-type", input.contentType});
    appendLowercase(out.headers, input.extraHeaders);
    return out;
}

SignedRequest signV3(const SignInput &input, const SigningKey &key)
{
    const QByteArray payloadHash = QCryptographicHash::hash(input.body, QCryptographicHash::Sha256).toHex();
    HeaderList headers = {
        {"host", input.host.toUtf8()},
        {"x-acs-action", input.action.toUtf8()},
        {"x-acs-version", input.version.toUtf8()},
        {"x-acs-date", formatTimestamp(input.timestamp)},
        {"x-acs-signature-nonce", input.nonce.toUtf8()},
        {"x-acs-content-sha256", payloadHash},
    };
    if (!input.body.isEmpty())
        headers.append({"content-type", input.contentType});
    if (!key.securityToken.isEmpty()) {
        // openapi-core's doRequest adds both for STS credentials, and both are signed.
        headers.append({"x-acs-accesskey-id", key.id.toUtf8()});
        headers.append({"x-acs-security-token", key.securityToken.toUtf8()});
    }
    appendLowercase(headers, input.extraHeaders);

    SignedRequest out;
    out.query = canonicalQuery(input.params);
    const V3Signature sig = v3Sign(input.method, "/", out.query, headers, payloadHash, key.id, key.secret);
    out.stringToSign = sig.stringToSign;
    out.headers = headers;
    out.headers.append({"authorization", sig.authorization});
    return out;
}

} // namespace

QByteArray hmacSha1(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha1(), key, message);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha256(), key, message);
}

QByteArray percentEncode(const QString &value)
{
    // Qt leaves exactly the RFC 3986 unreserved set (ALPHA DIGIT - . _ ~) and emits uppercase hex.
    return value.toUtf8().toPercentEncoding();
}

QByteArray formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s).toLatin1();
}

QByteArray canonicalQuery(const QueryParams &params)
{
    QueryParams sorted = params;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &param : std::as_const(sorted)) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(param.first) + '=' + percentEncode(param.second);
    }
    return out;
}

QByteArray rpcStringToSign(const QByteArray &method, const QueryParams &params)
{
    return method + "&%2F&" + percentEncode(QString::fromLatin1(canonicalQuery(params)));
}

QByteArray rpcSignature(const QByteArray &method, const QueryParams &params, QByteArrayView secret)
{
    return rpcSignatureOf(rpcStringToSign(method, params), secret);
}

V3Signature v3Sign(const QByteArray &method, const QByteArray &canonicalUri, const QByteArray &canonicalQuery,
                   const HeaderList &headers, const QByteArray &payloadSha256Hex, const QString &accessKeyId,
                   QByteArrayView secret)
{
    QMap<QByteArray, QList<QByteArray>> signedValues; // sorted by lowercase name
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-") || lower == "host" || lower == "content-type")
            signedValues[lower].append(value.trimmed());
    }
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (auto it = signedValues.begin(); it != signedValues.end(); ++it) {
        std::sort(it->begin(), it->end());
        canonicalHeaders += it.key() + ':' + it->join(',') + '\n';
        names.append(it.key());
    }

    V3Signature out;
    out.signedHeaders = names.join(';');
    out.canonicalRequest = method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders +
                           '\n' + out.signedHeaders + '\n' + payloadSha256Hex;
    out.stringToSign = QByteArray(kV3Algorithm) + '\n' +
                       QCryptographicHash::hash(out.canonicalRequest, QCryptographicHash::Sha256).toHex();
    out.signature = hmacSha256(secret, out.stringToSign).toHex();
    out.authorization = QByteArray(kV3Algorithm) + " Credential=" + accessKeyId.toUtf8() +
                        ",SignedHeaders=" + out.signedHeaders + ",Signature=" + out.signature;
    return out;
}

SignedRequest signRequest(SignatureVersion version, const SignInput &input, const SigningKey &key)
{
    return version == SignatureVersion::V3 ? signV3(input, key) : signV1(input, key);
}

} // namespace sendtrail
