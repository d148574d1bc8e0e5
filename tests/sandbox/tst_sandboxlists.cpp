// The list APIs (tags, senders, IP pools, config sets) and the daily totals over real loopback
// HTTP, signed by the test's own signer, checked against the catalog and SandboxDataset::select.
#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxserver.h"
#include "sandboxlistexpectations.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

using Params = QList<QPair<QString, QString>>;

Q_DECLARE_METATYPE(sendtrail::test::ListApi)

namespace {

const QString kStats = u"SenderStatisticsByTagNameAndBatchID"_s;

// The server's today: the data set is anchored at now, so the daily totals' 30-day rule holds.
QDate serviceToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

QString day(int daysBack)
{
    return serviceToday().addDays(-daysBack).toString(Qt::ISODate);
}

Params statWindow(int firstBack, int lastBack)
{
    return {{u"StartTime"_s, day(firstBack)}, {u"EndTime"_s, day(lastBack)}};
}

QString idOf(const QJsonObject &item)
{
    for (const QString &key : {u"TagId"_s, u"MailAddressId"_s, u"Id"_s}) {
        if (item.contains(key))
            return item.value(key).toString();
    }
    return {};
}

} // namespace

class TestSandboxLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lists_pagesConcatenateToTheWholeList_data();
    void lists_pagesConcatenateToTheWholeList();
    void lists_keywordMatchesAnyCase_data();
    void lists_keywordMatchesAnyCase();
    void lists_filtersNarrowTheList_data();
    void lists_filtersNarrowTheList();
    void lists_pagePastTheEnd_isEmptyButCounted_data();
    void lists_pagePastTheEnd_isEmptyButCounted();
    void lists_coverWhatTheRecordsUse();
    void parameters_areValidated_data();
    void parameters_areValidated();
    void dailyTotals_matchTheDataset_data();
    void dailyTotals_matchTheDataset();
    void dailyTotals_followTheServiceZone();
    void everyAction_acceptsV3AndV1_refusesWrongSecret_data();
    void everyAction_acceptsV3AndV1_refusesWrongSecret();
    void everyAction_followsTheFaultSwitches();
    void resetEvery_cutsListCallsToo();
    void rateLimit_countsCallsOfEveryAction();
    void unknownAction_isStillNotFound();
    void v1WithoutFormat_answersXml_data();
    void v1WithoutFormat_answersXml();

private:
    TestResponse call(const QString &action, const Params &params, Scheme scheme = Scheme::V3,
                      const QByteArray &secret = {});
    void pageThrough(ListApi api, int pageSize, const Params &extra, Scheme scheme, QList<QJsonObject> &items,
                     int &pages);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxLists::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxDataset(7, SandboxDataset::currentAnchor(), 5000));
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxLists::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

TestResponse TestSandboxLists::call(const QString &action, const Params &params, Scheme scheme,
                                    const QByteArray &secret)
{
    return sendToLoopback(*m_manager, m_server->port(), demoRequest(action, params, scheme, secret));
}

