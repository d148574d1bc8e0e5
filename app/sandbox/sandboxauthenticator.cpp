#include "sandboxauthenticator.h"

#include "sandboxsigning.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

using sandboxsigning::Params;
constexpr QLatin1StringView kVersion("2015-11-23");

struct V3Authorization
{
    QByteArray algorithm;
    QByteArray credential;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

V3Authorization parseAuthorization(const QByteArray &value)
{
    V3Authorization parsed;
    const qsizetype space = value.indexOf(' ');
    parsed.algorithm = value.left(space);
    for (const QByteArray &rawPart : value.mid(space + 1).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = part.left(eq).trimmed();
        const QByteArray field = eq < 0 ? QByteArray() : part.mid(eq + 1).trimmed();
        if (name == "Credential")
            parsed.credential = field;
        else if (name == "SignedHeaders")
            parsed.signedHeaders = field.isEmpty() ? QList<QByteArray>() : field.toLower().split(';');
        else if (name == "Signature")
            parsed.signature = field;
    }
    return parsed;
}

const SandboxAccessKey *findKey(const QList<SandboxAccessKey> &keys, const QString &id)
{
    for (const SandboxAccessKey &key : keys) {
        if (!id.isEmpty() && key.id == id)
            return &key;
    }
    return nullptr;
}

std::optional<SandboxError> checkClock(const QByteArray &stamp, const QDateTime &now)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    const QString text = QString::fromUtf8(stamp);
    const QDateTime sent = QDateTime::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !sent.isValid())
        return sandboxerrors::timestampMalformed();
    if (qAbs(sent.secsTo(now)) > SandboxAuthenticator::kMaxSkewSeconds)
        return sandboxerrors::timestampExpired();
    return std::nullopt;
}

std::optional<SandboxError> checkToken(const SandboxAccessKey &key, const QByteArray &sent)
{
    if (key.securityToken.isEmpty())
        return std::nullopt;
    if (sent.isEmpty())
        return sandboxerrors::securityTokenMissing();
    if (QString::fromUtf8(sent) != key.securityToken)
        return sandboxerrors::securityTokenMismatch();
    return std::nullopt;
}

Params requestParams(const SandboxHttpRequest &request)
{
    Params params = sandboxsigning::decodeForm(request.rawQuery);
    const QByteArray type = request.header("content-type").toLower();
    if (type.startsWith("application/x-www-form-urlencoded"))
        params += sandboxsigning::decodeForm(request.body);
    return params;
}

QByteArray firstValue(const Params &params, QByteArrayView name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

QList<QPair<QString, QString>> operationParams(const Params &params, const QList<QByteArray> &common)
{
    QList<QPair<QString, QString>> result;
    for (const auto &[key, value] : params) {
        if (!common.contains(key))
            result.append({QString::fromUtf8(key), QString::fromUtf8(value)});
    }
    return result;
}

std::optional<SandboxError> checkV3Signature(const SandboxHttpRequest &request, const V3Authorization &auth,
                                             const SandboxAccessKey &key)
{
    QList<QByteArray> names = auth.signedHeaders;
    std::sort(names.begin(), names.end());
    if (!names.contains("host"))
        return sandboxerrors::incompleteSignature(u"The host header must be signed."_s);
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (name.startsWith("x-acs-") && !names.contains(name))
            return sandboxerrors::incompleteSignature(
                u"Header %1 is not signed."_s.arg(QString::fromLatin1(name)));
    }
    sandboxsigning::Headers signedHeaders;
    for (const QByteArray &name : names)
        signedHeaders.append({name, request.header(name)});
    const QByteArray payloadHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    const QByteArray query = sandboxsigning::canonicalQuery(sandboxsigning::decodeForm(request.rawQuery));
    const QByteArray canonical =
        sandboxsigning::v3CanonicalRequest(request.method, request.path, query, signedHeaders, payloadHash);
    const QByteArray stringToSign = sandboxsigning::v3StringToSign(canonical);
    if (sandboxsigning::v3Signature(stringToSign, key.secret) != auth.signature.toLower())
        return sandboxerrors::signatureMismatch(stringToSign);
    return std::nullopt;
}

std::optional<SandboxError> missingV3Header(const SandboxHttpRequest &request)
{
    for (const char *name : {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                             "x-acs-content-sha256"}) {
        if (request.header(name).isEmpty())
            return sandboxerrors::missingParameter(QString::fromLatin1(name));
    }
    return std::nullopt;
}

} // namespace

SandboxAuthResult SandboxAuthenticator::authenticate(const SandboxHttpRequest &request,
                                                     const QList<SandboxAccessKey> &keys,
                                                     const QDateTime &nowUtc)
{
    if (request.header("authorization").startsWith("ACS3-"))
        return authenticateV3(request, keys, nowUtc);
    return authenticateV1(request, keys, nowUtc);
}

