#pragma once

#include "api/apitypes.h"
#include "credentials/profile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sendtrail {

class Connection;
class ProfileCredentials;
class ProfileStore;
class SecretStore;

// Where to connect and with which key: a saved profile (secret from its store), or an endpoint
// with the key in the environment variables the official SDKs read.
struct ConnectionSpec
{
    QString profileName; // empty: endpoint + ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET[/SECURITY_TOKEN]
    QUrl endpoint;       // with a profile: replaces the profile's endpoint when set
    QString regionId;    // with a profile: replaces the profile's region when set
    std::optional<SignatureVersion> signatureVersion; // default: the profile's, else V3
    int maxAttempts = 0;                              // 0: the client's default
    QStringList caFiles; // PEM files of CAs trusted besides the system's and the profile's (--ca-file)
};

struct ConnectionOutcome
{
    enum class Problem
    {
        None,
        NoCredentials, // the environment holds no key: a usage error
        Profile,       // unknown or invalid profile, or its secret store failed
    };
    Problem problem = Problem::None;
    QString message;                // for the user, when problem != None
    std::optional<Profile> profile; // the profile used (never a secret)

    bool ok() const { return problem == Problem::None; }
};

// The one way the app and the CLI turn "a profile" or "an endpoint plus environment credentials"
// into a configured Connection. Never blocks: the keychain answers through the event loop.
class ConnectionFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFactory)

public:
    using Opened = std::function<void(const ConnectionOutcome &outcome)>;

    // Saved profiles: the user's settings and the system keychain, made on first use.
    explicit ConnectionFactory(QObject *parent = nullptr);
    ConnectionFactory(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionFactory() override;

    // `done` runs exactly once, from the event loop, unless `context` is destroyed first.
    void open(const ConnectionSpec &spec, Connection *connection, QObject *context, Opened done);

    // The same with the profiles of `credentials` (the app keeps saved and session-only ones).
    static void openProfile(ProfileCredentials *credentials, const ConnectionSpec &spec,
                            Connection *connection, QObject *context, Opened done);

    // The key from ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET and _SECURITY_TOKEN; nullopt without both.
    static std::optional<AccessKey> keyFromEnvironment(const QProcessEnvironment &env);

private:
    ProfileCredentials *credentials();

    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<ProfileCredentials> m_credentials;
};

} // namespace sendtrail