// Follows pages until the reply says there are no more, checking every page's counters.
void TestSandboxLists::pageThrough(ListApi api, int pageSize, const Params &extra, Scheme scheme,
                                   QList<QJsonObject> &items, int &pages)
{
    const ListApiSpec &spec = listApi(api);
    int total = -1;
    for (int page = 1; page < 100; ++page) {
        const Params params = extra + Params{{spec.pageNumber, QString::number(page)},
                                             {u"PageSize"_s, QString::number(pageSize)}};
        const TestResponse response = call(spec.action, params, scheme);
        QCOMPARE(response.status, 200);
        checkEnvelope(response);
        const QJsonObject &body = response.json;
        const QList<QJsonObject> got = itemsOf(api, body);
        items += got;
        pages = page;
        bool more = false;
        if (spec.indexed) {
            // DedicatedIpPoolList sends CurrentPage/PageSize as strings, ConfigSetList as numbers.
            const QJsonValue current = body.value(u"CurrentPage"_s);
            const QJsonValue size = body.value(u"PageSize"_s);
            if (api == ListApi::Pools) {
                QCOMPARE(current.toString(), QString::number(page));
                QCOMPARE(size.toString(), QString::number(pageSize));
            } else {
                QCOMPARE(current.toInt(-1), page);
                QCOMPARE(size.toInt(-1), pageSize);
            }
            QVERIFY(body.value(u"TotalCounts"_s).isDouble());
            QVERIFY(total < 0 || body.value(u"TotalCounts"_s).toInt() == total);
            total = body.value(u"TotalCounts"_s).toInt();
            more = body.value(u"HasMore"_s).toBool(true);
            QCOMPARE(more, page * pageSize < total);
        } else {
            QCOMPARE(body.value(u"PageNumber"_s).toInt(-1), page);
            QCOMPARE(body.value(u"PageSize"_s).toInt(-1), pageSize);
            QVERIFY(total < 0 || body.value(u"TotalCount"_s).toInt() == total);
            total = body.value(u"TotalCount"_s).toInt(-1);
            more = page * pageSize < total;
        }
        QCOMPARE(int(got.size()), more ? pageSize : total - (page - 1) * pageSize);
        if (!more) {
            QCOMPARE(int(items.size()), total);
            return;
        }
    }
    QFAIL("no last page");
}

void TestSandboxLists::lists_pagesConcatenateToTheWholeList_data()
{
    QTest::addColumn<ListApi>("api");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("scheme");
    for (const ListApiSpec &spec : listApis()) {
        const QByteArray name = spec.script.toLatin1();
        for (int size : {1, 2, 10, 100})
            QTest::addRow("%s V3 size %d", name.constData(), size) << spec.api << size << int(Scheme::V3);
        QTest::addRow("%s V1 query size 3", name.constData()) << spec.api << 3 << int(Scheme::V1Query);
        QTest::addRow("%s V1 form size 4", name.constData()) << spec.api << 4 << int(Scheme::V1Form);
    }
}

void TestSandboxLists::lists_pagesConcatenateToTheWholeList()
{
    QFETCH(ListApi, api);
    QFETCH(int, pageSize);
    QFETCH(int, scheme);
    QList<QJsonObject> items;
    int pages = 0;
    pageThrough(api, pageSize, {}, Scheme(scheme), items, pages);
    if (QTest::currentTestFailed())
        return;
    const QList<QJsonObject> expected = expectedList(api, m_server->dataset());
    QCOMPARE(items, expected);
    QCOMPARE(pages, qMax(1, int((expected.size() + pageSize - 1) / pageSize)));
    QSet<QString> ids;
    for (const QJsonObject &item : items)
        ids.insert(idOf(item));
    QCOMPARE(int(ids.size()), int(items.size()));
    QVERIFY(!ids.contains(QString()));
}

void TestSandboxLists::lists_keywordMatchesAnyCase_data()
{
    QTest::addColumn<ListApi>("api");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("mustFind"); // a name that has to be among the matches
    QTest::newRow("tags lower") << ListApi::Tags << u"newsletter"_s << u"Newsletter"_s;
    QTest::newRow("tags upper") << ListApi::Tags << u"NEWSLETTER"_s << u"newsletter-archive"_s;
    QTest::newRow("tags CJK") << ListApi::Tags << u"测试"_s << u"测试 tag*~"_s;
    QTest::newRow("tags no match") << ListApi::Tags << u"zzz-nothing"_s << QString();
    QTest::newRow("senders domain") << ListApi::Senders << u"MAIL.EXAMPLE"_s << u"news@mail.example.com"_s;
    QTest::newRow("senders mixed") << ListApi::Senders << u"frozen.sender"_s
                                   << u"Frozen.Sender@Example.COM"_s;
    QTest::newRow("pools") << ListApi::Pools << u"MARKETING"_s << u"marketing-pool"_s;
    QTest::newRow("config sets") << ListApi::ConfigSets << u"pRoMo"_s << u"Promo, \"Q3\""_s;
}

