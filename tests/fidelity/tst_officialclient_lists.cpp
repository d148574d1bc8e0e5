// Official-client fidelity for the list APIs and the daily totals: the real @alicloud/dm20151123
// SDK (V3 and V1 signing) calls the sandbox through lists.mjs, follows every page, and what its
// models parsed (serialized with their own names()) must equal what the catalog and the data set
// say. A key the SDK does not know would come back null; a wrong type would not compare equal.
#include "officialclientfixture.h"
#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxserver.h"
#include "sandboxlistexpectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

Q_DECLARE_METATYPE(sendtrail::test::ListApi)

namespace {

QDate serviceToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

} // namespace

class TestOfficialClientLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void officialClient_pagesEveryList_data();
    void officialClient_pagesEveryList();
    void officialClient_readsDailyTotals_data();
    void officialClient_readsDailyTotals();
    void officialClient_readsListErrors_data();
    void officialClient_readsListErrors();

private:
    OfficialClientFixture m_fixture;
    std::unique_ptr<SandboxServer> m_server;
};

void TestOfficialClientLists::initTestCase()
{
    m_fixture.prepare({u"lists.mjs"_s});
}

void TestOfficialClientLists::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxDataset(9, SandboxDataset::currentAnchor(), 5000));
    QVERIFY(m_server->listen());
}

void TestOfficialClientLists::cleanup()
{
    m_server.reset();
}

void TestOfficialClientLists::officialClient_pagesEveryList_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<ListApi>("api");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("sendtype");
    QTest::addColumn<QString>("poolId");
    QTest::addColumn<bool>("all");
    const QString pool = sandboxcatalog::ipPools().at(0).id;
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        const char *label = m.constData();
        QTest::addRow("%s tags", label)
            << mode << ListApi::Tags << 10 << QString() << QString() << QString() << false;
        QTest::addRow("%s tags keyword", label)
            << mode << ListApi::Tags << 2 << u"newsletter"_s << QString() << QString() << false;
        QTest::addRow("%s senders", label)
            << mode << ListApi::Senders << 4 << QString() << QString() << QString() << false;
        QTest::addRow("%s senders trigger", label)
            << mode << ListApi::Senders << 2 << QString() << u"trigger"_s << QString() << false;
        QTest::addRow("%s senders keyword", label)
            << mode << ListApi::Senders << 3 << u"MAIL.EXAMPLE"_s << QString() << QString() << false;
        QTest::addRow("%s pools", label)
            << mode << ListApi::Pools << 2 << QString() << QString() << QString() << false;
        QTest::addRow("%s pools all", label)
            << mode << ListApi::Pools << 1 << QString() << QString() << QString() << true;
        QTest::addRow("%s pool by id", label)
            << mode << ListApi::Pools << 10 << QString() << QString() << pool << false;
        QTest::addRow("%s config sets", label)
            << mode << ListApi::ConfigSets << 2 << QString() << QString() << QString() << false;
        QTest::addRow("%s config sets keyword all", label)
            << mode << ListApi::ConfigSets << 1 << u"CONFIG"_s << QString() << QString() << true;
    }
}

void TestOfficialClientLists::officialClient_pagesEveryList()
{
    QFETCH(QString, mode);
    QFETCH(ListApi, api);
    QFETCH(int, pageSize);
    QFETCH(QString, keyword);
    QFETCH(QString, sendtype);
    QFETCH(QString, poolId);
    QFETCH(bool, all);
    const ListApiSpec &spec = listApi(api);
    QStringList args = {
        u"--mode"_s, mode, u"--api"_s, spec.script, u"--page-size"_s, QString::number(pageSize)};
    for (const auto &[name, value] :
         {std::pair{u"--keyword"_s, keyword}, std::pair{u"--sendtype"_s, sendtype},
          std::pair{u"--pool-id"_s, poolId}}) {
        if (!value.isEmpty())
            args << name << value;
    }
    if (all)
        args << u"--all"_s;
    const NodeRun run = m_fixture.run(*m_server, u"lists.mjs"_s, args, SandboxServer::demoAccessKeySecret());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));

    const QList<QJsonObject> expected = expectedList(api, m_server->dataset(), {keyword, sendtype, poolId});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(run.records, expected);
    const int total = int(expected.size());
    const int pageCount = all ? 1 : (total + pageSize - 1) / pageSize;
    const QList<QJsonObject> pages = pagesOf(run);
    QCOMPARE(int(pages.size()), pageCount);
    QCOMPARE(m_server->callCount(), pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const QJsonObject &page = pages.at(i);
        const int number = i + 1;
        const int size = all ? total : pageSize;
        const bool more = number < pageCount;
        QVERIFY(!page.value(u"RequestId"_s).toString().isEmpty());
        switch (api) {
        case ListApi::Tags:
        case ListApi::Senders:
            QCOMPARE(page.value(u"PageNumber"_s), QJsonValue(number));
            QCOMPARE(page.value(u"PageSize"_s), QJsonValue(size));
            QCOMPARE(page.value(u"TotalCount"_s), QJsonValue(total));
            break;
        case ListApi::Pools: // the SDK types CurrentPage and PageSize as strings here
            QCOMPARE(page.value(u"CurrentPage"_s), QJsonValue(QString::number(number)));
            QCOMPARE(page.value(u"PageSize"_s), QJsonValue(QString::number(size)));
            QCOMPARE(page.value(u"TotalCounts"_s), QJsonValue(total));
            QCOMPARE(page.value(u"HasMore"_s), QJsonValue(more));
            break;
        case ListApi::ConfigSets:
            QCOMPARE(page.value(u"CurrentPage"_s), QJsonValue(number));
            QCOMPARE(page.value(u"PageSize"_s), QJsonValue(size));
            QCOMPARE(page.value(u"TotalCounts"_s), QJsonValue(total));
            QCOMPARE(page.value(u"HasMore"_s), QJsonValue(more));
            break;
        }
    }
}

