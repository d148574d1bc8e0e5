#include "connectionfactory.h"

#include "api/cacertificates.h"
#include "api/secretbytes.h"
#include "connection.h"
#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

void applyOverrides(ClientConfig &config, const ConnectionSpec &spec)
{
    if (!spec.endpoint.isEmpty())
        config.endpoint = spec.endpoint;
    if (!spec.regionId.isEmpty())
        config.regionId = spec.regionId;
    if (spec.signatureVersion)
        config.signatureVersion = *spec.signatureVersion;
    for (const QString &path : spec.caFiles)
        addCaFile(config, path);
}

} // namespace

ConnectionFactory::ConnectionFactory(QObject *parent) : QObject(parent) {}

ConnectionFactory::ConnectionFactory(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets)
{}

ConnectionFactory::~ConnectionFactory() = default;

ProfileCredentials *ConnectionFactory::credentials()
{
    if (!m_credentials) {
        if (!m_profiles)
            m_profiles = new ProfileStore(this);
        if (!m_secrets)
            m_secrets = new CredentialStore(this);
        m_credentials = std::make_unique<ProfileCredentials>(m_profiles, m_secrets);
    }
    return m_credentials.get();
}

void ConnectionFactory::open(const ConnectionSpec &spec, Connection *connection, QObject *context,
                             Opened done)
{
    if (!spec.profileName.isEmpty())
        return openProfile(credentials(), spec, connection, context, std::move(done));
    ConnectionOutcome outcome;
    if (auto key = keyFromEnvironment(QProcessEnvironment::systemEnvironment())) {
        ClientConfig config;
        config.key = std::move(*key);
        config.signatureVersion = SignatureVersion::V3;
        applyOverrides(config, spec);
        if (spec.maxAttempts > 0)
            config.maxAttempts = spec.maxAttempts;
        connection->configure(std::move(config));
    } else {
        outcome.problem = ConnectionOutcome::Problem::NoCredentials;
        outcome.message =
            tr("No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
               "or use --profile NAME.");
    }
    // From the event loop, like the keychain path: callers never see a re-entrant answer.
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, connection, [hasContext, guard = QPointer<QObject>(context), outcome, done] {
        if (!hasContext || guard)
            done(outcome);
    });
}

void ConnectionFactory::openProfile(ProfileCredentials *credentials, const ConnectionSpec &spec,
                                    Connection *connection, QObject *context, Opened done)
{
    const QPointer<Connection> target(connection);
    credentials->loadProfile(
        spec.profileName, context, [target, spec, done = std::move(done)](ProfileLoadResult &result) {
            ConnectionOutcome outcome;
            if (!result.resolved || !target) {
                outcome.problem = ConnectionOutcome::Problem::Profile;
                outcome.message = result.outcome.message();
                return done(outcome);
            }
            outcome.profile = result.resolved->profile;
            ClientConfig config = Connection::configFor(std::move(*result.resolved), spec.maxAttempts);
            applyOverrides(config, spec);
            target->configure(std::move(config));
            done(outcome);
        });
}

std::optional<AccessKey> ConnectionFactory::keyFromEnvironment(const QProcessEnvironment &env)
{
    AccessKey key;
    key.id = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    // toUtf8() of a QString we wipe: the UTF-8 array is the secret's only reference. What stays:
    // the QProcessEnvironment's own QString (the caller's) and the process's environ block.
    QString secret = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    key.secret = secret.toUtf8();
    wipeText(secret);
    key.securityToken = env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
    if (key.id.isEmpty() || key.secret.isEmpty())
        return std::nullopt;
    return key;
}

} // namespace sendtrail
