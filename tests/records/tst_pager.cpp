#include "fakeapiclient.h"
#include "records/pager.h"
#include "testpages.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

const QString kToken1 = u"90f0243616#203#a***@example.net-1658817689#b+c@example.net.247141122178"_s;
const QString kToken2 = u"2e22358848#201#1727540277#nbedk1@163.com.600000116293235049"_s;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

MailQuery oneDayQuery()
{
    MailQuery query;
    query.start = utc(u"2024-05-01T00:00:00Z"_s);
    query.end = utc(u"2024-05-02T00:00:00Z"_s);
    query.pageSize = 3;
    return query;
}

ApiError networkError()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = u"connection reset"_s;
    return error;
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchNext_followsNextStartVerbatim();
    void fetchNext_windowEnds_data();
    void fetchNext_windowEnds();
    void fetchNext_repeatedToken_failsWithPagingError();
    void fetchNext_walksWindowsNewestFirst();
    void fetchNext_sameTokenInAnotherWindow_isFine();
    void fetchNext_olderWindow_dropsSharedBoundaryMinute();
    void fetchNext_whileInFlight_doesNotRequestTwice();
    void fetchFailed_thenFetchNext_retriesSamePage();
    void malformedPage_failsAndRetriesSamePage();
    void cancel_dropsTheCallAndAllowsRefetch();
    void invalidQuery_failsBeforeAnyRequest();
    void callDestroyedWithoutReply_failsAsCancelled();
};

void TestPager::fetchNext_followsNextStartVerbatim()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy finished(&pager, &Pager::finished);

    pager.fetchNext();
    QVERIFY(pager.isInFlight());
    QCOMPARE(client.callCount(), 1);
    QCOMPARE(client.lastCall()->action(), u"SenderStatisticsDetailByParam"_s);
    QVERIFY(!client.lastCall()->hasParam(u"NextStart"_s));
    QCOMPARE(client.lastCall()->param(u"Length"_s), u"3"_s);
    client.lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken1, u"R1"_s));
    QVERIFY(loaded.wait());
    QVERIFY(!pager.isInFlight());
    const auto page = loaded.takeFirst().at(0).value<ParsedPage>();
    QCOMPARE(page.records.size(), 3);
    QCOMPARE(page.requestId, u"R1"_s);
    QCOMPARE(page.nextStart, kToken1);

    pager.fetchNext();
    QCOMPARE(client.lastCall()->param(u"NextStart"_s), kToken1);
    client.lastCall()->succeedLater(pageBody(mailItems(3, 3), kToken2));
    QVERIFY(loaded.wait());
    pager.fetchNext();
    QCOMPARE(client.lastCall()->param(u"NextStart"_s), kToken2);
    client.lastCall()->succeedLater(pageBody(mailItems(6, 1), std::nullopt));
    QVERIFY(finished.wait());
    QCOMPARE(pager.pagesLoaded(), 3);
    QVERIFY(pager.atEnd());
    // Every request of the window had the same range.
    for (const QueryParams &request : client.requests())
        QCOMPARE(request.first(), (QPair<QString, QString>(u"StartTime"_s, u"2024-05-01 08:00"_s)));
}

void TestPager::fetchNext_windowEnds_data()
{
    QTest::addColumn<QJsonObject>("lastBody");

    QTest::newRow("NextStart absent") << pageBody(mailItems(0, 2), std::nullopt);
    QTest::newRow("NextStart empty") << pageBody(mailItems(0, 2), QString());
    QJsonObject nullNext = pageBody(mailItems(0, 2), std::nullopt);
    nullNext.insert(u"NextStart"_s, QJsonValue::Null);
    QTest::newRow("NextStart null") << nullNext;
    QTest::newRow("empty page with a token") << pageBody({}, kToken2);
    QTest::newRow("no data at all") << QJsonObject{{u"RequestId"_s, u"R"_s}, {u"NextStart"_s, kToken2}};
}

void TestPager::fetchNext_windowEnds()
{
    QFETCH(QJsonObject, lastBody);
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy finished(&pager, &Pager::finished);

    pager.fetchNext();
    client.lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken1));
    QVERIFY(loaded.wait());
    QCOMPARE(finished.size(), 0);
    pager.fetchNext();
    client.lastCall()->succeedLater(lastBody);
    QVERIFY(finished.wait());
    QCOMPARE(loaded.size(), 2);
    QVERIFY(pager.atEnd());
    pager.fetchNext();
    QCOMPARE(client.callCount(), 2);
    QVERIFY(!pager.isInFlight());
}