void TestSandboxLists::lists_keywordMatchesAnyCase()
{
    QFETCH(ListApi, api);
    QFETCH(QString, keyword);
    QFETCH(QString, mustFind);
    QList<QJsonObject> items;
    int pages = 0;
    pageThrough(api, 2, {{listApi(api).keyword, keyword}}, Scheme::V3, items, pages);
    if (QTest::currentTestFailed())
        return;
    // Independently: the whole list, filtered here with a case-insensitive substring.
    QList<QJsonObject> expected;
    const QString nameKey = api == ListApi::Tags      ? u"TagName"_s
                            : api == ListApi::Senders ? u"AccountName"_s
                                                      : u"Name"_s;
    QStringList names;
    for (const QJsonObject &item : expectedList(api, m_server->dataset())) {
        if (item.value(nameKey).toString().toCaseFolded().contains(keyword.toCaseFolded()))
            expected.append(item);
    }
    for (const QJsonObject &item : items)
        names.append(item.value(nameKey).toString());
    QCOMPARE(items, expected);
    QCOMPARE(items.isEmpty(), mustFind.isEmpty());
    QVERIFY2(mustFind.isEmpty() || names.contains(mustFind), qPrintable(names.join(u", "_s)));
}

void TestSandboxLists::lists_filtersNarrowTheList_data()
{
    QTest::addColumn<ListApi>("api");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QStringList>("ids");
    const auto senderIds = [](const QString &type) {
        QStringList ids;
        for (const SandboxSender &sender : sandboxcatalog::senders()) {
            if (sender.sendtype == type)
                ids.append(sender.id);
        }
        return ids;
    };
    const QString pool = sandboxcatalog::ipPools().at(1).id;
    QTest::newRow("senders batch") << ListApi::Senders << Params{{u"Sendtype"_s, u"batch"_s}}
                                   << senderIds(u"batch"_s);
    QTest::newRow("senders trigger") << ListApi::Senders << Params{{u"Sendtype"_s, u"trigger"_s}}
                                     << senderIds(u"trigger"_s);
    QTest::newRow("pool by id") << ListApi::Pools << Params{{u"PoolId"_s, pool}} << QStringList{pool};
    QTest::newRow("unknown pool") << ListApi::Pools << Params{{u"PoolId"_s, u"no-such-pool"_s}}
                                  << QStringList();
}

void TestSandboxLists::lists_filtersNarrowTheList()
{
    QFETCH(ListApi, api);
    QFETCH(Params, params);
    QFETCH(QStringList, ids);
    QList<QJsonObject> items;
    int pages = 0;
    pageThrough(api, 2, params, Scheme::V3, items, pages);
    if (QTest::currentTestFailed())
        return;
    QStringList got;
    for (const QJsonObject &item : items)
        got.append(idOf(item));
    QCOMPARE(got, ids);
}

void TestSandboxLists::lists_pagePastTheEnd_isEmptyButCounted_data()
{
    QTest::addColumn<ListApi>("api");
    for (const ListApiSpec &spec : listApis())
        QTest::newRow(qPrintable(spec.script)) << spec.api;
}

