// QueryInvalidAddress and DeleteInvalidAddress over real loopback HTTP, signed by the test's own
// signer, checked against the list rebuilt from SandboxDataset::expectedRecords.
#include "sandbox/sandboxinvalidlist.h"
#include "sandbox/sandboxserver.h"
#include "sandboxinvalidexpectations.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

using Params = QList<QPair<QString, QString>>;

namespace {

const QString kQuery = u"QueryInvalidAddress"_s;
const QString kDelete = u"DeleteInvalidAddress"_s;

// The server's today: the data set is anchored at now, so the 30-day rule holds for its records.
QDate serviceToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

QString day(int daysBack)
{
    return serviceToday().addDays(-daysBack).toString(Qt::ISODate);
}

Params window(int firstBack, int lastBack)
{
    return {{u"StartTime"_s, day(firstBack)}, {u"EndTime"_s, day(lastBack)}};
}

InvalidFilter filterOf(int firstBack, int lastBack, const QString &keyword = {}, const QStringList &gone = {})
{
    return {serviceToday().addDays(-firstBack), serviceToday().addDays(-lastBack), keyword, gone};
}

QList<QJsonObject> itemsOf(const TestResponse &response)
{
    QList<QJsonObject> items;
    for (const QJsonValue &item : response.json.value(u"data"_s).toObject().value(u"mailDetail"_s).toArray())
        items.append(item.toObject());
    return items;
}

QStringList addressesOf(const QList<QJsonObject> &items)
{
    QStringList out;
    for (const QJsonObject &item : items)
        out.append(item.value(u"ToAddress"_s).toString());
    return out;
}

} // namespace

class TestSandboxInvalid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void list_pagesConcatenateToTheExpectedList_data();
    void list_pagesConcatenateToTheExpectedList();
    void list_keywordMatchesAnyCase_data();
    void list_keywordMatchesAnyCase();
    void list_followsTheOrderAndEndMarkerSwitches();
    void list_coversFirstInvalidRecordsOnly();
    void parameters_areValidated_data();
    void parameters_areValidated();
    void bothActions_acceptV3AndV1_refuseWrongSecret_data();
    void bothActions_acceptV3AndV1_refuseWrongSecret();
    void delete_roundTrip_removesTheAddressOnce_data();
    void delete_roundTrip_removesTheAddressOnce();
    void delete_betweenPages_neitherSkipsNorRepeats();
    void delete_lastsForTheServerOnly();
    void faultSwitches_applyAndAFaultedDeleteDeletesNothing();
    void v1WithoutFormat_answersXml();
    void invalidList_deletesOnceAcrossThreads();

private:
    TestResponse call(const QString &action, const Params &params, Scheme scheme = Scheme::V3,
                      const QByteArray &secret = {});
    QList<QJsonObject> pageThrough(const Params &params, int length, Scheme scheme, int &pages);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxInvalid::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxDataset(7, SandboxDataset::currentAnchor(), 5000));
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxInvalid::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

TestResponse TestSandboxInvalid::call(const QString &action, const Params &params, Scheme scheme,
                                      const QByteArray &secret)
{
    return sendToLoopback(*m_manager, m_server->port(), demoRequest(action, params, scheme, secret));
}

// Follows NextStart to the end (length 0: Length left out), checking every page's envelope.
QList<QJsonObject> TestSandboxInvalid::pageThrough(const Params &params, int length, Scheme scheme,
                                                   int &pages)
{
    QList<QJsonObject> items;
    QString nextStart;
    int total = -1;
    for (pages = 1; pages < 1000; ++pages) {
        Params paged = params;
        if (length > 0)
            paged.append({u"Length"_s, QString::number(length)});
        if (!nextStart.isEmpty())
            paged.append({u"NextStart"_s, nextStart});
        const TestResponse response = call(kQuery, paged, scheme);
        [&] { // QCOMPARE returns: from this lambda, since pageThrough returns a list
            QCOMPARE(response.status, 200);
            checkEnvelope(response);
            QVERIFY(response.json.value(u"TotalCount"_s).isDouble());
            QVERIFY(total < 0 || response.json.value(u"TotalCount"_s).toInt() == total);
        }();
        if (QTest::currentTestFailed())
            return {};
        total = response.json.value(u"TotalCount"_s).toInt();
        const QList<QJsonObject> page = itemsOf(response);
        items += page;
        nextStart = response.json.value(u"NextStart"_s).toString();
        if (nextStart.isEmpty()) {
            // Absent at the end unless SandboxOptions::endMarker asks for the empty string.
            if (m_server->options().endMarker == SandboxEndMarker::Absent &&
                response.json.contains(u"NextStart"_s))
                QTest::qFail("NextStart present on the last page", __FILE__, __LINE__);
            if (int(items.size()) != total)
                QTest::qFail("TotalCount is not the number of items listed", __FILE__, __LINE__);
            return items;
        }
        if (int(page.size()) != (length > 0 ? length : 10))
            QTest::qFail("a page before the last is not full", __FILE__, __LINE__);
    }
    QTest::qFail("no last page", __FILE__, __LINE__);
    return {};
}