void TestPager::fetchNext_repeatedToken_failsWithPagingError()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    client.lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken1));
    QVERIFY(loaded.wait());
    pager.fetchNext();
    client.lastCall()->succeedLater(pageBody(mailItems(3, 3), kToken2));
    QVERIFY(loaded.wait());
    pager.fetchNext();
    client.lastCall()->succeedLater(pageBody(mailItems(6, 3), kToken1, u"R-LOOP"_s)); // back to the first
    QVERIFY(failed.wait());
    const auto error = failed.takeFirst().at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Paging);
    QCOMPARE(error.requestId, u"R-LOOP"_s);
    QCOMPARE(loaded.size(), 2); // the looping page is not delivered
    QVERIFY(!pager.atEnd());

    // Asking again asks for the same page, never loops on its own.
    pager.fetchNext();
    QCOMPARE(client.callCount(), 4);
    QCOMPARE(client.lastCall()->param(u"NextStart"_s), kToken2);
    client.lastCall()->succeedLater(pageBody(mailItems(6, 3), kToken2)); // echoes what it was sent
    QVERIFY(failed.wait());
    QCOMPARE(failed.takeFirst().at(0).value<ApiError>().kind, ApiError::Kind::Paging);
}

void TestPager::fetchNext_walksWindowsNewestFirst()
{
    MailQuery query = oneDayQuery();
    query.start = utc(u"2024-01-01T00:00:00Z"_s);
    query.end = query.start.addDays(95);
    query.serviceUtcOffsetSeconds = 8 * 3600;
    FakeApiClient client;
    client.setScript([](FakeCall *call) { call->succeedLater(pageBody(mailItems(0, 1), std::nullopt)); });
    Pager pager(&client, query);
    QSignalSpy finished(&pager, &Pager::finished);
    connect(&pager, &Pager::pageLoaded, &pager, &Pager::fetchNext, Qt::QueuedConnection);

    pager.fetchNext();
    QVERIFY(finished.wait());
    QCOMPARE(client.callCount(), 4);
    const QStringList expected = {
        u"2024-03-06 08:00|2024-04-05 08:00"_s, u"2024-02-05 08:00|2024-03-06 08:00"_s,
        u"2024-01-06 08:00|2024-02-05 08:00"_s, u"2024-01-01 08:00|2024-01-06 08:00"_s};
    for (int i = 0; i < 4; ++i) {
        const QueryParams &request = client.requests().at(i);
        QCOMPARE(request.at(0).first, u"StartTime"_s);
        QCOMPARE(request.at(1).first, u"EndTime"_s);
        QCOMPARE(request.at(0).second + u'|' + request.at(1).second, expected.at(i));
    }
    QCOMPARE(pager.pagesLoaded(), 4);
    QVERIFY(pager.atEnd());
}

void TestPager::fetchNext_sameTokenInAnotherWindow_isFine()
{
    MailQuery query = oneDayQuery();
    query.start = query.end.addDays(-40);
    FakeApiClient client;
    Pager pager(&client, query);
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy failed(&pager, &Pager::fetchFailed);
    const QList<QJsonObject> replies = {pageBody(mailItems(0, 3), kToken1),
                                        pageBody(mailItems(3, 1), QString()),
                                        pageBody(mailItems(4, 3), kToken1), pageBody({}, std::nullopt)};
    for (const QJsonObject &reply : replies) {
        pager.fetchNext();
        client.lastCall()->succeedLater(reply);
        QVERIFY(loaded.wait());
    }
    QCOMPARE(failed.size(), 0);
    QVERIFY(pager.atEnd());
    QCOMPARE(client.requests().at(1).last(), (QPair<QString, QString>(u"NextStart"_s, kToken1)));
    QCOMPARE(client.requests().at(2).last().first, u"Length"_s); // a new window starts fresh
    QCOMPARE(client.requests().at(3).last(), (QPair<QString, QString>(u"NextStart"_s, kToken1)));
}

void TestPager::fetchNext_olderWindow_dropsSharedBoundaryMinute()
{
    MailQuery query = oneDayQuery();
    query.start = query.end.addDays(-40);
    const qint64 boundary = query.end.addDays(-30).toSecsSinceEpoch();
    FakeApiClient client;
    Pager pager(&client, query);
    QSignalSpy loaded(&pager, &Pager::pageLoaded);

    pager.fetchNext(); // newest window: its start minute is its own
    client.lastCall()->succeedLater(
        pageBody({mailItem(1, boundary + 5), mailItem(2, boundary)}, std::nullopt));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.takeFirst().at(0).value<ParsedPage>().records.size(), 2);

    pager.fetchNext(); // older window: the same minute again, as an inclusive EndTime would
    QCOMPARE(client.lastCall()->param(u"EndTime"_s), formatServiceTime(query.end.addDays(-30), 8 * 3600));
    QJsonObject untimed = mailItem(6);
    untimed.remove(u"UtcLastUpdateTime"_s);
    untimed.remove(u"LastUpdateTime"_s);
    client.lastCall()->succeedLater(
        pageBody({mailItem(3, boundary + 30), mailItem(4, boundary), mailItem(5, boundary - 1), untimed},
                 std::nullopt));
    QVERIFY(loaded.wait());
    const auto older = loaded.takeFirst().at(0).value<ParsedPage>();
    QCOMPARE(older.records.size(), 2);
    QCOMPARE(older.records[0].record.utcSeconds, boundary - 1);
    QCOMPARE(older.records[1].record.toAddress, u"user6@example.net"_s); // no time: kept
    QVERIFY(pager.atEnd());
}

