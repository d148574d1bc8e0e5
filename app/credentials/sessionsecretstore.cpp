#include "sessionsecretstore.h"

#include "api/secretbytes.h"

#include <QPointer>
#include <QTimer>

namespace sendtrail {

SessionSecretStore::~SessionSecretStore()
{
    clear();
}

void SessionSecretStore::read(const QString &key, QObject *context, Handler handler)
{
    Result result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        result.error = CredentialError::notFound();
    else
        result.secret = QByteArray(it->constData(), it->size()); // a deep copy the reader owns alone
    deliverLater(context, std::move(handler), std::move(result));
}

void SessionSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                               Handler handler)
{
    forget(key);
    // A deep copy we own, so wiping it cannot touch the caller's buffer (and vice versa).
    m_secrets.insert(key, QByteArray(secret.constData(), secret.size()));
    deliverLater(context, std::move(handler), {});
}

void SessionSecretStore::remove(const QString &key, QObject *context, Handler handler)
{
    forget(key);
    deliverLater(context, std::move(handler), {});
}

void SessionSecretStore::clear()
{
    for (auto &secret : m_secrets)
        wipeBytes(secret);
    m_secrets.clear();
}

void SessionSecretStore::forget(const QString &key)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return;
    wipeBytes(*it);
    m_secrets.erase(it);
}

void SessionSecretStore::deliverLater(QObject *context, Handler handler, Result result)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(
        0, this, [hasContext, guard, handler = std::move(handler), result = std::move(result)]() mutable {
            if (!hasContext || guard)
                handler(result);
            wipeBytes(result.secret); // whatever the handler left
        });
}

} // namespace sendtrail
