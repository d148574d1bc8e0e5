#pragma once

#include "sandboxerror.h"
#include "sandboxoptions.h"
#include "sandboxrequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QQueue>
#include <QString>
#include <optional>

namespace sendtrail {

enum class SandboxSignature
{
    V3,
    V1
};

// What an authenticated request asks for.
struct SandboxCall
{
    SandboxSignature signature = SandboxSignature::V3;
    QString accessKeyId;
    QString action;
    QString version;
    QList<QPair<QString, QString>> params; // operation parameters only, decoded
};

struct SandboxAuthResult
{
    std::optional<SandboxError> error;
    SandboxCall call;
    bool wantsXml = false; // V1 without Format=JSON: the real service answers XML, errors too
};

// Checks a request the way the gateway does: required parameters, Version, key, clock skew,
// the recomputed signature, nonce reuse and the STS token. Remembers nonces for 31 minutes.
class SandboxAuthenticator final
{
public:
    static constexpr qint64 kMaxSkewSeconds = qint64(15) * 60;
    static constexpr qint64 kNonceWindowSeconds = qint64(31) * 60;

    SandboxAuthResult authenticate(const SandboxHttpRequest &request, const QList<SandboxAccessKey> &keys,
                                   const QDateTime &nowUtc);

private:
    SandboxAuthResult authenticateV3(const SandboxHttpRequest &request, const QList<SandboxAccessKey> &keys,
                                     const QDateTime &nowUtc);
    SandboxAuthResult authenticateV1(const SandboxHttpRequest &request, const QList<SandboxAccessKey> &keys,
                                     const QDateTime &nowUtc);
    std::optional<SandboxError> verifyV1(const SandboxHttpRequest &request,
                                         const QList<QPair<QByteArray, QByteArray>> &params,
                                         const SandboxAccessKey *key, const QByteArray &signature,
                                         const QDateTime &nowUtc);
    std::optional<SandboxError> consumeNonce(const QString &keyId, const QString &nonce, qint64 now);

    QHash<QString, qint64> m_nonces;
    QQueue<QPair<qint64, QString>> m_nonceOrder;
};

} // namespace sendtrail
