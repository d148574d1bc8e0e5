#include "appsession.h"

#include "api/secretbytes.h"
#include "connectionfactory.h"
#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString sessionDirTemplate()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString base = runtime.isEmpty() ? QDir::tempPath() : runtime;
    return QDir(base).filePath(u"sendtrail-session-XXXXXX"_s);
}

} // namespace

AppSession::AppSession(QObject *parent, SecretStore *secretStore)
    : QObject(parent), m_connection(new Connection(this)), m_sessionDir(sessionDirTemplate()),
      m_savedStore(std::make_unique<ProfileStore>()),
      m_sessionStore(std::make_unique<ProfileStore>(m_sessionDir.filePath(u"session-profiles.ini"_s))),
      m_keychain(secretStore ? secretStore : new CredentialStore(this)),
      m_memory(new SessionSecretStore(this)),
      m_saved(std::make_unique<ProfileCredentials>(m_savedStore.get(), m_keychain)),
      m_session(std::make_unique<ProfileCredentials>(m_sessionStore.get(), m_memory))
{
    if (secretStore && !secretStore->parent())
        secretStore->setParent(this);
    for (ProfileStore *store : {m_savedStore.get(), m_sessionStore.get()})
        connect(store, &ProfileStore::profilesChanged, this, &AppSession::profilesChanged);
}

AppSession::~AppSession() = default;

QStringList AppSession::profileNames() const
{
    QStringList names = m_savedStore->names();
    for (const QString &name : m_sessionStore->names()) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

std::optional<Profile> AppSession::profile(const QString &name) const
{
    if (auto saved = m_savedStore->get(name))
        return saved;
    return m_sessionStore->get(name);
}

bool AppSession::isSessionOnly(const QString &name) const
{
    return !m_savedStore->contains(name) && m_sessionStore->contains(name);
}

ProfileCredentials *AppSession::credentialsFor(const QString &name) const
{
    return isSessionOnly(name) ? m_session.get() : m_saved.get();
}

void AppSession::activate(const QString &name)
{
    // The latest choice wins. openProfile configures the client before it answers, so an older
    // request still waiting on the keychain is cancelled by destroying its context: its answer is
    // dropped before it can reconfigure the client (the user picked another profile meanwhile).
    delete m_activationContext;
    m_activationContext = new QObject(this);
    ConnectionSpec spec;
    spec.profileName = name;
    ConnectionFactory::openProfile(credentialsFor(name), spec, m_connection, m_activationContext,
                                   [this, name](const ConnectionOutcome &outcome) {
                                       if (!outcome.ok()) {
                                           Q_EMIT activationFailed(name, outcome.message);
                                           return;
                                       }
                                       m_active = outcome.profile;
                                       Q_EMIT profileActivated(*outcome.profile);
                                   });
}

QString AppSession::regionText(const Profile &profile)
{
    if (!profile.customEndpoint.isEmpty())
        return tr("Endpoint: %1").arg(profile.customEndpoint.toDisplayString());
    return tr("Region: %1 (%2)").arg(profile.regionId, effectiveEndpoint(profile).host());
}

QString AppSession::freeProfileName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_savedStore->findCaseInsensitive(name) || m_sessionStore->findCaseInsensitive(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

bool AppSession::offerEnvironmentProfile(const QProcessEnvironment &environment, QObject *context,
                                         std::function<void(const EnvironmentProfileOffer &offer)> done)
{
    std::optional<AccessKey> key = ConnectionFactory::keyFromEnvironment(environment);
    if (!key)
        return false;
    Profile profile;
    profile.name = freeProfileName(u"environment"_s);
    profile.accessKeyId = key->id.trimmed();
    const QString regionId = environment.value(u"ALIBABA_CLOUD_REGION_ID"_s).trimmed();
    const DirectMailRegion region = directMailRegionFor(regionId);
    profile.regionId = region.regionId;
    profile.hasSecurityToken = !key->securityToken.isEmpty();
    QByteArray token = key->securityToken.toUtf8();
    // No region at all is the usual case, not worth a note; a region Direct Mail lacks is.
    const QString note = regionId.isEmpty() ? QString() : region.note;
    m_session->addProfile(profile, key->secret, token, context,
                          [name = profile.name, note, done = std::move(done)](const ProfileOutcome &outcome) {
                              if (outcome.ok())
                                  return done({name, note});
                              done({QString(), tr("The AccessKey in the ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                                  "_SECRET environment variables cannot be used: %1")
                                                   .arg(outcome.message())});
                          });
    wipeBytes(key->secret); // the session store keeps a deep copy of its own
    wipeText(key->securityToken);
    wipeBytes(token);
    return true;
}

void AppSession::probeKeychain()
{
    m_keychain->read(u"sendtrail-keychain-probe"_s, this, [this](const SecretStore::Result &result) {
        const bool answers = result.ok() || result.error->kind == CredentialError::Kind::NotFound;
        m_keychainState = answers ? KeychainState::Available : KeychainState::Unavailable;
        m_keychainProblem = answers ? QString() : result.error->message;
        Q_EMIT keychainProbed(m_keychainState);
    });
}

} // namespace sendtrail