void TestSandboxLists::lists_pagePastTheEnd_isEmptyButCounted()
{
    QFETCH(ListApi, api);
    const ListApiSpec &spec = listApi(api);
    const TestResponse response =
        call(spec.action, {{spec.pageNumber, u"99"_s}, {u"PageSize"_s, u"10"_s}, {u"All"_s, u"false"_s}});
    QCOMPARE(response.status, 200);
    QVERIFY(itemsOf(api, response.json).isEmpty());
    const int total = int(expectedList(api, m_server->dataset()).size());
    QCOMPARE(response.json.value(spec.indexed ? u"TotalCounts"_s : u"TotalCount"_s).toInt(), total);
    if (spec.indexed) {
        QCOMPARE(response.json.value(u"HasMore"_s).toBool(true), false);
        // All=true: every item on one page, whatever the paging asked for.
        const TestResponse all =
            call(spec.action, {{spec.pageNumber, u"2"_s}, {u"PageSize"_s, u"1"_s}, {u"All"_s, u"true"_s}});
        QCOMPARE(itemsOf(api, all.json), expectedList(api, m_server->dataset()));
        QCOMPARE(all.json.value(u"HasMore"_s).toBool(true), false);
    }
}

void TestSandboxLists::lists_coverWhatTheRecordsUse()
{
    const SandboxDataset &data = m_server->dataset();
    QSet<QString> pools;
    QSet<QString> sets;
    for (int row = 0; row < data.size(); ++row) {
        pools.insert(data.ipPoolId(row));
        sets.insert(data.configSetId(row));
    }
    pools.remove(QString());
    sets.remove(QString());
    const auto listed = [&](ListApi api, const QString &key) {
        QSet<QString> values;
        for (const QJsonObject &item : expectedList(api, data))
            values.insert(item.value(key).toString());
        return values;
    };
    const QSet<QString> tags = listed(ListApi::Tags, u"TagName"_s);
    const QSet<QString> accounts = listed(ListApi::Senders, u"AccountName"_s);
    const QStringList tagNames = data.tagNames();
    const QStringList accountNames = data.accountNames();
    QVERIFY(tags.contains(QSet<QString>(tagNames.cbegin(), tagNames.cend())));
    QVERIFY(tags.size() >= 35); // PageSize 10 has to page
    QVERIFY(accounts.contains(QSet<QString>(accountNames.cbegin(), accountNames.cend())));
    QVERIFY(accounts.size() > accountNames.size());
    QVERIFY(listed(ListApi::Pools, u"Id"_s).contains(pools));
    QCOMPARE(listed(ListApi::Pools, u"Id"_s).size(), pools.size() + 1);
    QVERIFY(listed(ListApi::ConfigSets, u"Id"_s).contains(sets));
    QCOMPARE(listed(ListApi::ConfigSets, u"Id"_s).size(), sets.size() + 1);
}