void TestSandboxInvalid::list_pagesConcatenateToTheExpectedList_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("firstBack");
    QTest::addColumn<int>("lastBack");
    QTest::newRow("V3 default length, last 30 days") << int(Scheme::V3) << 0 << 29 << 0;
    QTest::newRow("V3 length 7, oldest 30 days") << int(Scheme::V3) << 7 << 30 << 1;
    QTest::newRow("V3 length 100") << int(Scheme::V3) << 100 << 29 << 0;
    QTest::newRow("V3 length 1, one day") << int(Scheme::V3) << 1 << 3 << 3;
    QTest::newRow("V1 query length 25, a week") << int(Scheme::V1Query) << 25 << 20 << 14;
    QTest::newRow("V1 form length 33") << int(Scheme::V1Form) << 33 << 29 << 0;
    QTest::newRow("V3 future days, nothing") << int(Scheme::V3) << 10 << -1 << -5;
}

void TestSandboxInvalid::list_pagesConcatenateToTheExpectedList()
{
    QFETCH(int, scheme);
    QFETCH(int, length);
    QFETCH(int, firstBack);
    QFETCH(int, lastBack);
    int pages = 0;
    const QList<QJsonObject> items = pageThrough(window(firstBack, lastBack), length, Scheme(scheme), pages);
    if (QTest::currentTestFailed())
        return;
    const QList<QJsonObject> expected =
        expectedInvalidAddresses(m_server->dataset(), filterOf(firstBack, lastBack));
    QCOMPARE(items, expected);
    const int size = length > 0 ? length : 10;
    QCOMPARE(pages, qMax(1, int((expected.size() + size - 1) / size)));
    const QStringList addresses = addressesOf(items);
    QCOMPARE(int(QSet<QString>(addresses.cbegin(), addresses.cend()).size()), int(addresses.size()));
    QCOMPARE(expected.isEmpty(), firstBack < 0);
    for (const QJsonObject &item : items)
        QCOMPARE(item.keys(), (QStringList{u"LastUpdateTime"_s, u"ToAddress"_s, u"UtcLastUpdateTime"_s}));
}

void TestSandboxInvalid::list_keywordMatchesAnyCase_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("finds");
    QTest::newRow("lower domain") << u"example.com"_s << true;
    QTest::newRow("upper domain") << u"EXAMPLE.COM"_s << true;
    QTest::newRow("mixed") << u"eXaMpLe"_s << true;
    QTest::newRow("CJK") << u"例子"_s << true;
    QTest::newRow("no match") << u"zzz-nothing"_s << false;
}

void TestSandboxInvalid::list_keywordMatchesAnyCase()
{
    QFETCH(QString, keyword);
    QFETCH(bool, finds);
    int pages = 0;
    const QList<QJsonObject> items =
        pageThrough(window(29, 0) + Params{{u"KeyWord"_s, keyword}}, 20, Scheme::V3, pages);
    if (QTest::currentTestFailed())
        return;
    // Independently: the whole list, filtered here by case-folded substring.
    QList<QJsonObject> expected;
    for (const QJsonObject &item : expectedInvalidAddresses(m_server->dataset(), filterOf(29, 0))) {
        if (item.value(u"ToAddress"_s).toString().toCaseFolded().contains(keyword.toCaseFolded()))
            expected.append(item);
    }
    QCOMPARE(items, expected);
    QCOMPARE(!items.isEmpty(), finds);
}

