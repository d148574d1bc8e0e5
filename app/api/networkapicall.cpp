#include "networkapicall.h"

#include "clock.h"
#include "errorclassifier.h"
#include "logging.h"
#include "monotonicclock.h"
#include "redact.h"
#include "replyreader.h"
#include "requestbuilder.h"
#include "signer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

ClientConfig withDefaults(ClientConfig config)
{
    const ClientConfig defaults;
    if (config.transferTimeoutMs <= 0)
        config.transferTimeoutMs = defaults.transferTimeoutMs;
    if (config.deadlineMs <= 0)
        config.deadlineMs = defaults.deadlineMs;
    if (config.maxBodyBytes <= 0)
        config.maxBodyBytes = defaults.maxBodyBytes;
    config.maxAttempts = std::max(1, config.maxAttempts);
    return config;
}

QString hostAndPort(const QString &host, int port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

// The proxy the manager picks for `url`, as "host:port"; empty when it goes direct. Never the
// proxy's user name or password.
QString proxyFor(QNetworkAccessManager *nam, const QUrl &url)
{
    QNetworkProxy proxy = nam->proxy();
    if (QNetworkProxyFactory *factory = nam->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
        return {};
    return hostAndPort(proxy.hostName(), proxy.port());
}

} // namespace

NetworkApiCall::NetworkApiCall(ApiClient *client, const ClientConfig &config,
                               std::shared_ptr<const SecretBytes> secret, const QString &action,
                               const QueryParams &params)
    : ApiCall(client), m_client(client), m_config(withDefaults(config)), m_secret(std::move(secret)),
      m_action(action), m_params(params),
      m_backoff(config.baseDelayMs, config.throttleBaseDelayMs, config.maxDelayMs, client->randomSource())
{
    m_backoffTimer = client->monotonicClock()->createTimer([this] { sendAttempt(); });
}

NetworkApiCall::~NetworkApiCall()
{
    dropReader();
}

void NetworkApiCall::start()
{
    if (isFinished())
        return;
    ApiError invalid = validateClientConfig(m_config, m_secret->view());
    if (!invalid.isError() && !m_client->network()) {
        invalid.kind = ApiError::Kind::Validation;
        invalid.message = u"No network access manager."_s;
    }
    if (invalid.isError()) {
        qCDebug(lcApi) << m_action << "refused before sending:" << invalid.message;
        finishWithError(invalid);
        return;
    }
    sendAttempt();
}

void NetworkApiCall::cancel()
{
    if (isFinished())
        return;
    m_backoffTimer->stop();
    dropReader();
    qCDebug(lcApi) << m_action << "cancelled after" << m_attempt << "attempt(s)";
    ApiCall::cancel();
}

void NetworkApiCall::dropReader()
{
    if (!m_reader)
        return;
    m_reader->abandon();
    m_reader->deleteLater();
    m_reader = nullptr;
}

void NetworkApiCall::sendAttempt()
{
    if (isFinished())
        return;
    if (!m_client->network()) {
        ApiError gone;
        gone.kind = ApiError::Kind::Network;
        gone.message = u"the network access manager was destroyed"_s;
        finishWithError(gone);
        return;
    }
    ++m_attempt;
    SignInput input;
    input.host = hostHeaderFor(m_config.endpoint);
    input.action = m_action;
    if (m_config.signatureVersion == SignatureVersion::V1)
        input.regionId = m_config.regionId;
    input.params = m_params;
    // Fresh timestamp and nonce on every attempt: a replayed nonce is SignatureNonceUsed.
    input.timestamp = m_client->signingTime();
    input.nonce = m_client->nextNonce();
    const SigningKey key{m_config.key.id, m_secret->view(), m_config.key.securityToken};
    const SignedRequest signedRequest = signRequest(m_config.signatureVersion, input, key);

    const QNetworkRequest request = buildApiRequest(m_config, signedRequest);
    // Only redacted: V1 carries AccessKeyId and Signature in the query.
    qCDebug(lcApi) << m_action << "attempt" << m_attempt << "POST" << redactUrl(request.url());
    QNetworkReply *reply = m_client->network()->sendCustomRequest(request, "POST");
    m_reader = new ReplyReader(reply, m_config.maxBodyBytes, m_config.deadlineMs, this);
    connect(m_reader, &ReplyReader::completed, this, &NetworkApiCall::onAttemptCompleted);
}

void NetworkApiCall::onAttemptCompleted(const AttemptResult &result)
{
    if (m_reader) {
        m_reader->deleteLater();
        m_reader = nullptr;
    }
    if (isFinished())
        return;
    const Classification outcome = classifyAttempt(result);
    ApiError error = outcome.error;
    nameThePeer(error);
    qCDebug(lcApi) << m_action << "attempt" << m_attempt << "HTTP" << result.httpStatus << "in"
                   << result.elapsedMs << "ms; kind" << int(error.kind) << error.code << "RequestId"
                   << error.requestId;
    if (!error.isError()) {
        finishWithSuccess(outcome.body, error.requestId);
        return;
    }
    const RetryClass retry = retryClassOf(error);
    if (retry == RetryClass::Never || m_attempt >= m_config.maxAttempts) {
        finishWithError(error);
        return;
    }
    if (retry == RetryClass::ClockSkew) {
        // One corrected retry; a second expiry means the skew is not the problem.
        if (m_skewRetried || !applyServerDate(result.dateHeader)) {
            finishWithError(error);
            return;
        }
        m_skewRetried = true;
        retryAfter(error, 0);
        return;
    }
    const int hintMs = BackoffPolicy::parseRetryAfterMs(result.retryAfterHeader);
    retryAfter(error, m_backoff.delayMs(m_attempt, retry == RetryClass::Throttled, hintMs));
}

void NetworkApiCall::nameThePeer(ApiError &error) const
{
    using Cause = ApiError::Cause;
    if (error.cause == Cause::Unspecified)
        return;
    const QUrl &endpoint = m_config.endpoint;
    if (error.cause == Cause::ProxyAuthentication || error.cause == Cause::Proxy) {
        if (QNetworkAccessManager *nam = m_client->network())
            error.peer = proxyFor(nam, endpoint);
        return;
    }
    error.peer = hostAndPort(endpoint.host(), endpoint.port(endpoint.scheme() == "https"_L1 ? 443 : 80));
}

bool NetworkApiCall::applyServerDate(const QByteArray &dateHeader)
{
    const QDateTime serverNow = parseHttpDate(dateHeader);
    if (!serverNow.isValid())
        return false;
    m_client->learnServerTime(serverNow);
    qCDebug(lcApi) << "clock skew corrected to" << m_client->clockSkewMs() << "ms";
    return true;
}

void NetworkApiCall::retryAfter(const ApiError &error, int delayMs)
{
    qCDebug(lcApi) << m_action << "retrying in" << delayMs << "ms";
    Q_EMIT attemptFailed(error, m_attempt, delayMs);
    if (!isFinished()) // a slot may have cancelled us
        m_backoffTimer->start(delayMs);
}

} // namespace sendtrail
