#pragma once

#include "api/apiclient.h"
#include "api/clock.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace sendtrail {

struct Profile;
struct ResolvedProfile;

// A configured API client together with the seams it draws on (network, clock, nonces), owned as
// one unit so no caller wires them by hand. Inject the seams in tests; the defaults are the real
// network (proxies from the environment, see EnvironmentProxyFactory), the system clock and UUID
// nonces.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    explicit Connection(QObject *parent = nullptr);
    // Borrows the seams: they must outlive this connection.
    Connection(QNetworkAccessManager *nam, Clock *clock, NonceSource *nonces, QObject *parent = nullptr);
    ~Connection() override;

    ApiClient *client() const { return m_client; }
    QNetworkAccessManager *network() const { return m_nam; }
    Clock *clock() const { return m_clock; }
    NonceSource *nonces() const { return m_nonces; }

    // Applies to calls started afterwards. maxAttempts 0 keeps the client's default.
    // Pass by std::move: the client wipes the secret's slot (see ApiClient::setConfig).
    void configure(ClientConfig config);
    // The resolved key is moved into the client and `resolved` wiped.
    void configure(ResolvedProfile &&resolved, int maxAttempts = 0);

    // Endpoint, region, signature, key and extra trusted CAs of a profile, as the client needs them
    // (reads the profile's CA file: a missing one makes every call fail naming it). The key is
    // moved along: pass it with std::move so its secret keeps a single reference.
    static ClientConfig configFor(const Profile &profile, AccessKey key, int maxAttempts = 0);
    static ClientConfig configFor(ResolvedProfile &&resolved, int maxAttempts = 0);

private:
    std::unique_ptr<SystemClock> m_ownClock;
    std::unique_ptr<UuidNonceSource> m_ownNonces;
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    NonceSource *m_nonces;
    ApiClient *m_client;
};

} // namespace sendtrail
