// LookupRun end to end: the real client against the sandbox, faults injected, every address's
// count and newest record checked against the sandbox's own data set.
#include "lookup/lookuprun.h"
#include "present/deliveryexplainer.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QDateTime kAnchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

SandboxOptions faulty()
{
    SandboxOptions options;
    options.throttleEvery = 3;
    options.injectedRetryAfterMs = 5;
    options.unavailableEvery = 5;
    options.resetEvery = 7;
    return options;
}

MailQuery rangeOf(int days, std::optional<int> status = {})
{
    MailQuery range;
    // Odd minutes so window edges fall between records.
    range.end = kAnchor.addSecs(-7 * 60);
    range.start = range.end.addDays(-days).addSecs(13 * 60);
    range.status = status;
    range.pageSize = 25; // busy recipients then take several pages: NextStart is followed
    return range;
}

// Recipients of the data set by number of records, most first; ties by address.
QStringList recipientsByVolume(const SandboxDataset &dataset)
{
    QHash<QString, int> counts;
    for (int row = 0; row < dataset.size(); ++row)
        ++counts[dataset.toAddress(row)];
    QStringList addresses = counts.keys();
    std::sort(addresses.begin(), addresses.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return addresses;
}

QList<QJsonObject> expectedFor(const SandboxDataset &dataset, const MailQuery &range, const QString &address)
{
    SandboxQuery q;
    q.start = range.start;
    q.end = range.end;
    q.toAddress = address;
    q.status = range.status;
    return dataset.expectedRecords(q); // newest first, as the service delivers
}

// Runs to one of the three ends; the spies tell which.
struct Ends
{
    explicit Ends(LookupRun &run)
        : finished(&run, &LookupRun::finished), aborted(&run, &LookupRun::aborted),
          cancelled(&run, &LookupRun::cancelled)
    {}
    int count() const { return int(finished.size() + aborted.size() + cancelled.size()); }
    QSignalSpy finished;
    QSignalSpy aborted;
    QSignalSpy cancelled;
};

} // namespace

