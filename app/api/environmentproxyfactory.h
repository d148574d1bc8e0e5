#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <optional>

namespace sendtrail {

// The proxies curl and the official SDKs use: https_proxy or HTTPS_PROXY for https, http_proxy
// for http (never HTTP_PROXY, which CGI sets from a request header), all_proxy or ALL_PROXY for
// both, minus the hosts in no_proxy or NO_PROXY. Loopback is not exempt by itself, as in curl.
// With none of these variables set, Qt's system proxy answers (libproxy on Linux: the desktop's
// settings, as far as libproxy's plugins read them, or a PAC file).
// Set it on each QNetworkAccessManager; never as the application-wide factory.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // Whether `noProxy` (comma- or space-separated: "*", "example.com", ".example.com",
    // "*.example.com", "host:port", IPv4 or IPv6 addresses, "10.0.0.0/8") exempts host:port.
    static bool isExempt(const QString &noProxy, const QString &host, int port);
    // "http://user:password@host:port", "host:port", "socks5://host"; the default port is 1080,
    // as in curl. nullopt for an empty value or a scheme Qt cannot speak (https://, socks4://).
    static std::optional<QNetworkProxy> parseProxy(const QString &value);

private:
    QString variable(const char *lower, const char *upper) const;

    QProcessEnvironment m_env;
};

} // namespace sendtrail
