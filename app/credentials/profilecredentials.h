#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QObject>
#include <functional>
#include <optional>

namespace sendtrail {

class ProfileStore;

// Everything needed to call the API for one profile.
struct ResolvedProfile
{
    Profile profile;
    AccessKey key; // id, secret, and securityToken when profile.hasSecurityToken
    QUrl endpoint; // effectiveEndpoint(profile)

    void wipe(); // zero the secret and token buffers (see wipeBytes) once they are no longer needed
};

struct ProfileOutcome
{
    QList<ProfileFieldError> fieldErrors;           // validation, unknown profile, settings file
    std::optional<CredentialError> credentialError; // the secret store failed

    bool ok() const { return fieldErrors.isEmpty() && !credentialError; }
    QString message() const; // one line per problem, for the user
};

struct ProfileLoadResult
{
    std::optional<ResolvedProfile> resolved;
    ProfileOutcome outcome;
};

// Keeps ProfileStore (settings) and a SecretStore (keychain or session memory) consistent:
// - add/update write the secret (and STS token) first and touch the settings only if that worked,
//   so a keychain failure leaves nothing half-saved;
// - remove deletes the keychain entries first and keeps the profile if that failed (unless
//   `force`), so no orphaned secret is left behind silently.
// Handlers follow SecretStore's rules: exactly once, from the event loop, unless `context` dies.
class ProfileCredentials final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ProfileOutcome &outcome)>;
    // Non-const so the key can be moved on: result.resolved->key.secret is its only reference.
    using Loaded = std::function<void(ProfileLoadResult &result)>;

    ProfileCredentials(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }

    // securityToken must be non-empty exactly when profile.hasSecurityToken.
    void addProfile(const Profile &profile, const QByteArray &secret, const QByteArray &securityToken,
                    QObject *context, Done done);
    // std::nullopt keeps the stored secret/token. Turning hasSecurityToken off deletes the token.
    void updateProfile(const Profile &profile, const std::optional<QByteArray> &secret,
                       const std::optional<QByteArray> &securityToken, QObject *context, Done done);
    void removeProfile(const QString &name, bool force, QObject *context, Done done);
    void loadProfile(const QString &name, QObject *context, Loaded loaded);

private:
    struct Step
    {
        QString key;
        std::optional<QByteArray> value; // nullopt = remove
    };
    void runSteps(QList<Step> steps,
                  const std::function<void(const std::optional<CredentialError> &)> &finish);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

// CLI only: the same operations, spinning a local QEventLoop until they finish.
ProfileOutcome addProfileBlocking(ProfileCredentials &credentials, const Profile &profile,
                                  const QByteArray &secret, const QByteArray &securityToken);
ProfileOutcome removeProfileBlocking(ProfileCredentials &credentials, const QString &name, bool force);
ProfileLoadResult loadProfileBlocking(ProfileCredentials &credentials, const QString &name);

} // namespace sendtrail
