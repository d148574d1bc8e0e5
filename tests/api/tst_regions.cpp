#include "api/regions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestRegions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointForRegion_mapsOfficialHosts_data();
    void endpointForRegion_mapsOfficialHosts();
    void knownRegions_areExactlyTheOfficialFive();
    void regionDisplayName_fallsBackToId();
    void endpointProblem_judgesCustomEndpoints_data();
    void endpointProblem_judgesCustomEndpoints();
    void endpointProblem_acceptsEveryRegionEndpoint();
};

void TestRegions::endpointForRegion_mapsOfficialHosts_data()
{
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("hangzhou") << u"cn-hangzhou"_s << true << u"https://dm.aliyuncs.com/"_s
                              << u"China (Hangzhou)"_s;
    QTest::newRow("singapore") << u"ap-southeast-1"_s << true << u"https://dm.ap-southeast-1.aliyuncs.com/"_s
                               << u"Singapore"_s;
    QTest::newRow("sydney") << u"ap-southeast-2"_s << true << u"https://dm.ap-southeast-2.aliyuncs.com/"_s
                            << u"Australia (Sydney)"_s;
    QTest::newRow("us-east") << u"us-east-1"_s << true << u"https://dm.us-east-1.aliyuncs.com/"_s
                             << u"US (Virginia)"_s;
    QTest::newRow("frankfurt") << u"eu-central-1"_s << true << u"https://dm.eu-central-1.aliyuncs.com/"_s
                               << u"Germany (Frankfurt)"_s;
    // Hosts from old SDK tables that are not on the official list.
    QTest::newRow("hong-kong") << u"ap-east-1"_s << false << QString() << u"ap-east-1"_s;
    QTest::newRow("case-matters") << u"CN-HANGZHOU"_s << false << QString() << u"CN-HANGZHOU"_s;
    QTest::newRow("empty") << QString() << false << QString() << QString();
}

void TestRegions::endpointForRegion_mapsOfficialHosts()
{
    QFETCH(QString, regionId);
    QFETCH(bool, known);
    QFETCH(QString, endpoint);
    QFETCH(QString, displayName);

    QCOMPARE(isKnownRegion(regionId), known);
    const QUrl url = endpointForRegion(regionId);
    QCOMPARE(url.isValid(), known);
    QCOMPARE(url.toString(), endpoint);
    QCOMPARE(regionDisplayName(regionId), displayName);
}

void TestRegions::knownRegions_areExactlyTheOfficialFive()
{
    QStringList ids;
    for (const RegionInfo &region : knownRegions())
        ids.append(region.id);
    QCOMPARE(ids, (QStringList{u"cn-hangzhou"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"us-east-1"_s,
                               u"eu-central-1"_s}));
}

void TestRegions::regionDisplayName_fallsBackToId()
{
    QCOMPARE(regionDisplayName(u"xx-nowhere-9"_s), u"xx-nowhere-9"_s);
}

void TestRegions::endpointProblem_judgesCustomEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("https") << u"https://dm.aliyuncs.com/"_s << true << QString();
    QTest::newRow("https-no-slash") << u"https://dm.aliyuncs.com"_s << true << QString();
    QTest::newRow("https-port") << u"https://proxy.example.com:8443/"_s << true << QString();
    QTest::newRow("https-uppercase-scheme") << u"HTTPS://dm.aliyuncs.com/"_s << true << QString();
    QTest::newRow("http-127") << u"http://127.0.0.1:8080/"_s << true << QString();
    QTest::newRow("http-127-8") << u"http://127.45.6.7/"_s << true << QString();
    QTest::newRow("http-127-short") << u"http://127.1/"_s << true << QString();
    QTest::newRow("http-ipv6-loopback") << u"http://[::1]:9000/"_s << true << QString();
    QTest::newRow("http-localhost") << u"http://LocalHost:9000"_s << true << QString();
    QTest::newRow("https-loopback") << u"https://127.0.0.1:9443/"_s << true << QString();

    QTest::newRow("http-public") << u"http://dm.aliyuncs.com/"_s << false << u"https://"_s;
    QTest::newRow("http-lookalike") << u"http://localhost.evil.example/"_s << false << u"https://"_s;
    QTest::newRow("http-127-in-name") << u"http://127.0.0.1.nip.io/"_s << false << u"https://"_s;
    QTest::newRow("http-any-address") << u"http://0.0.0.0/"_s << false << u"https://"_s;
    QTest::newRow("http-lan") << u"http://192.168.1.10/"_s << false << u"https://"_s;
    QTest::newRow("ftp") << u"ftp://dm.aliyuncs.com/"_s << false << u"https://"_s;
    QTest::newRow("no-scheme") << u"dm.aliyuncs.com"_s << false << u"https://dm.aliyuncs.com/"_s;
    QTest::newRow("empty") << QString() << false << u"https://dm.aliyuncs.com/"_s;
    QTest::newRow("no-host") << u"https:///"_s << false << u"https://dm.aliyuncs.com/"_s;
    QTest::newRow("userinfo") << u"https://user:pw@dm.aliyuncs.com/"_s << false << u"password"_s;
    QTest::newRow("empty-userinfo") << u"https://@dm.aliyuncs.com/"_s << false << u"user name"_s;
    QTest::newRow("path") << u"https://dm.aliyuncs.com/api"_s << false << u"path"_s;
    QTest::newRow("double-slash") << u"https://dm.aliyuncs.com//"_s << false << u"path"_s;
    QTest::newRow("query") << u"https://dm.aliyuncs.com/?x=1"_s << false << u"query"_s;
    QTest::newRow("empty-query") << u"https://dm.aliyuncs.com/?"_s << false << u"query"_s;
    QTest::newRow("fragment") << u"https://dm.aliyuncs.com/#top"_s << false << u"fragment"_s;
}

void TestRegions::endpointProblem_judgesCustomEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, acceptable);
    QFETCH(QString, messageMentions);

    const std::optional<QString> problem = endpointProblem(QUrl(endpoint));
    QCOMPARE(!problem.has_value(), acceptable);
    if (problem)
        QVERIFY2(problem->contains(messageMentions), qPrintable(*problem));
}

void TestRegions::endpointProblem_acceptsEveryRegionEndpoint()
{
    for (const RegionInfo &region : knownRegions())
        QVERIFY2(!endpointProblem(endpointForRegion(region.id)), qPrintable(region.id));
}

QTEST_GUILESS_MAIN(TestRegions)
#include "tst_regions.moc"