void TestSandboxLists::parameters_areValidated_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("code"); // empty = accepted
    const QString tags = u"QueryTagByParam"_s;
    const QString senders = u"QueryMailAddressByParam"_s;
    const QString pools = u"DedicatedIpPoolList"_s;
    const QString sets = u"ConfigSetList"_s;
    const QString invalid = u"InvalidParameter"_s;
    const Params paged = {{u"PageIndex"_s, u"1"_s}, {u"PageSize"_s, u"10"_s}};
    QTest::newRow("tags KeyWord 50") << tags << Params{{u"KeyWord"_s, u"k"_s.repeated(50)}} << QString();
    QTest::newRow("tags KeyWord 51") << tags << Params{{u"KeyWord"_s, u"k"_s.repeated(51)}} << invalid;
    QTest::newRow("tags PageSize 100") << tags << Params{{u"PageSize"_s, u"100"_s}} << QString();
    QTest::newRow("tags PageSize 101") << tags << Params{{u"PageSize"_s, u"101"_s}} << invalid;
    QTest::newRow("tags PageSize 0") << tags << Params{{u"PageSize"_s, u"0"_s}} << invalid;
    QTest::newRow("tags PageNo 0") << tags << Params{{u"PageNo"_s, u"0"_s}} << invalid;
    QTest::newRow("tags PageNo abc") << tags << Params{{u"PageNo"_s, u"abc"_s}} << invalid;
    QTest::newRow("senders KeyWord 60")
        << senders << Params{{u"KeyWord"_s, u"k"_s.repeated(60)}} << QString();
    QTest::newRow("senders KeyWord 61") << senders << Params{{u"KeyWord"_s, u"k"_s.repeated(61)}} << invalid;
    QTest::newRow("senders Sendtype bulk") << senders << Params{{u"Sendtype"_s, u"bulk"_s}} << invalid;
    QTest::newRow("senders Sendtype Batch") << senders << Params{{u"Sendtype"_s, u"Batch"_s}} << invalid;
    QTest::newRow("pools no paging") << pools << Params() << QString();
    QTest::newRow("pools All yes") << pools << Params{{u"All"_s, u"yes"_s}} << invalid;
    QTest::newRow("pools PageIndex -1") << pools << Params{{u"PageIndex"_s, u"-1"_s}} << invalid;
    QTest::newRow("sets paged") << sets << paged << QString();
    QTest::newRow("sets no PageIndex") << sets << Params{{u"PageSize"_s, u"10"_s}} << u"MissingParameter"_s;
    QTest::newRow("sets no PageSize") << sets << Params{{u"PageIndex"_s, u"1"_s}} << u"MissingParameter"_s;
    QTest::newRow("sets PageSize 101")
        << sets << Params{{u"PageIndex"_s, u"1"_s}, {u"PageSize"_s, u"101"_s}} << invalid;
    QTest::newRow("sets All TRUE") << sets << paged + Params{{u"All"_s, u"TRUE"_s}} << QString();
    QTest::newRow("stats no StartTime") << kStats << Params{{u"EndTime"_s, day(0)}} << u"MissingParameter"_s;
    QTest::newRow("stats no EndTime") << kStats << Params{{u"StartTime"_s, day(0)}} << u"MissingParameter"_s;
    QTest::newRow("stats StartTime with time")
        << kStats << Params{{u"StartTime"_s, day(1) + u" 00:00"_s}, {u"EndTime"_s, day(0)}}
        << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("stats StartTime slashes")
        << kStats << Params{{u"StartTime"_s, day(1).replace(u'-', u'/')}, {u"EndTime"_s, day(0)}}
        << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("stats EndTime month 13")
        << kStats << Params{{u"StartTime"_s, day(1)}, {u"EndTime"_s, u"2030-13-01"_s}}
        << u"InvalidDate.Malformed"_s;
    QTest::newRow("stats end before start")
        << kStats << statWindow(1, 2) << u"InvalidBetweenTime.Malformed"_s;
    QTest::newRow("stats 8 days") << kStats << statWindow(7, 0) << u"InvalidBetweenTime.Malformed"_s;
    QTest::newRow("stats 7 days") << kStats << statWindow(6, 0) << QString();
    QTest::newRow("stats one day") << kStats << statWindow(3, 3) << QString();
    QTest::newRow("stats start 31 days ago")
        << kStats << statWindow(31, 25) << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("stats start 30 days ago") << kStats << statWindow(30, 24) << QString();
    QTest::newRow("stats future") << kStats << statWindow(-3, -5) << QString();
    QTest::newRow("stats Esp hotmail")
        << kStats << statWindow(1, 0) + Params{{u"Esp"_s, u"hotmail.com"_s}} << invalid;
    QTest::newRow("stats Esp others")
        << kStats << statWindow(1, 0) + Params{{u"Esp"_s, u"others"_s}} << QString();
}

void TestSandboxLists::parameters_areValidated()
{
    QFETCH(QString, action);
    QFETCH(Params, params);
    QFETCH(QString, code);
    for (Scheme scheme : {Scheme::V3, Scheme::V1Query})
        checkVerdict(call(action, params, scheme), code);
}

