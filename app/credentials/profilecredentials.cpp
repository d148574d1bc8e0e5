#include "profilecredentials.h"

#include "api/secretbytes.h"
#include "blockingwait.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ProfileCredentialsTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ProfileCredentials)
};

ProfileFieldError noSuchProfile(const QString &name)
{
    return {u"name"_s, ProfileCredentialsTr::tr("There is no profile named “%1”.").arg(name)};
}

// Wraps a handler so it runs only while its context is alive (null context: always).
template <typename Handler> auto guarded(QObject *context, Handler handler)
{
    const bool hasContext = context != nullptr;
    return [hasContext, guard = QPointer<QObject>(context), handler = std::move(handler)](auto &&value) {
        if (!hasContext || guard)
            handler(value);
    };
}

} // namespace

void ResolvedProfile::wipe()
{
    wipeBytes(key.secret);
    wipeText(key.securityToken);
}

QString ProfileOutcome::message() const
{
    QStringList lines;
    for (const auto &error : fieldErrors)
        lines.append(error.message);
    if (credentialError)
        lines.append(credentialError->message);
    return lines.join(u'\n');
}

ProfileCredentials::ProfileCredentials(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets)
{}

void ProfileCredentials::addProfile(const Profile &profile, const QByteArray &secret,
                                    const QByteArray &securityToken, QObject *context, Done done)
{
    auto deliver = guarded(context, std::move(done));
    ProfileOutcome outcome;
    outcome.fieldErrors = m_profiles->validateForAdd(profile);
    if (secret.isEmpty())
        outcome.fieldErrors.append({u"secret"_s, ProfileCredentialsTr::tr("The AccessKey secret is empty.")});
    if (profile.hasSecurityToken != !securityToken.isEmpty()) {
        outcome.fieldErrors.append(
            {u"securityToken"_s, profile.hasSecurityToken
                                     ? ProfileCredentialsTr::tr("The STS security token is empty.")
                                     : ProfileCredentialsTr::tr("A security token was given for a profile "
                                                                "without one.")});
    }
    if (!outcome.ok()) {
        QTimer::singleShot(0, this, [deliver, outcome] { deliver(outcome); });
        return;
    }
    // Removing a stale token keeps an old profile of the same name from leaking into this one.
    QList<Step> steps{{secretKeyFor(profile.name), secret}};
    steps.append({securityTokenKeyFor(profile.name),
                  profile.hasSecurityToken ? std::optional(securityToken) : std::nullopt});
    runSteps(steps, [this, profile, deliver](const std::optional<CredentialError> &error) {
        ProfileOutcome outcome;
        outcome.credentialError = error;
        if (!error)
            outcome.fieldErrors = m_profiles->add(profile);
        deliver(outcome);
    });
}

void ProfileCredentials::updateProfile(const Profile &profile, const std::optional<QByteArray> &secret,
                                       const std::optional<QByteArray> &securityToken, QObject *context,
                                       Done done)
{
    auto deliver = guarded(context, std::move(done));
    ProfileOutcome outcome;
    const auto existing = m_profiles->get(profile.name);
    if (!existing)
        outcome.fieldErrors.append(noSuchProfile(profile.name));
    else
        outcome.fieldErrors = validateProfile(profile);
    if (secret && secret->isEmpty())
        outcome.fieldErrors.append({u"secret"_s, ProfileCredentialsTr::tr("The AccessKey secret is empty.")});
    const bool needsToken = profile.hasSecurityToken && existing && !existing->hasSecurityToken;
    if (profile.hasSecurityToken &&
        ((needsToken && !securityToken) || (securityToken && securityToken->isEmpty())))
        outcome.fieldErrors.append(
            {u"securityToken"_s, ProfileCredentialsTr::tr("The STS security token is empty.")});
    if (!outcome.ok()) {
        QTimer::singleShot(0, this, [deliver, outcome] { deliver(outcome); });
        return;
    }
    QList<Step> steps;
    if (secret)
        steps.append({secretKeyFor(profile.name), *secret});
    if (!profile.hasSecurityToken)
        steps.append({securityTokenKeyFor(profile.name), std::nullopt});
    else if (securityToken)
        steps.append({securityTokenKeyFor(profile.name), *securityToken});
    runSteps(steps, [this, profile, deliver](const std::optional<CredentialError> &error) {
        ProfileOutcome outcome;
        outcome.credentialError = error;
        if (!error)
            outcome.fieldErrors = m_profiles->update(profile);
        deliver(outcome);
    });
}

