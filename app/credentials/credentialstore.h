#pragma once

#include "secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace sendtrail {

// The one keychain service name for Sendtrail's entries (libsecret attribute "server").
inline constexpr auto kKeychainService = "io.github.sendtrail";
inline constexpr std::chrono::milliseconds kDefaultKeychainTimeout{10'000};

// SecretStore over QtKeychain (libsecret/Secret Service, or KWallet on KDE).
//
// Every job is bounded by a timeout: with libsecret, callbacks only arrive through the GLib event
// dispatcher, and KWallet's open() waits up to 24 days for an unlock. A timed-out job is abandoned,
// not deleted: libsecret keeps a raw pointer to it until its callback runs, so it deletes itself
// when (if) it finishes. QtKeychain runs jobs one at a time, so a hung job delays later ones,
// which then time out as well. Destroying the store drops the handlers of pending jobs.
// insecureFallback (plaintext QSettings) is always off: it would write secrets in clear.
class CredentialStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    CredentialStore(const QString &service, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isPersistent() const override { return true; }
    void read(const QString &key, QObject *context, Handler handler) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler) override;
    void remove(const QString &key, QObject *context, Handler handler) override;

private:
    void run(QKeychain::Job *job, const QString &key, QObject *context, Handler handler);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace sendtrail