void TestSandboxLists::dailyTotals_matchTheDataset_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("firstBack");
    QTest::addColumn<int>("lastBack");
    QTest::addColumn<Params>("filters");
    const QString pool = sandboxcatalog::ipPools().at(0).id;
    QTest::newRow("V3 last 7 days") << int(Scheme::V3) << 6 << 0 << Params();
    QTest::newRow("V1 query a week before") << int(Scheme::V1Query) << 13 << 7 << Params();
    QTest::newRow("V1 form oldest week") << int(Scheme::V1Form) << 30 << 24 << Params();
    QTest::newRow("account") << int(Scheme::V3) << 6 << 0
                             << Params{{u"AccountName"_s, u"news@mail.example.com"_s}};
    QTest::newRow("CJK account") << int(Scheme::V3) << 10 << 4
                                 << Params{{u"AccountName"_s, u"营销@邮件.例子.中国"_s}};
    QTest::newRow("tag") << int(Scheme::V3) << 6 << 0 << Params{{u"TagName"_s, u"Newsletter"_s}};
    QTest::newRow("quoted tag") << int(Scheme::V1Query) << 6 << 0
                                << Params{{u"TagName"_s, u"promo,2024 \"spring\""_s}};
    QTest::newRow("tag in other case")
        << int(Scheme::V3) << 6 << 0 << Params{{u"TagName"_s, u"newsletter"_s}};
    QTest::newRow("pool") << int(Scheme::V3) << 6 << 0 << Params{{u"DedicatedIpPoolId"_s, pool}};
    QTest::newRow("ip") << int(Scheme::V3) << 6 << 0 << Params{{u"DedicatedIp"_s, u"203.0.113.11"_s}};
    QTest::newRow("domain any case") << int(Scheme::V3) << 6 << 0
                                     << Params{{u"Domain"_s, u"MAIL.Example.com"_s}};
    QTest::newRow("esp others") << int(Scheme::V3) << 6 << 0 << Params{{u"Esp"_s, u"others"_s}};
    QTest::newRow("esp gmail") << int(Scheme::V3) << 6 << 0 << Params{{u"Esp"_s, u"gmail.com"_s}};
    QTest::newRow("combined") << int(Scheme::V1Query) << 6 << 0
                              << Params{{u"AccountName"_s, u"noreply@mail.example.com"_s},
                                        {u"TagName"_s, u"OrderShipped"_s},
                                        {u"DedicatedIpPoolId"_s, pool}};
}

void TestSandboxLists::dailyTotals_matchTheDataset()
{
    QFETCH(int, scheme);
    QFETCH(int, firstBack);
    QFETCH(int, lastBack);
    QFETCH(Params, filters);
    const auto given = [&filters](const QString &name) {
        for (const auto &[key, value] : filters) {
            if (key == name)
                return value;
        }
        return QString();
    };
    StatFilter filter;
    filter.accountName = given(u"AccountName"_s);
    filter.tagName = given(u"TagName"_s);
    filter.poolId = given(u"DedicatedIpPoolId"_s);
    filter.dedicatedIp = given(u"DedicatedIp"_s);
    filter.domain = given(u"Domain"_s);
    filter.esp = given(u"Esp"_s);
    const TestResponse response = call(kStats, statWindow(firstBack, lastBack) + filters, Scheme(scheme));
    QCOMPARE(response.status, 200);
    checkEnvelope(response);
    QList<QJsonObject> stats;
    for (const QJsonValue &stat : response.json.value(u"data"_s).toObject().value(u"stat"_s).toArray())
        stats.append(stat.toObject());
    const QDate today = serviceToday();
    const QList<QJsonObject> expected =
        expectedDailyTotals(m_server->dataset(), today.addDays(-firstBack), today.addDays(-lastBack), filter);
    QCOMPARE(stats, expected);
    QCOMPARE(response.json.value(u"TotalCount"_s).toInt(-1), int(expected.size()));
    QCOMPARE(response.json.keys(), (QStringList{u"RequestId"_s, u"TotalCount"_s, u"data"_s}));
    const bool none = filter.esp == u"gmail.com"_s || filter.tagName == u"newsletter"_s;
    QCOMPARE(expected.isEmpty(), none);
}