void ProfileCredentials::removeProfile(const QString &name, bool force, QObject *context, Done done)
{
    auto deliver = guarded(context, std::move(done));
    if (!m_profiles->contains(name)) {
        ProfileOutcome outcome;
        outcome.fieldErrors.append(noSuchProfile(name));
        QTimer::singleShot(0, this, [deliver, outcome] { deliver(outcome); });
        return;
    }
    // Both keys, whatever hasSecurityToken says: a token may be left over from an older profile.
    const QList<Step> steps{{secretKeyFor(name), std::nullopt}, {securityTokenKeyFor(name), std::nullopt}};
    runSteps(steps, [this, name, force, deliver](const std::optional<CredentialError> &error) {
        ProfileOutcome outcome;
        outcome.credentialError = error;
        if (!error || force)
            outcome.fieldErrors = m_profiles->remove(name);
        deliver(outcome);
    });
}

void ProfileCredentials::loadProfile(const QString &name, QObject *context, Loaded loaded)
{
    auto deliver = guarded(context, std::move(loaded));
    const auto profile = m_profiles->get(name);
    if (!profile) {
        ProfileLoadResult result;
        result.outcome.fieldErrors.append(noSuchProfile(name));
        QTimer::singleShot(0, this, [deliver, result]() mutable { deliver(result); });
        return;
    }
    m_secrets->read(
        secretKeyFor(name), this, [this, profile = *profile, deliver](SecretStore::Result &secret) {
            ProfileLoadResult result;
            if (!secret.ok()) {
                result.outcome.credentialError = secret.error;
                deliver(result);
                return;
            }
            // Moved, never copied, so the secret keeps one reference down to the client.
            ResolvedProfile resolved{profile, AccessKey{profile.accessKeyId, std::move(secret.secret), {}},
                                     effectiveEndpoint(profile)};
            if (!profile.hasSecurityToken) {
                result.resolved = std::move(resolved);
                deliver(result);
                if (result.resolved)
                    result.resolved->wipe(); // whatever the handler left
                return;
            }
            // A shared_ptr, as the handler must stay copyable: still one copy of the key.
            auto pending = std::make_shared<ResolvedProfile>(std::move(resolved));
            m_secrets->read(securityTokenKeyFor(profile.name), this,
                            [pending, deliver](SecretStore::Result &token) {
                                ProfileLoadResult result;
                                if (token.ok()) {
                                    pending->key.securityToken = QString::fromUtf8(token.secret);
                                    result.resolved = std::move(*pending);
                                } else {
                                    result.outcome.credentialError = token.error;
                                }
                                pending->wipe();
                                deliver(result);
                                if (result.resolved)
                                    result.resolved->wipe(); // whatever the handler left
                            });
        });
}

void ProfileCredentials::runSteps(QList<Step> steps,
                                  const std::function<void(const std::optional<CredentialError> &)> &finish)
{
    if (steps.isEmpty()) {
        QTimer::singleShot(0, this, [finish] { finish(std::nullopt); });
        return;
    }
    const Step step = steps.takeFirst();
    auto next = [this, steps, finish](const SecretStore::Result &result) {
        if (!result.ok())
            finish(result.error);
        else if (steps.isEmpty())
            finish(std::nullopt);
        else
            runSteps(steps, finish);
    };
    if (step.value)
        m_secrets->write(step.key, *step.value, this, next);
    else
        m_secrets->remove(step.key, this, next);
}

ProfileOutcome addProfileBlocking(ProfileCredentials &credentials, const Profile &profile,
                                  const QByteArray &secret, const QByteArray &securityToken)
{
    return waitFor<ProfileOutcome>([&](ProfileCredentials::Done done) {
        credentials.addProfile(profile, secret, securityToken, nullptr, std::move(done));
    });
}

ProfileOutcome removeProfileBlocking(ProfileCredentials &credentials, const QString &name, bool force)
{
    return waitFor<ProfileOutcome>([&](ProfileCredentials::Done done) {
        credentials.removeProfile(name, force, nullptr, std::move(done));
    });
}

ProfileLoadResult loadProfileBlocking(ProfileCredentials &credentials, const QString &name)
{
    return waitFor<ProfileLoadResult>([&](ProfileCredentials::Loaded loaded) {
        credentials.loadProfile(name, nullptr, std::move(loaded));
    });
}

} // namespace sendtrail