SandboxAuthResult SandboxAuthenticator::authenticateV3(const SandboxHttpRequest &request,
                                                       const QList<SandboxAccessKey> &keys,
                                                       const QDateTime &nowUtc)
{
    SandboxAuthResult result;
    result.call.signature = SandboxSignature::V3;
    if ((result.error = missingV3Header(request)))
        return result;
    result.call.action = QString::fromUtf8(request.header("x-acs-action"));
    result.call.version = QString::fromUtf8(request.header("x-acs-version"));
    const V3Authorization auth = parseAuthorization(request.header("authorization"));
    const SandboxAccessKey *key = findKey(keys, QString::fromUtf8(auth.credential));
    auto firstError = [&]() -> std::optional<SandboxError> {
        if (result.call.version != kVersion)
            return sandboxerrors::invalidVersion();
        if (auth.algorithm != "ACS3-HMAC-SHA256")
            return sandboxerrors::signatureMethodInvalid();
        if (auth.credential.isEmpty() || auth.signedHeaders.isEmpty() || auth.signature.isEmpty())
            return sandboxerrors::incompleteSignature(
                u"Credential, SignedHeaders and Signature are required."_s);
        if (!key)
            return sandboxerrors::unknownAccessKey();
        if (auto error = checkClock(request.header("x-acs-date"), nowUtc))
            return error;
        if (auto error = checkV3Signature(request, auth, *key))
            return error;
        const QString nonce = QString::fromUtf8(request.header("x-acs-signature-nonce"));
        if (auto error = consumeNonce(key->id, nonce, nowUtc.toSecsSinceEpoch()))
            return error;
        return checkToken(*key, request.header("x-acs-security-token"));
    };
    result.error = firstError();
    if (key)
        result.call.accessKeyId = key->id;
    result.call.params = operationParams(requestParams(request), {});
    return result;
}

SandboxAuthResult SandboxAuthenticator::authenticateV1(const SandboxHttpRequest &request,
                                                       const QList<SandboxAccessKey> &keys,
                                                       const QDateTime &nowUtc)
{
    static const QList<QByteArray> required = {"AccessKeyId",     "Action",         "Signature",
                                               "SignatureMethod", "SignatureNonce", "SignatureVersion",
                                               "Timestamp",       "Version"};
    static const QList<QByteArray> common =
        required + QList<QByteArray>{"Format", "SecurityToken", "RegionId"};
    SandboxAuthResult result;
    result.call.signature = SandboxSignature::V1;
    Params params = requestParams(request);
    result.wantsXml = firstValue(params, "Format").toLower() != "json";
    result.call.params = operationParams(params, common);
    for (const QByteArray &name : required) {
        if (firstValue(params, name).isEmpty()) {
            result.error = sandboxerrors::missingParameter(QString::fromLatin1(name));
            return result;
        }
    }
    result.call.action = QString::fromUtf8(firstValue(params, "Action"));
    result.call.version = QString::fromUtf8(firstValue(params, "Version"));
    const SandboxAccessKey *key = findKey(keys, QString::fromUtf8(firstValue(params, "AccessKeyId")));
    const QByteArray signature = firstValue(params, "Signature");
    params.removeIf([](const auto &pair) { return pair.first == "Signature"; });
    result.error = verifyV1(request, params, key, signature, nowUtc);
    if (key)
        result.call.accessKeyId = key->id;
    return result;
}

std::optional<SandboxError> SandboxAuthenticator::verifyV1(const SandboxHttpRequest &request,
                                                           const QList<QPair<QByteArray, QByteArray>> &params,
                                                           const SandboxAccessKey *key,
                                                           const QByteArray &signature,
                                                           const QDateTime &nowUtc)
{
    if (firstValue(params, "Version") != kVersion.latin1())
        return sandboxerrors::invalidVersion();
    if (!key)
        return sandboxerrors::unknownAccessKey();
    if (firstValue(params, "SignatureMethod") != "HMAC-SHA1" ||
        firstValue(params, "SignatureVersion") != "1.0")
        return sandboxerrors::signatureMethodInvalid();
    if (auto error = checkClock(firstValue(params, "Timestamp"), nowUtc))
        return error;
    const QByteArray stringToSign = sandboxsigning::v1StringToSign(request.method, params);
    if (sandboxsigning::v1Signature(stringToSign, key->secret) != signature)
        return sandboxerrors::signatureMismatch(stringToSign);
    const QString nonce = QString::fromUtf8(firstValue(params, "SignatureNonce"));
    if (auto error = consumeNonce(key->id, nonce, nowUtc.toSecsSinceEpoch()))
        return error;
    return checkToken(*key, firstValue(params, "SecurityToken"));
}

std::optional<SandboxError> SandboxAuthenticator::consumeNonce(const QString &keyId, const QString &nonce,
                                                               qint64 now)
{
    while (!m_nonceOrder.isEmpty() && m_nonceOrder.head().first <= now - kNonceWindowSeconds) {
        const auto expired = m_nonceOrder.dequeue();
        if (m_nonces.value(expired.second) == expired.first)
            m_nonces.remove(expired.second);
    }
    const QString key = keyId + u'\n' + nonce;
    const auto seen = m_nonces.constFind(key);
    if (seen != m_nonces.cend() && qAbs(now - *seen) < kNonceWindowSeconds)
        return sandboxerrors::nonceUsed();
    m_nonces.insert(key, now);
    m_nonceOrder.enqueue({now, key});
    return std::nullopt;
}

} // namespace sendtrail