void TestSandboxInvalid::list_followsTheOrderAndEndMarkerSwitches()
{
    SandboxOptions options;
    options.order = SandboxOrder::OldestFirst;
    options.endMarker = SandboxEndMarker::Empty;
    m_server->setOptions(options);
    int pages = 0;
    const QList<QJsonObject> items = pageThrough(window(29, 0), 40, Scheme::V3, pages);
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> expected = expectedInvalidAddresses(m_server->dataset(), filterOf(29, 0));
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(items, expected);
    const TestResponse last =
        call(kQuery, window(29, 0) + Params{{u"Length"_s, u"100"_s}, {u"KeyWord"_s, u"zzz"_s}});
    QCOMPARE(last.json.value(u"NextStart"_s), QJsonValue(QString()));
}

// Dated by the first invalid record: an address first invalid before the window stays out even
// when it bounces again inside it; the platform-wide bounce list alone puts no address on it.
void TestSandboxInvalid::list_coversFirstInvalidRecordsOnly()
{
    const SandboxDataset &data = m_server->dataset();
    const QStringList listed = invalidAddresses(data);
    QSet<QString> globalOnly;
    for (int row = 0; row < data.size(); ++row) {
        if (data.errorClassification(row) == u"SysOutRcptOnGlobalBounceList"_s &&
            !listed.contains(data.toAddress(row)))
            globalOnly.insert(data.toAddress(row));
    }
    QVERIFY(!globalOnly.isEmpty());
    int pages = 0;
    const QStringList recent = addressesOf(pageThrough(window(9, 0), 100, Scheme::V3, pages));
    const QStringList older = addressesOf(pageThrough(window(29, 10), 100, Scheme::V3, pages));
    for (const QString &address : globalOnly)
        QVERIFY(!recent.contains(address) && !older.contains(address));
    QVERIFY(QSet<QString>(recent.cbegin(), recent.cend())
                .intersect(QSet<QString>(older.cbegin(), older.cend()))
                .isEmpty());
    SandboxQuery again;
    again.start = QDateTime(serviceToday().addDays(-9), QTime(0, 0), Qt::UTC).addSecs(-8 * 3600);
    bool bouncedAgain = false;
    for (int row : data.select(again))
        bouncedAgain = bouncedAgain || (older.contains(data.toAddress(row)) &&
                                        SandboxInvalidList::isInvalidRecord(data, row));
    QVERIFY(bouncedAgain); // so the first check above had an address to leave out
    checkError(call(kDelete, {{u"ToAddress"_s, *globalOnly.cbegin()}}), 400, u"InvalidAddress.NotFound"_s);
}

void TestSandboxInvalid::parameters_areValidated_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("code"); // empty = accepted
    const QString invalid = u"InvalidParameter"_s;
    const QString between = u"InvalidBetweenTime.Malformed"_s;
    const QString start = u"InvalidStartTime.Malformed"_s;
    QTest::newRow("no StartTime") << kQuery << Params{{u"EndTime"_s, day(0)}} << u"MissingParameter"_s;
    QTest::newRow("no EndTime") << kQuery << Params{{u"StartTime"_s, day(0)}} << u"MissingParameter"_s;
    QTest::newRow("StartTime with time")
        << kQuery << Params{{u"StartTime"_s, day(1) + u" 00:00"_s}, {u"EndTime"_s, day(0)}} << start;
    QTest::newRow("StartTime slashes")
        << kQuery << Params{{u"StartTime"_s, day(1).replace(u'-', u'/')}, {u"EndTime"_s, day(0)}} << start;
    QTest::newRow("EndTime month 13")
        << kQuery << Params{{u"StartTime"_s, day(1)}, {u"EndTime"_s, u"2030-13-01"_s}}
        << u"InvalidDate.Malformed"_s;
    QTest::newRow("end before start") << kQuery << window(1, 2) << between;
    QTest::newRow("31 days") << kQuery << window(30, 0) << between;
    QTest::newRow("30 days") << kQuery << window(29, 0) << QString();
    QTest::newRow("start 31 days ago") << kQuery << window(31, 25) << start;
    QTest::newRow("start 30 days ago") << kQuery << window(30, 1) << QString();
    QTest::newRow("Length 1") << kQuery << window(1, 0) + Params{{u"Length"_s, u"1"_s}} << QString();
    QTest::newRow("Length 100") << kQuery << window(1, 0) + Params{{u"Length"_s, u"100"_s}} << QString();
    QTest::newRow("Length 0") << kQuery << window(1, 0) + Params{{u"Length"_s, u"0"_s}} << invalid;
    QTest::newRow("Length 101") << kQuery << window(1, 0) + Params{{u"Length"_s, u"101"_s}} << invalid;
    QTest::newRow("Length -1") << kQuery << window(1, 0) + Params{{u"Length"_s, u"-1"_s}} << invalid;
    QTest::newRow("Length ten") << kQuery << window(1, 0) + Params{{u"Length"_s, u"ten"_s}} << invalid;
    QTest::newRow("NextStart forged")
        << kQuery << window(1, 0) + Params{{u"NextStart"_s, u"90f0243616#202#a@b.c-1#x@y.z.1"_s}} << invalid;
    QTest::newRow("delete without ToAddress") << kDelete << Params() << u"MissingParameter"_s;
    QTest::newRow("delete never invalid")
        << kDelete << Params{{u"ToAddress"_s, u"nobody@nowhere.example"_s}} << u"InvalidAddress.NotFound"_s;
}