void TestOfficialClientLists::officialClient_readsDailyTotals_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("firstBack");
    QTest::addColumn<QStringList>("filter"); // account, tag, pool, ip, domain, esp
    const QString pool = sandboxcatalog::ipPools().at(1).id;
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        const char *label = m.constData();
        QTest::addRow("%s last week", label) << mode << QStringList() << 6 << QStringList();
        QTest::addRow("%s oldest days", label) << mode << QStringList() << 30 << QStringList();
        QTest::addRow("%s account", label)
            << mode << QStringList{u"--account"_s, u"billing@pay.example.net"_s} << 6
            << QStringList{u"billing@pay.example.net"_s};
        QTest::addRow("%s CJK tag", label) << mode << QStringList{u"--tag"_s, u"测试 tag*~"_s} << 6
                                           << QStringList{QString(), u"测试 tag*~"_s};
        QTest::addRow("%s pool and ip", label)
            << mode << QStringList{u"--pool"_s, pool, u"--ip"_s, u"198.51.100.25"_s} << 6
            << QStringList{QString(), QString(), pool, u"198.51.100.25"_s};
        QTest::addRow("%s domain and esp", label)
            << mode << QStringList{u"--domain"_s, u"pay.example.net"_s, u"--esp"_s, u"others"_s} << 6
            << QStringList{QString(), QString(), QString(), QString(), u"pay.example.net"_s, u"others"_s};
    }
}

void TestOfficialClientLists::officialClient_readsDailyTotals()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, args);
    QFETCH(int, firstBack);
    QFETCH(QStringList, filter);
    filter.resize(6);
    const QDate first = serviceToday().addDays(-firstBack);
    const QDate last = first.addDays(6);
    const NodeRun run =
        m_fixture.run(*m_server, u"lists.mjs"_s,
                      QStringList{u"--mode"_s, mode, u"--api"_s, u"stats"_s, u"--start"_s,
                                  first.toString(Qt::ISODate), u"--end"_s, last.toString(Qt::ISODate)} +
                          args,
                      SandboxServer::demoAccessKeySecret());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    const StatFilter statFilter{filter.at(0), filter.at(1), filter.at(2),
                                filter.at(3), filter.at(4), filter.at(5)};
    const QList<QJsonObject> expected = expectedDailyTotals(m_server->dataset(), first, last, statFilter);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(run.records, expected);
    const QList<QJsonObject> pages = pagesOf(run);
    QCOMPARE(int(pages.size()), 1);
    QCOMPARE(pages.constFirst().value(u"TotalCount"_s), QJsonValue(int(expected.size())));
}

void TestOfficialClientLists::officialClient_readsListErrors_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("throttleEvery");
    QTest::addColumn<QString>("expected");
    const QByteArray demo = SandboxServer::demoAccessKeySecret();
    const QString today = serviceToday().toString(Qt::ISODate);
    const QString weekAgo = serviceToday().addDays(-7).toString(Qt::ISODate);
    const QString monthAgo = serviceToday().addDays(-31).toString(Qt::ISODate);
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        const char *label = m.constData();
        QTest::addRow("%s span of 8 days", label)
            << mode << QStringList{u"--api"_s, u"stats"_s, u"--start"_s, weekAgo, u"--end"_s, today} << demo
            << 0 << u"code=InvalidBetweenTime.Malformed status=400"_s;
        QTest::addRow("%s start too old", label)
            << mode << QStringList{u"--api"_s, u"stats"_s, u"--start"_s, monthAgo, u"--end"_s, monthAgo}
            << demo << 0 << u"code=InvalidStartTime.Malformed status=400"_s;
        QTest::addRow("%s page size 101", label)
            << mode << QStringList{u"--api"_s, u"tags"_s, u"--page-size"_s, u"101"_s} << demo << 0
            << u"code=InvalidParameter status=400"_s;
        QTest::addRow("%s wrong secret", label)
            << mode << QStringList{u"--api"_s, u"configsets"_s} << QByteArray("wrong") << 0
            << u"code=SignatureDoesNotMatch status=400"_s;
        QTest::addRow("%s throttled", label)
            << mode << QStringList{u"--api"_s, u"pools"_s} << demo << 1 << u"code=Throttling status=400"_s;
    }
}

void TestOfficialClientLists::officialClient_readsListErrors()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, secret);
    QFETCH(int, throttleEvery);
    QFETCH(QString, expected);
    m_fixture.checkRefused(*m_server, u"lists.mjs"_s, QStringList{u"--mode"_s, mode} + args, secret,
                           throttleEvery, expected);
}

QTEST_GUILESS_MAIN(TestOfficialClientLists)
#include "tst_officialclient_lists.moc"
