#include "api/environmentproxyfactory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestEnvironmentProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxy_matchesLikeCurl_data();
    void noProxy_matchesLikeCurl();
    void proxyValue_parses_data();
    void proxyValue_parses();
    void query_picksTheSchemesVariable_data();
    void query_picksTheSchemesVariable();
    void unusableProxy_failsInsteadOfGoingDirect();
};

void TestEnvironmentProxyFactory::noProxy_matchesLikeCurl_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("exempt");

    QTest::newRow("empty") << QString() << u"dm.aliyuncs.com"_s << 443 << false;
    QTest::newRow("star") << u"*"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("exact host") << u"dm.aliyuncs.com"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("domain covers subdomain") << u"aliyuncs.com"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("dot domain covers subdomain") << u".aliyuncs.com"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("dot domain covers itself") << u".aliyuncs.com"_s << u"aliyuncs.com"_s << 443 << true;
    QTest::newRow("star dot domain") << u"*.aliyuncs.com"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("suffix is not a label") << u"yuncs.com"_s << u"dm.aliyuncs.com"_s << 443 << false;
    QTest::newRow("case-insensitive") << u"AliYunCS.com"_s << u"DM.aliyuncs.COM"_s << 443 << true;
    QTest::newRow("one of a list") << u"localhost, example.org,aliyuncs.com"_s << u"dm.aliyuncs.com"_s << 443
                                   << true;
    QTest::newRow("space-separated") << u"localhost example.org"_s << u"example.org"_s << 443 << true;
    QTest::newRow("host:port, same port") << u"dm.aliyuncs.com:443"_s << u"dm.aliyuncs.com"_s << 443 << true;
    QTest::newRow("host:port, other port")
        << u"dm.aliyuncs.com:8443"_s << u"dm.aliyuncs.com"_s << 443 << false;
    QTest::newRow("IPv4 exact") << u"127.0.0.1"_s << u"127.0.0.1"_s << 8080 << true;
    QTest::newRow("IPv4 other") << u"127.0.0.1"_s << u"127.0.0.2"_s << 8080 << false;
    QTest::newRow("IPv4 is not a domain suffix") << u"0.0.1"_s << u"127.0.0.1"_s << 80 << false;
    QTest::newRow("IPv4 with port") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080 << true;
    QTest::newRow("IPv4 CIDR") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << 443 << true;
    QTest::newRow("IPv4 CIDR outside") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << 443 << false;
    QTest::newRow("IPv6 exact") << u"::1"_s << u"::1"_s << 443 << true;
    QTest::newRow("IPv6 bracketed host") << u"::1"_s << u"[::1]"_s << 443 << true;
    QTest::newRow("IPv6 bracketed with port") << u"[::1]:443"_s << u"::1"_s << 443 << true;
    QTest::newRow("IPv6 bracketed other port") << u"[::1]:80"_s << u"::1"_s << 443 << false;
    QTest::newRow("localhost does not cover 127.0.0.1") << u"localhost"_s << u"127.0.0.1"_s << 80 << false;
    QTest::newRow("host names do not match an IP") << u"aliyuncs.com"_s << u"127.0.0.1"_s << 80 << false;
}

void TestEnvironmentProxyFactory::noProxy_matchesLikeCurl()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, exempt);

    QCOMPARE(EnvironmentProxyFactory::isExempt(noProxy, host, port), exempt);
}

void TestEnvironmentProxyFactory::proxyValue_parses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    const int http = QNetworkProxy::HttpProxy;
    QTest::newRow("http with port") << u"http://proxy.corp:3128"_s << true << http << u"proxy.corp"_s << 3128
                                    << QString() << QString();
    QTest::newRow("no scheme") << u"proxy.corp:8080"_s << true << http << u"proxy.corp"_s << 8080 << QString()
                               << QString();
    QTest::newRow("default port 1080, as curl")
        << u"http://proxy.corp"_s << true << http << u"proxy.corp"_s << 1080 << QString() << QString();
    QTest::newRow("user and encoded password") << u"http://ann:p%40ss%3Aw@proxy.corp:3128/"_s << true << http
                                               << u"proxy.corp"_s << 3128 << u"ann"_s << u"p@ss:w"_s;
    QTest::newRow("socks5") << u"socks5://127.0.0.1:1081"_s << true << int(QNetworkProxy::Socks5Proxy)
                            << u"127.0.0.1"_s << 1081 << QString() << QString();
    QTest::newRow("https proxy: Qt cannot speak TLS to a proxy")
        << u"https://proxy.corp:443"_s << false << 0 << QString() << 0 << QString() << QString();
    QTest::newRow("empty") << u"  "_s << false << 0 << QString() << 0 << QString() << QString();
}

