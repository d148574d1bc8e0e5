#pragma once

#include "credentialerror.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace sendtrail {

// Where secrets live: the system keychain (CredentialStore) or process memory for session-only
// profiles (SessionSecretStore). The app and the CLI hold a SecretStore* and switch freely.
//
// Two equivalent APIs:
//  - callbacks: read/write/remove(key, context, handler). The handler runs exactly once, always
//    later from the event loop (never inside the call), unless `context` is destroyed first
//    (a null context means "always deliver").
//  - signals: readSecret/writeSecret/removeSecret emit secretRead/secretWritten/secretRemoved or
//    secretFailed.
// Removing a key that does not exist succeeds.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    struct Result
    {
        std::optional<CredentialError> error;
        // Only for a successful read; the store hands over its only reference, so a handler can
        // std::move it on and wipeBytes() whatever it keeps.
        QByteArray secret;

        bool ok() const { return !error.has_value(); }
    };
    // Non-const so the secret can be moved out (a copy would be a second, unwiped owner).
    using Handler = std::function<void(Result &result)>;

    using QObject::QObject;

    // True when secrets outlive the process.
    virtual bool isPersistent() const = 0;

    virtual void read(const QString &key, QObject *context, Handler handler) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler) = 0;
    virtual void remove(const QString &key, QObject *context, Handler handler) = 0;

    void readSecret(const QString &key);
    void writeSecret(const QString &key, const QByteArray &secret);
    void removeSecret(const QString &key);

Q_SIGNALS:
    void secretRead(const QString &key, const QByteArray &secret);
    void secretWritten(const QString &key);
    void secretRemoved(const QString &key);
    void secretFailed(const QString &key, sendtrail::SecretStore::Operation operation,
                      const sendtrail::CredentialError &error);
};

// For the CLI only (the GUI uses the asynchronous API): run one operation and spin a local
// QEventLoop until it has finished. Every CredentialStore job is bounded by its timeout, so these
// always return. Requires a QCoreApplication.
SecretStore::Result readSecretBlocking(SecretStore &store, const QString &key);
SecretStore::Result writeSecretBlocking(SecretStore &store, const QString &key, const QByteArray &secret);
SecretStore::Result removeSecretBlocking(SecretStore &store, const QString &key);

} // namespace sendtrail