void TestSandboxLists::dailyTotals_followTheServiceZone()
{
    SandboxOptions options;
    options.serviceUtcOffsetSeconds = 0;
    m_server->setOptions(options);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const TestResponse response = call(kStats, {{u"StartTime"_s, today.addDays(-6).toString(Qt::ISODate)},
                                                {u"EndTime"_s, today.toString(Qt::ISODate)}});
    QCOMPARE(response.status, 200);
    QList<QJsonObject> stats;
    for (const QJsonValue &stat : response.json.value(u"data"_s).toObject().value(u"stat"_s).toArray())
        stats.append(stat.toObject());
    const SandboxDataset &data = m_server->dataset();
    QCOMPARE(stats, expectedDailyTotals(data, today.addDays(-6), today, {}, 0));
    QVERIFY(stats != expectedDailyTotals(data, today.addDays(-6), today, {}, 8 * 3600));
}

void TestSandboxLists::everyAction_acceptsV3AndV1_refusesWrongSecret_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Params>("params");
    QTest::addColumn<int>("scheme");
    const QList<QPair<QString, Params>> actions = {
        {u"QueryTagByParam"_s, {}},
        {u"QueryMailAddressByParam"_s, {{u"Sendtype"_s, u"batch"_s}}},
        {u"DedicatedIpPoolList"_s, {}},
        {u"ConfigSetList"_s, {{u"PageIndex"_s, u"1"_s}, {u"PageSize"_s, u"10"_s}}},
        {kStats, statWindow(1, 0)}};
    const QList<QPair<const char *, Scheme>> schemes = {
        {"V3", Scheme::V3}, {"V1 query", Scheme::V1Query}, {"V1 form", Scheme::V1Form}};
    for (const auto &[action, params] : actions) {
        for (const auto &[label, scheme] : schemes)
            QTest::addRow("%s %s", qPrintable(action), label) << action << params << int(scheme);
    }
}

void TestSandboxLists::everyAction_acceptsV3AndV1_refusesWrongSecret()
{
    QFETCH(QString, action);
    QFETCH(Params, params);
    QFETCH(int, scheme);
    const TestResponse good = call(action, params, Scheme(scheme));
    QCOMPARE(good.status, 200);
    QVERIFY(good.header("Content-Type").startsWith("application/json"));
    checkEnvelope(good);
    checkError(call(action, params, Scheme(scheme), "not-the-secret"), 400, u"SignatureDoesNotMatch"_s);
}

void TestSandboxLists::everyAction_followsTheFaultSwitches()
{
    SandboxOptions options;
    options.throttleEvery = 4;
    options.unavailableEvery = 5;
    options.latencyMs = 30;
    m_server->setOptions(options);
    const QList<QPair<QString, Params>> actions = {
        {kStats, statWindow(2, 0)},
        {u"QueryTagByParam"_s, {}},
        {u"QueryMailAddressByParam"_s, {}},
        {u"DedicatedIpPoolList"_s, {}},
        {u"ConfigSetList"_s, {{u"PageIndex"_s, u"1"_s}, {u"PageSize"_s, u"5"_s}}}};
    for (int callNumber = 1; callNumber <= 21; ++callNumber) {
        const auto &[action, params] = actions.at(callNumber % actions.size());
        QElapsedTimer timer;
        timer.start();
        const TestResponse response = call(action, params);
        QVERIFY2(timer.elapsed() >= options.latencyMs - 5, qPrintable(action));
        if (callNumber % 5 == 0) {
            checkError(response, 503, u"ServiceUnavailable"_s);
        } else if (callNumber % 4 == 0) {
            checkError(response, 400, u"Throttling"_s);
            QCOMPARE(response.header("x-acs-retry-after"), QByteArray::number(options.injectedRetryAfterMs));
        } else {
            QVERIFY2(response.status == 200, qPrintable(action));
        }
    }
    QCOMPARE(m_server->callCount(), 21);
}