void TestSandboxInvalid::parameters_areValidated()
{
    QFETCH(QString, action);
    QFETCH(Params, params);
    QFETCH(QString, code);
    for (Scheme scheme : {Scheme::V3, Scheme::V1Query})
        checkVerdict(call(action, params, scheme), code);
}

void TestSandboxInvalid::bothActions_acceptV3AndV1_refuseWrongSecret_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("V3") << int(Scheme::V3);
    QTest::newRow("V1 query") << int(Scheme::V1Query);
    QTest::newRow("V1 form") << int(Scheme::V1Form);
}

void TestSandboxInvalid::bothActions_acceptV3AndV1_refuseWrongSecret()
{
    QFETCH(int, scheme);
    const QString address = invalidAddresses(m_server->dataset()).constLast();
    const Params target = {{u"ToAddress"_s, address}};
    const TestResponse list = call(kQuery, window(29, 0), Scheme(scheme));
    QCOMPARE(list.status, 200);
    QVERIFY(list.header("Content-Type").startsWith("application/json"));
    checkEnvelope(list);
    checkError(call(kQuery, window(29, 0), Scheme(scheme), "not-the-secret"), 400,
               u"SignatureDoesNotMatch"_s);
    checkError(call(kDelete, target, Scheme(scheme), "not-the-secret"), 400, u"SignatureDoesNotMatch"_s);
    const TestResponse deleted = call(kDelete, target, Scheme(scheme)); // the refused call deleted nothing
    QCOMPARE(deleted.status, 200);
    checkEnvelope(deleted);
    QCOMPARE(deleted.json.keys(), QStringList{u"RequestId"_s});
}

void TestSandboxInvalid::delete_roundTrip_removesTheAddressOnce_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("pick"); // which of the listed addresses
    QTest::newRow("V3 newest") << int(Scheme::V3) << 0;
    QTest::newRow("V3 middle") << int(Scheme::V3) << 50;
    QTest::newRow("V1 query") << int(Scheme::V1Query) << 7;
    QTest::newRow("V1 form") << int(Scheme::V1Form) << 13;
}

void TestSandboxInvalid::delete_roundTrip_removesTheAddressOnce()
{
    QFETCH(int, scheme);
    QFETCH(int, pick);
    int pages = 0;
    const QList<QJsonObject> before = pageThrough(window(29, 0), 100, Scheme(scheme), pages);
    QVERIFY(before.size() > pick);
    const QString address = before.at(pick).value(u"ToAddress"_s).toString();
    const TestResponse deleted = call(kDelete, {{u"ToAddress"_s, address}}, Scheme(scheme));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.keys(), QStringList{u"RequestId"_s});
    const QList<QJsonObject> after = pageThrough(window(29, 0), 100, Scheme(scheme), pages);
    QCOMPARE(after, expectedInvalidAddresses(m_server->dataset(), filterOf(29, 0, {}, {address})));
    QCOMPARE(after.size(), before.size() - 1);
    QVERIFY(!addressesOf(after).contains(address));
    checkError(call(kDelete, {{u"ToAddress"_s, address}}, Scheme(scheme)), 400, u"InvalidAddress.NotFound"_s);
    // Exact address only: another case is another recipient to the data set, and to this list.
    checkError(call(kDelete, {{u"ToAddress"_s, address.toUpper() + u"x"_s}}, Scheme(scheme)), 400,
               u"InvalidAddress.NotFound"_s);
}

