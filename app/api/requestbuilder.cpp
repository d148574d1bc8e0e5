#include "requestbuilder.h"

#include "regions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

ApiError validationError(const char *text)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = QCoreApplication::translate("sendtrail::ApiClient", text);
    return error;
}

// Read once: the system bundle is a few hundred certificates parsed from disk.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

int defaultPort(const QString &scheme)
{
    return scheme == "https"_L1 ? 443 : 80;
}

} // namespace

ApiError validateClientConfig(const ClientConfig &config, QByteArrayView secret)
{
    if (!config.problem.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = config.problem;
        return error;
    }
    const QUrl &endpoint = config.endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return validationError(
            QT_TRANSLATE_NOOP("sendtrail::ApiClient", "The endpoint address is not valid."));
    const QString scheme = endpoint.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return validationError(
            QT_TRANSLATE_NOOP("sendtrail::ApiClient", "The endpoint address must start with https://."));
    if (scheme == "http"_L1 && !isLoopbackHost(endpoint.host()))
        return validationError(QT_TRANSLATE_NOOP(
            "sendtrail::ApiClient", "Refusing to send credentials over unencrypted http://; use https://."));
    if (config.key.id.isEmpty() || secret.isEmpty())
        return validationError(QT_TRANSLATE_NOOP("sendtrail::ApiClient", "No AccessKey is configured."));
    return {};
}

QString hostHeaderFor(const QUrl &endpoint)
{
    QString host = endpoint.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int port = endpoint.port();
    if (port != -1 && port != defaultPort(endpoint.scheme().toLower()))
        host += u':' + QString::number(port);
    return host;
}

QNetworkRequest buildApiRequest(const ClientConfig &config, const SignedRequest &signedRequest)
{
    QUrl origin;
    origin.setScheme(config.endpoint.scheme().toLower());
    origin.setHost(config.endpoint.host());
    origin.setPort(config.endpoint.port());
    origin.setPath(u"/"_s);
    // fromEncoded in StrictMode keeps the signer's bytes; QUrlQuery would leave '+' raw.
    QByteArray encoded = origin.toEncoded();
    if (!signedRequest.query.isEmpty())
        encoded += '?' + signedRequest.query;
    QNetworkRequest request(QUrl::fromEncoded(encoded, QUrl::StrictMode));

    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("accept", "application/json");
    request.setRawHeader("user-agent", "Sendtrail/" SENDTRAIL_VERSION);
    // Empty POST like the SDK's: no content-type, but an explicit zero length, which some
    // proxies require on POST and QNAM omits when there is no upload device.
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(std::max(1, config.transferTimeoutMs));

    if (origin.scheme() == "https"_L1) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        // addCaCertificates() alone would switch off Qt's on-demand loading of the system's CAs
        // and so trust the extra ones only: list the system's explicitly.
        if (!config.extraCaCertificates.isEmpty())
            tls.setCaCertificates(systemCaCertificates() + config.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

} // namespace sendtrail
