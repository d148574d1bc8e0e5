#include "environmentproxyfactory.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString withoutBrackets(QString host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return host;
}

// One NO_PROXY entry split into host and optional port ("[::1]:8080", "example.com:443", "::1").
std::pair<QString, int> splitEntry(const QString &entry)
{
    const int colon = entry.lastIndexOf(u':');
    const bool bracketed = entry.startsWith(u'[');
    const bool bareIpv6 = !bracketed && entry.count(u':') > 1;
    if (colon < 0 || bareIpv6 || (bracketed && colon < entry.indexOf(u']')))
        return {withoutBrackets(entry), -1};
    bool ok = false;
    const int port = entry.mid(colon + 1).toInt(&ok);
    return {withoutBrackets(entry.left(colon)), ok ? port : -1};
}

bool entryMatches(QString entry, const QString &host, const QHostAddress &address)
{
    if (entry.contains(u'/')) { // CIDR
        const auto subnet = QHostAddress::parseSubnet(entry);
        return !address.isNull() && subnet.second >= 0 && address.isInSubnet(subnet);
    }
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull() || !address.isNull())
        return !address.isNull() && entryAddress.isEqual(address);
    if (entry.startsWith(u"*."_s))
        entry.remove(0, 1);
    if (entry.startsWith(u'.'))
        entry.remove(0, 1);
    return host == entry || host.endsWith(u'.' + entry);
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &env) : m_env(env) {}

QString EnvironmentProxyFactory::variable(const char *lower, const char *upper) const
{
    const QString value = m_env.value(QString::fromLatin1(lower)).trimmed();
    return value.isEmpty() && upper ? m_env.value(QString::fromLatin1(upper)).trimmed() : value;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const bool https = url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    const QString httpsProxy = variable("https_proxy", "HTTPS_PROXY");
    const QString httpProxy = variable("http_proxy", nullptr);
    const QString allProxy = variable("all_proxy", "ALL_PROXY");
    if (httpsProxy.isEmpty() && httpProxy.isEmpty() && allProxy.isEmpty())
        return systemProxyForQuery(query);
    QString chosen = https ? httpsProxy : httpProxy;
    if (chosen.isEmpty())
        chosen = allProxy;
    if (chosen.isEmpty() ||
        isExempt(variable("no_proxy", "NO_PROXY"), url.host(), url.port(https ? 443 : 80)))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (const auto proxy = parseProxy(chosen))
        return {*proxy};
    return {}; // QNAM reports ProxyNotFoundError rather than going direct behind the user's back
}

bool EnvironmentProxyFactory::isExempt(const QString &noProxy, const QString &host, int port)
{
    const QString name = withoutBrackets(host.toLower());
    if (name.isEmpty())
        return false;
    const QHostAddress address(name);
    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QStringList entries = noProxy.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        if (raw == "*"_L1)
            return true;
        const auto [entry, entryPort] = splitEntry(raw);
        if (entry.isEmpty() || (entryPort >= 0 && entryPort != port))
            continue;
        if (entryMatches(entry, name, address))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> EnvironmentProxyFactory::parseProxy(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QUrl url(text.contains(u"://"_s) ? text : u"http://"_s + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == "socks5"_L1 || scheme == "socks5h"_L1)
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != "http"_L1)
        return std::nullopt;
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return QNetworkProxy(type, url.host(), quint16(url.port(1080)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

} // namespace sendtrail