// NextStart names the next address, not a position: deleting it or one before it between two
// pages leaves the rest of the list intact.
void TestSandboxInvalid::delete_betweenPages_neitherSkipsNorRepeats()
{
    const TestResponse first = call(kQuery, window(29, 0) + Params{{u"Length"_s, u"5"_s}});
    QCOMPARE(first.status, 200);
    const QList<QJsonObject> all = expectedInvalidAddresses(m_server->dataset(), filterOf(29, 0));
    QVERIFY(all.size() > 12);
    const QString earlier = all.at(2).value(u"ToAddress"_s).toString();
    const QString next = all.at(5).value(u"ToAddress"_s).toString();
    QCOMPARE(call(kDelete, {{u"ToAddress"_s, earlier}}).status, 200);
    QCOMPARE(call(kDelete, {{u"ToAddress"_s, next}}).status, 200);
    const TestResponse second =
        call(kQuery, window(29, 0) + Params{{u"Length"_s, u"5"_s},
                                            {u"NextStart"_s, first.json.value(u"NextStart"_s).toString()}});
    QCOMPARE(second.status, 200);
    QCOMPARE(itemsOf(second), all.mid(6, 5));
    QCOMPARE(second.json.value(u"TotalCount"_s).toInt(), int(all.size()) - 2);
}

void TestSandboxInvalid::delete_lastsForTheServerOnly()
{
    const QString address = invalidAddresses(m_server->dataset()).constLast();
    QCOMPARE(call(kDelete, {{u"ToAddress"_s, address}}).status, 200);
    const SandboxDataset data = m_server->dataset();
    m_server = std::make_unique<SandboxServer>(data);
    QVERIFY(m_server->listen());
    int pages = 0;
    QVERIFY(addressesOf(pageThrough(window(29, 0), 100, Scheme::V3, pages)).contains(address));
    QCOMPARE(call(kDelete, {{u"ToAddress"_s, address}}).status, 200);
}

void TestSandboxInvalid::faultSwitches_applyAndAFaultedDeleteDeletesNothing()
{
    const QString address = invalidAddresses(m_server->dataset()).constLast();
    const Params target = {{u"ToAddress"_s, address}};
    SandboxOptions options;
    options.unavailableEvery = 1;
    m_server->setOptions(options);
    checkError(call(kDelete, target), 503, u"ServiceUnavailable"_s);
    checkError(call(kQuery, window(29, 0)), 503, u"ServiceUnavailable"_s);
    options.unavailableEvery = 0;
    options.throttleEvery = 1;
    m_server->setOptions(options);
    checkError(call(kDelete, target), 400, u"Throttling"_s);
    options.throttleEvery = 0;
    options.rateLimitPerMinute = 1;
    m_server->setOptions(options);
    QCOMPARE(call(kQuery, window(29, 0)).status, 200);
    checkError(call(kDelete, target), 400, u"Throttling.User"_s);
    m_server->setOptions({});
    int pages = 0;
    QVERIFY(addressesOf(pageThrough(window(29, 0), 100, Scheme::V3, pages)).contains(address));
    QCOMPARE(call(kDelete, target).status, 200);
}

void TestSandboxInvalid::v1WithoutFormat_answersXml()
{
    for (const auto &[action, params, needle] :
         {std::tuple{kQuery, window(29, 0), QByteArray("<data><mailDetail><LastUpdateTime>")},
          std::tuple{kDelete, Params{{u"ToAddress"_s, invalidAddresses(m_server->dataset()).constFirst()}},
                     QByteArray("<DeleteInvalidAddressResponse><RequestId>")}}) {
        TestRequest r = demoRequest(action, params, Scheme::V1Query);
        r.format.clear();
        const TestResponse response = sendToLoopback(*m_manager, m_server->port(), r);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("text/xml"));
        QVERIFY2(response.body.contains(needle), response.body.constData());
    }
}

// The list is shared state: however many threads delete one address at once, one succeeds.
void TestSandboxInvalid::invalidList_deletesOnceAcrossThreads()
{
    const SandboxDataset &data = m_server->dataset();
    SandboxInvalidList list(&data);
    const QStringList addresses = invalidAddresses(data).mid(0, 20);
    std::atomic<int> removed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (const QString &address : addresses)
                removed += list.remove(address) ? 1 : 0;
            (void)list.between(data.anchor().addDays(-31), data.anchor().addDays(1));
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(removed.load(), int(addresses.size()));
    QCOMPARE(list.between(data.anchor().addDays(-31), data.anchor().addDays(1)).size(),
             invalidAddresses(data).size() - addresses.size());
}

QTEST_GUILESS_MAIN(TestSandboxInvalid)
#include "tst_sandboxinvalid.moc"
