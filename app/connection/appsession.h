#pragma once

#include "api/clock.h"
#include "connection.h"
#include "credentials/credentialerror.h"
#include "credentials/profile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

namespace sendtrail {

class ProfileCredentials;
class ProfileStore;
class SecretStore;

// What offerEnvironmentProfile did: the session-only profile it added, or why it added none.
struct EnvironmentProfileOffer
{
    QString name; // empty when the key could not be used
    QString note; // why not, or that the region fell back to cn-hangzhou; empty otherwise

    bool ok() const { return !name.isEmpty(); }
};

// What the desktop app shares between its windows: the network client, the saved profiles
// (settings + system keychain) and the session-only ones (memory only), and which profile is
// active. Everything asynchronous: the UI thread never waits on the keychain or the network.
class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    enum class KeychainState
    {
        Unknown,
        Available,
        Unavailable
    };
    Q_ENUM(KeychainState)

    // secretStore: the persistent store; null means the system keychain (tests pass a fake).
    explicit AppSession(QObject *parent = nullptr, SecretStore *secretStore = nullptr);
    ~AppSession() override;

    Connection *connection() const { return m_connection; }
    ApiClient *client() const { return m_connection->client(); }
    QNetworkAccessManager *network() const { return m_connection->network(); }
    Clock *clock() const { return m_connection->clock(); }
    NonceSource *nonces() const { return m_connection->nonces(); }

    QStringList profileNames() const; // saved first, then session-only
    std::optional<Profile> profile(const QString &name) const;
    bool isSessionOnly(const QString &name) const;
    ProfileCredentials *savedProfiles() const { return m_saved.get(); }
    ProfileCredentials *sessionProfiles() const { return m_session.get(); }
    ProfileCredentials *credentialsFor(const QString &name) const;

    // Loads the secret and configures client(); ends in profileActivated or activationFailed.
    void activate(const QString &name);
    std::optional<Profile> activeProfile() const { return m_active; }
    static QString regionText(const Profile &profile);

    // When ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET are set (the variables the official SDKs and
    // the CLI read): adds a session-only profile "environment" (another free name if a saved one
    // has it) with that key, ALIBABA_CLOUD_SECURITY_TOKEN if set, and ALIBABA_CLOUD_REGION_ID if
    // Direct Mail has that region, else cn-hangzhou. Its secret goes to the session store only,
    // never to the keychain. Returns false, calling nothing, when the environment holds no key;
    // otherwise `done` runs once, from the event loop, unless `context` is destroyed first.
    bool offerEnvironmentProfile(const QProcessEnvironment &environment, QObject *context,
                                 std::function<void(const EnvironmentProfileOffer &offer)> done);

    KeychainState keychainState() const { return m_keychainState; }
    QString keychainProblem() const { return m_keychainProblem; }
    // Asks the keychain for an entry that does not exist: "not found" means it answers.
    void probeKeychain();

Q_SIGNALS:
    void profilesChanged();
    void profileActivated(const sendtrail::Profile &profile);
    void activationFailed(const QString &name, const QString &message);
    void keychainProbed(sendtrail::AppSession::KeychainState state);

private:
    QString freeProfileName(const QString &base) const;

    Connection *m_connection;
    // Session-only profiles (names, key IDs, endpoints; never secrets) live here until exit: a
    // private folder in XDG_RUNTIME_DIR, which is memory-backed (tmpfs) on current desktops.
    QTemporaryDir m_sessionDir;
    std::unique_ptr<ProfileStore> m_savedStore;
    std::unique_ptr<ProfileStore> m_sessionStore;
    SecretStore *m_keychain;
    SecretStore *m_memory;
    std::unique_ptr<ProfileCredentials> m_saved;
    std::unique_ptr<ProfileCredentials> m_session;
    std::optional<Profile> m_active;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainProblem;
    QObject *m_activationContext = nullptr; // the latest activate()'s; destroyed to cancel it
};

} // namespace sendtrail
