#include "apiclient.h"

#include "backoff.h"
#include "clock.h"
#include "monotonicclock.h"
#include "networkapicall.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace sendtrail {

ApiCall::ApiCall(QObject *parent) : QObject(parent) {}

void ApiCall::setAction(const QString &action)
{
    m_action = action;
}

void ApiCall::cancel()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = u"cancelled"_s;
    finishWithError(error);
}

bool ApiCall::finishWithSuccess(const QJsonObject &body, const QString &requestId)
{
    if (m_finished)
        return false;
    m_finished = true;
    Q_EMIT succeeded(body, requestId);
    deleteLater();
    return true;
}

bool ApiCall::finishWithError(const ApiError &error)
{
    if (m_finished)
        return false;
    m_finished = true;
    ApiError named = error;
    if (named.action.isEmpty())
        named.action = m_action;
    Q_EMIT failed(named);
    deleteLater();
    return true;
}

void abandonCall(ApiCall *call, const QObject *receiver)
{
    if (!call)
        return;
    call->disconnect(receiver);
    call->cancel();
}

ApiClient::ApiClient(QNetworkAccessManager *nam, Clock *clock, NonceSource *nonces, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock), m_nonces(nonces), m_random(BackoffPolicy::systemRandom())
{}

// Running calls are children and die with us, without a terminal signal.
ApiClient::~ApiClient() = default;

void ApiClient::setConfig(ClientConfig config)
{
    m_secret = std::make_shared<const SecretBytes>(SecretBytes::adopt(std::move(config.key.secret)));
    m_config = std::move(config);
}

void ApiClient::setSettings(const ClientConfig &settings)
{
    AccessKey key = std::move(m_config.key);
    m_config = settings;
    wipeBytes(m_config.key.secret); // only our reference is dropped: the caller keeps its own
    m_config.key = std::move(key);
}

const ClientConfig &ApiClient::config() const
{
    return m_config;
}

void ApiClient::setRandomSource(RandomSource random)
{
    m_random = random ? std::move(random) : BackoffPolicy::systemRandom();
}

void ApiClient::learnServerTime(const QDateTime &serverNow)
{
    m_clockSkewMs = m_clock->nowUtc().msecsTo(serverNow);
}

QNetworkAccessManager *ApiClient::network() const
{
    return m_nam;
}

QDateTime ApiClient::signingTime() const
{
    return m_clock->nowUtc().addMSecs(m_clockSkewMs);
}

QString ApiClient::nextNonce() const
{
    return m_nonces->next();
}

ApiCall *ApiClient::call(const QString &action, const QueryParams &params)
{
    auto *apiCall = new NetworkApiCall(this, m_config, m_secret, action, params);
    apiCall->setAction(action);
    // Deferred so the caller connects first, even to an immediate validation failure.
    QMetaObject::invokeMethod(apiCall, &NetworkApiCall::start, Qt::QueuedConnection);
    return apiCall;
}

MonotonicClock *ApiClient::monotonicClock() const
{
    return m_monotonic ? m_monotonic : MonotonicClock::system();
}

} // namespace sendtrail