void TestEnvironmentProxyFactory::proxyValue_parses()
{
    QFETCH(QString, value);
    QFETCH(bool, usable);

    const auto proxy = EnvironmentProxyFactory::parseProxy(value);
    QCOMPARE(proxy.has_value(), usable);
    if (!usable)
        return;
    QTEST(int(proxy->type()), "type");
    QTEST(proxy->hostName(), "host");
    QTEST(int(proxy->port()), "port");
    QTEST(proxy->user(), "user");
    QTEST(proxy->password(), "password");
}

void TestEnvironmentProxyFactory::query_picksTheSchemesVariable_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("proxy"); // host:port, empty for a direct connection

    const QString endpoint = u"https://dm.aliyuncs.com/"_s;
    QTest::newRow("HTTPS_PROXY") << QStringList{u"HTTPS_PROXY=http://upper:1"_s} << endpoint << u"upper:1"_s;
    QTest::newRow("https_proxy wins over HTTPS_PROXY")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"https_proxy=http://lower:2"_s} << endpoint
        << u"lower:2"_s;
    QTest::newRow("http_proxy is not used for https")
        << QStringList{u"http_proxy=http://plain:3"_s} << endpoint << QString();
    QTest::newRow("http_proxy for http")
        << QStringList{u"http_proxy=http://plain:3"_s} << u"http://127.0.0.1:8080/"_s << u"plain:3"_s;
    QTest::newRow("HTTP_PROXY is never read (CGI)")
        << QStringList{u"HTTP_PROXY=http://cgi:4"_s, u"ALL_PROXY=http://all:5"_s}
        << u"http://127.0.0.1:8080/"_s << u"all:5"_s;
    QTest::newRow("ALL_PROXY as the fallback")
        << QStringList{u"ALL_PROXY=http://all:5"_s} << endpoint << u"all:5"_s;
    QTest::newRow("NO_PROXY exempts")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"NO_PROXY=.aliyuncs.com"_s} << endpoint << QString();
    QTest::newRow("no_proxy exempts")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"no_proxy=*"_s} << endpoint << QString();
    QTest::newRow("loopback is proxied unless exempt, as in curl")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s} << u"https://127.0.0.1:4443/"_s << u"upper:1"_s;
    QTest::newRow("NO_PROXY port is the URL's default")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"NO_PROXY=dm.aliyuncs.com:443"_s} << endpoint
        << QString();
}

void TestEnvironmentProxyFactory::query_picksTheSchemesVariable()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, url);
    QFETCH(QString, proxy);

    QProcessEnvironment env;
    for (const QString &variable : variables)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    EnvironmentProxyFactory factory(env);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));

    QCOMPARE(proxies.size(), 1);
    const QNetworkProxy &chosen = proxies.first();
    if (proxy.isEmpty()) {
        QCOMPARE(chosen.type(), QNetworkProxy::NoProxy);
    } else {
        QCOMPARE(chosen.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(u"%1:%2"_s.arg(chosen.hostName()).arg(chosen.port()), proxy);
    }
}

void TestEnvironmentProxyFactory::unusableProxy_failsInsteadOfGoingDirect()
{
    QProcessEnvironment env;
    env.insert(u"HTTPS_PROXY"_s, u"https://tls-proxy.corp:443"_s);
    EnvironmentProxyFactory factory(env);

    // An empty answer: QNetworkAccessManager then fails with ProxyNotFoundError.
    QVERIFY(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://dm.aliyuncs.com/"_s))).isEmpty());
}

QTEST_GUILESS_MAIN(TestEnvironmentProxyFactory)
#include "tst_environmentproxyfactory.moc"