void TestPager::fetchNext_whileInFlight_doesNotRequestTwice()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    pager.fetchNext();
    pager.fetchNext();
    pager.fetchNext();
    QCOMPARE(client.callCount(), 1);
    QCOMPARE(client.maxPending(), 1);
}

void TestPager::fetchFailed_thenFetchNext_retriesSamePage()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    client.lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken1));
    QVERIFY(loaded.wait());
    pager.fetchNext();
    const QueryParams failedRequest = client.lastCall()->params();
    client.lastCall()->failLater(networkError());
    QVERIFY(failed.wait());
    QCOMPARE(failed.takeFirst().at(0).value<ApiError>().kind, ApiError::Kind::Network);
    QVERIFY(!pager.isInFlight());
    QVERIFY(!pager.atEnd());

    pager.fetchNext();
    QCOMPARE(client.callCount(), 3);
    QCOMPARE(client.lastCall()->params(), failedRequest);
    client.lastCall()->succeedLater(pageBody(mailItems(3, 2), std::nullopt));
    QVERIFY(loaded.wait());
    QCOMPARE(pager.pagesLoaded(), 2);
    QVERIFY(pager.atEnd());
}

void TestPager::malformedPage_failsAndRetriesSamePage()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    client.lastCall()->succeedLater(QJsonObject{{u"data"_s, QJsonArray{}}}, u"R-BAD"_s);
    QVERIFY(failed.wait());
    const auto error = failed.takeFirst().at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Malformed);
    QCOMPARE(error.requestId, u"R-BAD"_s);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(pager.pagesLoaded(), 0);

    pager.fetchNext();
    QCOMPARE(client.requests().at(1), client.requests().at(0));
}

void TestPager::cancel_dropsTheCallAndAllowsRefetch()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    QPointer<FakeCall> first = client.lastCall();
    first->setIgnoresCancel(true); // its reply is already on the way
    pager.cancel();
    QVERIFY(first->wasCancelled());
    QVERIFY(!pager.isInFlight());
    first->succeedLater(pageBody(mailItems(0, 3), kToken1));
    QTest::qWait(20);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(failed.size(), 0); // cancelling is not a failure

    pager.fetchNext();
    QCOMPARE(client.callCount(), 2);
    QCOMPARE(client.requests().at(1), client.requests().at(0));
    QPointer<FakeCall> second = client.lastCall();
    pager.cancel(); // ApiCall::cancel() reports Kind::Cancelled synchronously... to nobody
    QVERIFY(second->wasCancelled());
    QVERIFY(second->isFinished());
    QCOMPARE(failed.size(), 0);
    QVERIFY(!pager.isInFlight());
}

void TestPager::invalidQuery_failsBeforeAnyRequest()
{
    MailQuery query = oneDayQuery();
    query.accountName = u"a@example.net"_s;
    query.tagName = u"tag"_s;
    query.pageSize = 1000;
    FakeApiClient client;
    Pager pager(&client, query);
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.takeFirst().at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QVERIFY(error.message.contains(u"one of"_s));
    QVERIFY(error.message.contains(u"100"_s));
    QCOMPARE(error.userText(), error.message);
    QCOMPARE(client.callCount(), 0);
    QVERIFY(!pager.atEnd());
    QVERIFY(!pager.isInFlight());
}

void TestPager::callDestroyedWithoutReply_failsAsCancelled()
{
    FakeApiClient client;
    Pager pager(&client, oneDayQuery());
    QSignalSpy failed(&pager, &Pager::fetchFailed);

    pager.fetchNext();
    delete client.lastCall(); // what a destroyed ApiClient does to its running calls
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!pager.isInFlight());
    pager.fetchNext();
    QCOMPARE(client.callCount(), 2);
    QCOMPARE(client.requests().at(1), client.requests().at(0));

    // A call that finished normally is deleted later too; that is not a failure.
    QSignalSpy loaded(&pager, &Pager::pageLoaded);
    client.lastCall()->succeedLater(pageBody(mailItems(0, 1), kToken1));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(!client.lastCall());
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
