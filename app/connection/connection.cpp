#include "connection.h"

#include "api/cacertificates.h"
#include "api/environmentproxyfactory.h"
#include "credentials/profilecredentials.h"

#include <QNetworkAccessManager>

namespace sendtrail {

Connection::Connection(QObject *parent)
    : QObject(parent), m_ownClock(std::make_unique<SystemClock>()),
      m_ownNonces(std::make_unique<UuidNonceSource>()), m_nam(new QNetworkAccessManager(this)),
      m_clock(m_ownClock.get()), m_nonces(m_ownNonces.get()),
      m_client(new ApiClient(m_nam, m_clock, m_nonces, this))
{
    m_nam->setProxyFactory(new EnvironmentProxyFactory()); // the manager owns it
}

Connection::Connection(QNetworkAccessManager *nam, Clock *clock, NonceSource *nonces, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock), m_nonces(nonces),
      m_client(new ApiClient(m_nam, m_clock, m_nonces, this))
{}

// The client (a child) and its running calls go before the clock and nonces they use.
Connection::~Connection()
{
    delete m_client;
}

void Connection::configure(ClientConfig config)
{
    m_client->setConfig(std::move(config));
}

void Connection::configure(ResolvedProfile &&resolved, int maxAttempts)
{
    configure(configFor(std::move(resolved), maxAttempts));
}

ClientConfig Connection::configFor(const Profile &profile, AccessKey key, int maxAttempts)
{
    ClientConfig config;
    config.endpoint = effectiveEndpoint(profile);
    if (!profile.regionId.isEmpty())
        config.regionId = profile.regionId;
    config.signatureVersion = profile.signatureVersion;
    config.key = std::move(key);
    if (!profile.caFile.isEmpty())
        addCaFile(config, profile.caFile);
    if (maxAttempts > 0)
        config.maxAttempts = maxAttempts;
    return config;
}

ClientConfig Connection::configFor(ResolvedProfile &&resolved, int maxAttempts)
{
    ClientConfig config = configFor(resolved.profile, std::move(resolved.key), maxAttempts);
    config.endpoint = resolved.endpoint; // resolved already: effectiveEndpoint(profile)
    resolved.wipe();
    return config;
}

} // namespace sendtrail
