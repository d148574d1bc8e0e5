#include "secretstore.h"

#include "blockingwait.h"

namespace sendtrail {

void SecretStore::readSecret(const QString &key)
{
    read(key, this, [this, key](const Result &result) {
        if (result.ok())
            Q_EMIT secretRead(key, result.secret);
        else
            Q_EMIT secretFailed(key, Operation::Read, *result.error);
    });
}

void SecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    write(key, secret, this, [this, key](const Result &result) {
        if (result.ok())
            Q_EMIT secretWritten(key);
        else
            Q_EMIT secretFailed(key, Operation::Write, *result.error);
    });
}

void SecretStore::removeSecret(const QString &key)
{
    remove(key, this, [this, key](const Result &result) {
        if (result.ok())
            Q_EMIT secretRemoved(key);
        else
            Q_EMIT secretFailed(key, Operation::Remove, *result.error);
    });
}

SecretStore::Result readSecretBlocking(SecretStore &store, const QString &key)
{
    return waitFor<SecretStore::Result>(
        [&](SecretStore::Handler done) { store.read(key, nullptr, std::move(done)); });
}

SecretStore::Result writeSecretBlocking(SecretStore &store, const QString &key, const QByteArray &secret)
{
    return waitFor<SecretStore::Result>(
        [&](SecretStore::Handler done) { store.write(key, secret, nullptr, std::move(done)); });
}

SecretStore::Result removeSecretBlocking(SecretStore &store, const QString &key)
{
    return waitFor<SecretStore::Result>(
        [&](SecretStore::Handler done) { store.remove(key, nullptr, std::move(done)); });
}

} // namespace sendtrail