// Over a raw socket: QNetworkAccessManager would quietly resend a request whose connection reset.
void TestSandboxLists::resetEvery_cutsListCallsToo()
{
    SandboxOptions options;
    options.resetEvery = 1;
    m_server->setOptions(options);
    TestRequest r;
    r.action = u"QueryTagByParam"_s;
    r.keyId = SandboxServer::demoAccessKeyId();
    r.secret = SandboxServer::demoAccessKeySecret();
    const BuiltRequest built = buildRequest(r, u"127.0.0.1:%1"_s.arg(m_server->port()));
    QByteArray raw = built.method + " /?" + built.query + " HTTP/1.1\r\n";
    for (const auto &[name, value] : built.headers)
        raw += name + ": " + value + "\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
    socket.write(raw + "Content-Length: 0\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty() || socket.bytesAvailable() > 0; }, 5000));
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(m_server->callCount(), 1);
}

void TestSandboxLists::rateLimit_countsCallsOfEveryAction()
{
    SandboxOptions options;
    options.rateLimitPerMinute = 3;
    m_server->setOptions(options);
    QCOMPARE(call(u"QueryTagByParam"_s, {}).status, 200);
    QCOMPARE(call(u"DedicatedIpPoolList"_s, {}).status, 200);
    QCOMPARE(call(kStats, statWindow(1, 0)).status, 200);
    const TestResponse limited = call(u"QueryMailAddressByParam"_s, {});
    checkError(limited, 400, u"Throttling.User"_s);
    QVERIFY(limited.header("x-acs-retry-after").toInt() > 50000);
}

void TestSandboxLists::unknownAction_isStillNotFound()
{
    for (Scheme scheme : {Scheme::V3, Scheme::V1Query}) {
        checkError(call(u"QueryDomainByParam"_s, {}, scheme), 404, u"InvalidAction.NotFound"_s);
        checkError(call(u"querytagbyparam"_s, {}, scheme), 404, u"InvalidAction.NotFound"_s);
    }
}

void TestSandboxLists::v1WithoutFormat_answersXml_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("needle");
    QTest::newRow("tags") << u"QueryTagByParam"_s << Params{{u"KeyWord"_s, u"letter"_s}}
                          << QByteArray("<data><tag><TagDescription>");
    QTest::newRow("senders") << u"QueryMailAddressByParam"_s << Params()
                             << QByteArray("<AccountName>noreply@mail.example.com</AccountName>");
    QTest::newRow("pools") << u"DedicatedIpPoolList"_s << Params() << QByteArray("<Ips><Id>");
    QTest::newRow("config sets") << u"ConfigSetList"_s
                                 << Params{{u"PageIndex"_s, u"1"_s}, {u"PageSize"_s, u"9"_s}}
                                 << QByteArray("<FromAddresses>noreply@mail.example.com</FromAddresses>");
    QTest::newRow("stats") << kStats << statWindow(1, 0) << QByteArray("<data><stat><CreateTime>");
}

void TestSandboxLists::v1WithoutFormat_answersXml()
{
    QFETCH(QString, action);
    QFETCH(Params, params);
    QFETCH(QByteArray, needle);
    TestRequest r;
    r.scheme = Scheme::V1Query;
    r.action = action;
    r.params = params;
    r.keyId = SandboxServer::demoAccessKeyId();
    r.secret = SandboxServer::demoAccessKeySecret();
    r.format.clear();
    const TestResponse response =
        send(*m_manager, m_server->endpoint(), buildRequest(r, u"127.0.0.1:%1"_s.arg(m_server->port())));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("text/xml"));
    QVERIFY(response.body.startsWith("<?xml"));
    QVERIFY2(response.body.contains("<" + action.toLatin1() + "Response>"), response.body.constData());
    QVERIFY2(response.body.contains(needle), response.body.constData());
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandboxlists.moc"
