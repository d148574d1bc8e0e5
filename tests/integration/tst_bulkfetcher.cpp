// The merged result of a whole-query fetch must equal what one query returns, whatever the
// service does at window edges and in whatever order it answers, with faults injected.
#include "api/apiclient.h"
#include "api/clock.h"
#include "api/ratelimiter.h"
#include "records/bulkfetcher.h"
#include "records/recordstore.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QByteArray keyOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QByteArray> sortedKeys(const QList<QJsonObject> &objects)
{
    QList<QByteArray> keys;
    keys.reserve(objects.size());
    for (const QJsonObject &o : objects)
        keys.append(keyOf(o));
    std::sort(keys.begin(), keys.end());
    return keys;
}

ClientConfig configFor(const SandboxServer &server)
{
    return test::sandboxClientConfig(server);
}

using SandboxClient = test::SandboxApiClient;

} // namespace

class tst_BulkFetcher final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void mergedResult_equalsSingleQuery_data()
    {
        QTest::addColumn<SandboxEndTime>("endTime");
        QTest::addColumn<SandboxOrder>("order");
        QTest::addColumn<SandboxEndMarker>("endMarker");
        QTest::addColumn<int>("rangeDays");
        QTest::addColumn<bool>("sequential");
        for (auto endTime : {SandboxEndTime::Exclusive, SandboxEndTime::Inclusive})
            for (auto order : {SandboxOrder::NewestFirst, SandboxOrder::OldestFirst})
                for (auto marker : {SandboxEndMarker::Absent, SandboxEndMarker::Empty})
                    for (int days : {12, 45})
                        for (bool sequential : {false, true}) {
                            const QByteArray name =
                                (endTime == SandboxEndTime::Exclusive ? "exclusive" : "inclusive") +
                                QByteArray(order == SandboxOrder::NewestFirst ? "/newest" : "/oldest") +
                                (marker == SandboxEndMarker::Absent ? "/absent" : "/empty") + "/" +
                                QByteArray::number(days) + "d" + (sequential ? "/sequential" : "/bulk");
                            QTest::newRow(name.constData())
                                << endTime << order << marker << days << sequential;
                        }
    }

    void mergedResult_equalsSingleQuery()
    {
        QFETCH(SandboxEndTime, endTime);
        QFETCH(SandboxOrder, order);
        QFETCH(SandboxEndMarker, endMarker);
        QFETCH(int, rangeDays);
        QFETCH(bool, sequential);

        SandboxServer server(SandboxDataset(7, m_anchor, 3000));
        QVERIFY(server.listen());
        SandboxOptions options;
        options.order = order;
        options.endTime = endTime;
        options.endMarker = endMarker;
        options.throttleEvery = 3;
        options.injectedRetryAfterMs = 5;
        options.unavailableEvery = 5;
        options.resetEvery = 7;
        server.setOptions(options);

        SandboxClient rig(server);
        ApiClient &client = rig.client;

        MailQuery query;
        // Odd minutes so window edges fall between records as well as on them.
        query.end = m_anchor.addSecs(-7 * 60);
        query.start = query.end.addDays(-rangeDays).addSecs(13 * 60);
        BulkFetchOptions fetchOptions;
        fetchOptions.sequential = sequential;
        fetchOptions.callsPerMinute = 60000;
        fetchOptions.concurrency = 5;
        fetchOptions.pageRetries = 6;
        BulkFetcher fetcher(&client, query, fetchOptions);
        RecordStore store;
        connect(&fetcher, &BulkFetcher::pageLoaded, this,
                [&store](const ParsedPage &page) { store.append(page); });
        QSignalSpy finished(&fetcher, &BulkFetcher::finished);
        QSignalSpy failed(&fetcher, &BulkFetcher::fetchFailed);
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().userText()));

        SandboxQuery single;
        single.start = query.start;
        single.end = query.end;
        single.order = order;
        single.endTime = endTime;
        const QList<QJsonObject> expected = server.dataset().expectedRecords(single);
        QVERIFY(expected.size() > 100);
        QList<QJsonObject> actual;
        for (qsizetype row = 0; row < store.size(); ++row)
            actual.append(store.rawObject(row));
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(sortedKeys(actual), sortedKeys(expected));
        if (!sequential)
            QVERIFY(fetcher.windowCount() >= 10);
        // Faults really happened, and were absorbed.
        QVERIFY(server.callCount() > fetcher.pagesLoaded());
    }

    void filteredQuery_matchesSandboxSelection()
    {
        SandboxServer server(SandboxDataset(11, m_anchor, 4000));
        QVERIFY(server.listen());
        SandboxClient rig(server);
        ApiClient &client = rig.client;

        MailQuery query;
        query.end = m_anchor;
        query.start = m_anchor.addDays(-30);
        query.accountName = server.dataset().accountNames().constFirst();
        query.status = 0;
        BulkFetchOptions fetchOptions;
        fetchOptions.callsPerMinute = 60000;
        BulkFetcher fetcher(&client, query, fetchOptions);
        RecordStore store;
        connect(&fetcher, &BulkFetcher::pageLoaded, this,
                [&store](const ParsedPage &page) { store.append(page); });
        QSignalSpy finished(&fetcher, &BulkFetcher::finished);
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);

        SandboxQuery single;
        single.start = query.start;
        single.end = query.end;
        single.accountName = query.accountName;
        single.status = 0;
        const QList<QJsonObject> expected = server.dataset().expectedRecords(single);
        QVERIFY(!expected.isEmpty());
        QList<QJsonObject> actual;
        for (qsizetype row = 0; row < store.size(); ++row) {
            QCOMPARE(store.record(row).accountName, query.accountName);
            QCOMPARE(store.status(row), DeliveryStatus::Delivered);
            actual.append(store.rawObject(row));
        }
        QCOMPARE(sortedKeys(actual), sortedKeys(expected));
    }

    void nonRetryableError_failsWholeFetch_withCode()
    {
        SandboxServer server(SandboxDataset(3, m_anchor, 500));
        QVERIFY(server.listen());
        SandboxClient rig(server);
        ApiClient &client = rig.client;
        ClientConfig config = configFor(server);
        config.key.secret = "wrong-secret";
        client.setConfig(config);
        MailQuery query;
        query.end = m_anchor;
        query.start = m_anchor.addDays(-3);
        BulkFetcher fetcher(&client, query, BulkFetchOptions{});
        QSignalSpy failed(&fetcher, &BulkFetcher::fetchFailed);
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.code, u"SignatureDoesNotMatch"_s);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(!fetcher.isRunning());
    }

    void cancel_stopsRequests()
    {
        SandboxServer server(SandboxDataset(5, m_anchor, 4000));
        QVERIFY(server.listen());
        SandboxOptions options;
        options.latencyMs = 100;
        server.setOptions(options);
        SandboxClient rig(server);
        ApiClient &client = rig.client;
        MailQuery query;
        query.end = m_anchor;
        query.start = m_anchor.addDays(-30);
        BulkFetcher fetcher(&client, query, BulkFetchOptions{});
        QSignalSpy pages(&fetcher, &BulkFetcher::pageLoaded);
        fetcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 2, 30000);
        fetcher.cancel();
        QVERIFY(!fetcher.isRunning());
        const int calls = server.callCount();
        QTest::qWait(500);
        QCOMPARE(server.callCount(), calls);
    }

    // A lookup runs many fetchers on one budget: each sees its own complete result, and
    // cancelling or destroying one leaves the others' waiting calls alone.
    void sharedLimiter_feedsEveryFetcher_andACancelSparesTheOthers()
    {
        SandboxServer server(SandboxDataset(11, m_anchor, 3000));
        QVERIFY(server.listen());
        SandboxOptions options;
        options.throttleEvery = 4;
        options.injectedRetryAfterMs = 5;
        server.setOptions(options);
        SandboxClient rig(server);
        RateLimiter budget(60000);
        MailQuery query;
        query.end = m_anchor;
        query.start = m_anchor.addDays(-20);
        BulkFetchOptions shared;
        shared.limiter = &budget;
        shared.callsPerMinute = 1; // ignored: the shared budget decides
        BulkFetcher kept(&rig.client, query, shared);
        auto *cancelled = new BulkFetcher(&rig.client, query, shared);
        auto *destroyed = new BulkFetcher(&rig.client, query, shared);
        RecordStore store;
        connect(&kept, &BulkFetcher::pageLoaded, this,
                [&store](const ParsedPage &page) { store.append(page); });
        QSignalSpy finished(&kept, &BulkFetcher::finished);
        QSignalSpy failed(&kept, &BulkFetcher::fetchFailed);
        kept.start();
        cancelled->start();
        destroyed->start();
        cancelled->cancel();
        delete destroyed; // its calls still waiting in the budget must find nothing to do
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());
        SandboxQuery single;
        single.start = query.start;
        single.end = query.end;
        QList<QJsonObject> actual;
        for (qsizetype row = 0; row < store.size(); ++row)
            actual.append(store.rawObject(row));
        QCOMPARE(sortedKeys(actual), sortedKeys(server.dataset().expectedRecords(single)));
        QVERIFY(budget.granted() >= kept.pagesLoaded());
        delete cancelled;
    }

    void planWindows_coverRangeWithoutGapsOrOverlap()
    {
        MailQuery query;
        query.start = m_anchor.addDays(-45);
        query.end = m_anchor;
        BulkFetchOptions options;
        options.concurrency = 6;
        const QList<TimeWindow> windows = BulkFetcher::planWindows(query, options);
        QCOMPARE(windows.size(), 12);
        QCOMPARE(windows.first().end, query.end);
        QCOMPARE(windows.last().start, query.start);
        for (qsizetype i = 1; i < windows.size(); ++i) {
            QCOMPARE(windows.at(i).end, windows.at(i - 1).start);
            QVERIFY(windows.at(i).start.secsTo(windows.at(i).end) <= 30 * 24 * 3600);
            QCOMPARE(windows.at(i).start.time().second(), 0);
        }
        options.sequential = true;
        QCOMPARE(BulkFetcher::planWindows(query, options).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_BulkFetcher)
#include "tst_bulkfetcher.moc"