class tst_LookupRun final : public QObject
{
    Q_OBJECT

private:
    // Checks one Done result against the data set, field by field.
    static void verifyExact(const SandboxDataset &dataset, const MailQuery &range, const LookupResult &r)
    {
        const QList<QJsonObject> expected = expectedFor(dataset, range, r.address);
        QCOMPARE(r.state, LookupResult::State::Done);
        QCOMPARE(r.count, qint64(expected.size()));
        QCOMPARE(r.found(), !expected.isEmpty());
        if (expected.isEmpty()) {
            QVERIFY(r.latestRaw.isEmpty());
            QVERIFY(!r.explanation.isEmpty());
            return;
        }
        QCOMPARE(r.latestRaw, expected.constFirst());
        QCOMPARE(r.latest.toAddress, r.address);
        QCOMPARE(r.latest.utcSeconds,
                 expected.constFirst().value(u"UtcLastUpdateTime"_s).toString().toLongLong());
        QCOMPARE(int(r.latest.status), expected.constFirst().value(u"Status"_s).toInt());
        QCOMPARE(r.latest.message, expected.constFirst().value(u"Message"_s).toString());
        QCOMPARE(r.explanation, DeliveryExplainer::explainRecord(r.latest));
    }

private Q_SLOTS:
    void results_equalTheDataSet_withFaultsInjected_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<std::optional<int>>("status");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("12 days, every status, 6 at a time") << 12 << std::optional<int>{} << 6;
        QTest::newRow("45 days (two windows), every status") << 45 << std::optional<int>{} << 6;
        QTest::newRow("45 days, only invalid addresses, 3 at a time") << 45 << std::optional<int>{2} << 3;
        QTest::newRow("12 days, only delivered, one at a time") << 12 << std::optional<int>{0} << 1;
    }

    void results_equalTheDataSet_withFaultsInjected()
    {
        QFETCH(int, days);
        QFETCH(std::optional<int>, status);
        QFETCH(int, concurrency);
        SandboxServer server(SandboxDataset(11, kAnchor, 3000));
        QVERIFY(server.listen());
        server.setOptions(faulty());
        test::SandboxApiClient rig(server);

        const QStringList byVolume = recipientsByVolume(server.dataset());
        QStringList addresses = byVolume.mid(0, 2); // more than a page each
        for (const QString &hostile :
             {u"user+tag@example.com"_s, u"+plus.sign@example.com"_s, u"UPPER.Case@Example.COM"_s,
              u"O'Brien@example.ie"_s, u"用户@例子.中国"_s})
            addresses.append(hostile);
        for (qsizetype i = 10; i < byVolume.size(); i += byVolume.size() / 12)
            addresses.append(byVolume.at(i));
        addresses << u"nobody@nowhere.example"_s << u"ghost@example.com"_s;
        const MailQuery range = rangeOf(days, status);
        if (!status)
            QVERIFY(expectedFor(server.dataset(), range, byVolume.constFirst()).size() > 2 * range.pageSize);

        LookupOptions options;
        options.callsPerMinute = 60000;
        options.concurrency = concurrency;
        LookupRun run(&rig.client, addresses, range, options);
        Ends ends(run);
        QSignalSpy done(&run, &LookupRun::addressFinished);
        QSignalSpy progressed(&run, &LookupRun::progressed);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(ends.count() > 0, 120000);
        QCOMPARE(ends.finished.size(), 1);
        QCOMPARE(ends.count(), 1);
        QCOMPARE(run.results().size(), addresses.size());
        int found = 0;
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            QCOMPARE(run.results().at(i).address, addresses.at(i)); // input order
            verifyExact(server.dataset(), range, run.results().at(i));
            found += run.results().at(i).found() ? 1 : 0;
        }
        QVERIFY(found >= 4);
        QCOMPARE(done.size(), addresses.size());
        const LookupProgress last = progressed.constLast().first().value<LookupProgress>();
        QCOMPARE(last.addressesDone, int(addresses.size()));
        QCOMPARE(last.addressesTotal, int(addresses.size()));
        QCOMPARE(last.found, found);
        QCOMPARE(last.failed, 0);
        QCOMPARE(last.etaSeconds, 0);
        QVERIFY(last.calls >= addresses.size() * (days > 30 ? 2 : 1));
        QVERIFY(server.callCount() > last.calls); // faults happened and were retried away
    }

    void aFailingAddress_isRecordedOnIt_andTheRunGoesOn_data()
    {
        QTest::addColumn<bool>("refused"); // else: 503 with no retries left
        QTest::addColumn<QList<int>>("failing");
        QTest::addColumn<QString>("code");
        QTest::newRow("refused by the service") << true << QList<int>{2} << u"InvalidParameter"_s;
        QTest::newRow("unavailable, no retries left")
            << false << QList<int>{2, 5, 8} << u"ServiceUnavailable"_s;
    }

    void aFailingAddress_isRecordedOnIt_andTheRunGoesOn()
    {
        QFETCH(bool, refused);
        QFETCH(QList<int>, failing);
        QFETCH(QString, code);
        SandboxServer server(SandboxDataset(11, kAnchor, 3000));
        QVERIFY(server.listen());
        test::SandboxApiClient rig(server);
        // Ten addresses of a page each, so that with one at a time call N is address N.
        const QStringList addresses = recipientsByVolume(server.dataset()).mid(40, 10);
        const MailQuery range = rangeOf(12);
        SandboxOptions options;
        LookupOptions lookup;
        lookup.callsPerMinute = 60000;
        if (refused) {
            options.rejectedToAddresses = {addresses.at(2)};
        } else {
            options.unavailableEvery = 3;
            ClientConfig config = test::sandboxClientConfig(server);
            config.maxAttempts = 1;
            rig.client.setConfig(config);
            lookup.concurrency = 1;
            lookup.pageRetries = 0;
        }
        server.setOptions(options);
        LookupRun run(&rig.client, addresses, range, lookup);
        Ends ends(run);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(ends.count() > 0, 60000);
        QCOMPARE(ends.finished.size(), 1); // the run went on to the end
        for (int i = 0; i < addresses.size(); ++i) {
            const LookupResult &r = run.results().at(i);
            if (!failing.contains(i)) {
                verifyExact(server.dataset(), range, r);
                continue;
            }
            QCOMPARE(r.state, LookupResult::State::Failed);
            QCOMPARE(r.error.code, code);
            QVERIFY2(r.explanation.contains(code), qPrintable(r.explanation));
            QCOMPARE(r.count, 0);
        }
        QCOMPARE(run.progress().failed, int(failing.size()));
        QCOMPARE(run.progress().addressesDone, int(addresses.size()));
    }

    void rejectedCredentials_abortTheRun_andLeaveTheRestPending()
    {
        SandboxServer server(SandboxDataset(11, kAnchor, 3000));
        QVERIFY(server.listen());
        test::SandboxApiClient rig(server);
        ClientConfig config = test::sandboxClientConfig(server);
        config.key.secret = "not-the-secret";
        rig.client.setConfig(config);
        const QStringList addresses = recipientsByVolume(server.dataset()).mid(0, 30);
        LookupOptions options;
        options.concurrency = 4;
        LookupRun run(&rig.client, addresses, rangeOf(12), options);
        Ends ends(run);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(ends.count() > 0, 30000);
        QCOMPARE(ends.aborted.size(), 1);
        QCOMPARE(ends.count(), 1);
        QCOMPARE(ends.aborted.first().first().value<ApiError>().code, u"SignatureDoesNotMatch"_s);
        QVERIFY(!run.isRunning());
        int failed = 0, pending = 0;
        for (const LookupResult &r : run.results()) {
            failed += r.state == LookupResult::State::Failed ? 1 : 0;
            pending += r.state == LookupResult::State::Pending ? 1 : 0;
        }
        QCOMPARE(failed, 1);
        QCOMPARE(pending, 29);
        QVERIFY(server.callCount() <= options.concurrency); // not one call per address
    }

    void cancel_keepsWhatIsDone_andMarksTheRestNotDone()
    {
        SandboxServer server(SandboxDataset(11, kAnchor, 3000));
        QVERIFY(server.listen());
        server.setOptions(faulty());
        test::SandboxApiClient rig(server);
        const QStringList addresses = recipientsByVolume(server.dataset()).mid(20, 40);
        const MailQuery range = rangeOf(12);
        LookupOptions options;
        options.callsPerMinute = 600; // ten a second: the run lasts seconds, long enough to stop it
        LookupRun run(&rig.client, addresses, range, options);
        Ends ends(run);
        QSignalSpy done(&run, &LookupRun::addressFinished);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 5, 30000);
        run.cancel();
        QCOMPARE(ends.cancelled.size(), 1);
        QCOMPARE(ends.count(), 1);
        QVERIFY(!run.isRunning());
        const int finishedBefore = int(done.size());
        QVERIFY(finishedBefore < addresses.size());
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(int(done.size()), finishedBefore); // nothing finishes after the cancel
        int doneCount = 0;
        for (int i = 0; i < addresses.size(); ++i) {
            const LookupResult &r = run.results().at(i);
            if (r.state == LookupResult::State::Done) {
                ++doneCount;
                verifyExact(server.dataset(), range, r);
            } else {
                QCOMPARE(r.state, LookupResult::State::Pending);
                QCOMPARE(r.count, 0);
            }
        }
        QCOMPARE(doneCount, finishedBefore);
        run.cancel(); // a second cancel is a no-op
        QCOMPARE(ends.cancelled.size(), 1);
    }

    void oneBudget_holdsAcrossEveryAddressInFlight()
    {
        SandboxServer server(SandboxDataset(11, kAnchor, 3000));
        QVERIFY(server.listen());
        test::SandboxApiClient rig(server);
        const QStringList addresses = recipientsByVolume(server.dataset()).mid(40, 16); // a call each
        LookupOptions options;
        options.callsPerMinute = 240; // 4 a second after a burst of 4
        options.concurrency = 8;
        LookupRun run(&rig.client, addresses, rangeOf(12), options);
        Ends ends(run);
        QElapsedTimer timer;
        timer.start();
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(ends.count() > 0, 30000);
        QCOMPARE(ends.finished.size(), 1);
        QCOMPARE(run.progress().calls, 16);
        QCOMPARE(server.callCount(), 16);
        // 16 calls = 4 of burst + 12 at 250 ms: 8 addresses in flight did not multiply the budget.
        QVERIFY2(timer.elapsed() >= 2900, qPrintable(QString::number(timer.elapsed())));
    }

    void invalidRange_abortsWithoutACall()
    {
        SandboxServer server(SandboxDataset(11, kAnchor, 300));
        QVERIFY(server.listen());
        test::SandboxApiClient rig(server);
        MailQuery range = rangeOf(3);
        std::swap(range.start, range.end);
        LookupRun run(&rig.client, {u"ann@example.com"_s}, range);
        Ends ends(run);
        run.start();
        QCOMPARE(ends.aborted.size(), 1);
        QCOMPARE(ends.aborted.first().first().value<ApiError>().kind, ApiError::Kind::Validation);
        QCOMPARE(server.callCount(), 0);
    }

    void emptyList_finishesAtOnce()
    {
        SandboxServer server(SandboxDataset(11, kAnchor, 300));
        QVERIFY(server.listen());
        test::SandboxApiClient rig(server);
        LookupRun run(&rig.client, {}, rangeOf(3));
        Ends ends(run);
        run.start();
        QCOMPARE(ends.finished.size(), 1);
        QCOMPARE(run.progress().addressesTotal, 0);
    }
};

QTEST_GUILESS_MAIN(tst_LookupRun)
#include "tst_lookuprun.moc"
