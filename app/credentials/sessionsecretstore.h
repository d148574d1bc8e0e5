#pragma once

#include "secretstore.h"

#include <QHash>

namespace sendtrail {

// Secrets kept in process memory only, for session-only profiles when no system keychain is
// usable. Nothing is ever written to disk; values are zeroed when replaced, removed or destroyed.
// Results are delivered from the event loop like a real keychain, so callers need no special case.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~SessionSecretStore() override;

    bool isPersistent() const override { return false; }
    void read(const QString &key, QObject *context, Handler handler) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler) override;
    void remove(const QString &key, QObject *context, Handler handler) override;

    void clear();

private:
    void deliverLater(QObject *context, Handler handler, Result result);
    void forget(const QString &key);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace sendtrail
