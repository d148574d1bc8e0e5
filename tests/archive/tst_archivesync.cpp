// Sync against the sandbox, with throttling, 503s and resets injected, under both EndTime
// semantics and both orders, interrupted and resumed, with new mail and status updates between
// two syncs: the archive's answer equals the sandbox's own selection exactly, tags included.
#include "archive/archivecoverage.h"
#include "archive/archivedatabase.h"
#include "archive/archivesync.h"
#include "archive/taglabeller.h"
#include "archivetestsupport.h"
#include "records/pageparser.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kDay = 86400;
constexpr int kOffset = 8 * 3600;

// Six days keep the suite fast (every day costs one fetch per tag, 36 tags in the sandbox);
// retention at the 30-day edge is covered by tst_archivecoverage and the benchmark.
constexpr qint64 kSyncedDays = 6;

ArchiveSyncOptions syncOptions(qint64 now)
{
    ArchiveSyncOptions o;
    o.startUtc = now - kSyncedDays * kDay;
    o.endUtc = now;
    o.callsPerMinute = 100000;
    o.concurrency = 4;
    return o;
}

// The midnight of the day holding the sync's start: the first archived window.
qint64 firstArchivedDay(qint64 now)
{
    return (now - kSyncedDays * kDay + kOffset) / kDay * kDay - kOffset;
}

using Keys = QList<QByteArray>;

Keys sandboxAnswer(const SandboxDataset &data, qint64 start, qint64 end,
                   const std::function<bool(int row)> &keep = {})
{
    SandboxQuery q;
    q.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    q.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    QJsonArray items;
    QList<QString> tags;
    for (int row : data.select(q))
        if (!keep || keep(row)) {
            items.append(data.recordJson(row));
            tags.append(data.tagName(row));
        }
    const auto page = parsePage(QJsonObject{{u"data"_s, QJsonObject{{u"mailDetail"_s, items}}}});
    Keys keys;
    for (qsizetype i = 0; i < page->records.size(); ++i)
        keys.append(TagLabeller::tupleOf(page->records.at(i).record) + '#' + tags.at(i).toUtf8());
    std::sort(keys.begin(), keys.end());
    return keys;
}

Keys archiveAnswer(ArchiveDatabase &db, const ArchiveFilter &filter)
{
    Keys keys;
    QString error;
    if (!db.forEach(
            filter,
            [&](const ArchivedRecord &r) {
                keys.append(TagLabeller::tupleOf(r.record) + '#' + r.tag.toUtf8());
                return true;
            },
            &error))
        qWarning("%s", qPrintable(error));
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

class tst_ArchiveSync final : public QObject
{
    Q_OBJECT

private:
    test::ArchiveEngines m_engines;

    static bool sync(SandboxServer &server, ArchiveDatabase &db, const ArchiveSyncOptions &options,
                     ArchiveSyncSummary *summary, int cancelAfterWindows = 0)
    {
        test::SandboxApiClient client(server);
        ArchiveSync sync(&client.client, &db, options);
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        QSignalSpy failed(&sync, &ArchiveSync::failed);
        QSignalSpy cancelled(&sync, &ArchiveSync::cancelled);
        QObject::connect(&sync, &ArchiveSync::progressed, &sync, [&](const ArchiveSyncSummary &s) {
            if (cancelAfterWindows && s.windowsDone == cancelAfterWindows)
                sync.cancel();
        });
        sync.start();
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() + cancelled.size() > 0; }, 120000))
            return false;
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.at(0).at(0).toString()));
        *summary = sync.summary();
        return !finished.isEmpty() || !cancelled.isEmpty();
    }

    std::unique_ptr<ArchiveDatabase> openFresh(const QString &engine) { return m_engines.openFresh(engine); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_engines.start(&error), qPrintable(error));
    }

    void archive_equalsTheSandboxsSelection_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<SandboxEndTime>("endTime");
        QTest::addColumn<SandboxOrder>("order");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s})
            for (auto endTime : {SandboxEndTime::Exclusive, SandboxEndTime::Inclusive})
                for (auto order : {SandboxOrder::NewestFirst, SandboxOrder::OldestFirst})
                    QTest::newRow(
                        QStringLiteral("%1/%2/%3")
                            .arg(engine,
                                 endTime == SandboxEndTime::Exclusive ? u"exclusive"_s : u"inclusive"_s,
                                 order == SandboxOrder::NewestFirst ? u"newest"_s : u"oldest"_s)
                            .toUtf8()
                            .constData())
                        << engine << endTime << order;
    }

    void archive_equalsTheSandboxsSelection()
    {
        QFETCH(QString, engine);
        QFETCH(SandboxEndTime, endTime);
        QFETCH(SandboxOrder, order);
        const QDateTime anchor = SandboxDataset::currentAnchor();
        SandboxServer server(SandboxDataset(11, anchor, 4000));
        QVERIFY(server.listen());
        SandboxOptions faults;
        faults.endTime = endTime;
        faults.order = order;
        faults.throttleEvery = 9;
        faults.injectedRetryAfterMs = 5;
        faults.unavailableEvery = 13;
        faults.resetEvery = 17;
        server.setOptions(faults);
        auto db = openFresh(engine);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ArchiveSyncSummary summary;
        QVERIFY(sync(server, *db, syncOptions(now), &summary));
        QCOMPARE(summary.windowsDone, summary.windowsPlanned);
        QVERIFY(summary.tags > 0);
        const qint64 start = firstArchivedDay(now);
        ArchiveFilter all;
        all.startUtc = start;
        all.endUtc = now + 60;
        QCOMPARE(archiveAnswer(*db, all), sandboxAnswer(server.dataset(), start, now + 60));
        QCOMPARE(summary.records, qint64(sandboxAnswer(server.dataset(), start, now + 60).size()));

        // What the service cannot answer in one call: a tag, a status and a domain together.
        const SandboxDataset &data = server.dataset();
        const QString tag = data.tagNames().value(1);
        const QString domain = data.toAddress(data.size() / 2).section(u'@', 1);
        ArchiveFilter combined = all;
        combined.tag = tag;
        combined.status = 0;
        combined.domain = domain;
        const Keys expected = sandboxAnswer(data, start, now + 60, [&](int row) {
            return data.tagName(row) == tag && data.status(row) == 0 &&
                   data.toAddress(row).section(u'@', 1).compare(domain, Qt::CaseInsensitive) == 0;
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(archiveAnswer(*db, combined), expected);
    }

    void anInterruptedSync_resumesWithoutLossOrDuplicates_data() { test::ArchiveEngines::addEngineRows(); }
    void anInterruptedSync_resumesWithoutLossOrDuplicates()
    {
        QFETCH(QString, engine);
        SandboxServer server(SandboxDataset(12, SandboxDataset::currentAnchor(), 3000));
        QVERIFY(server.listen());
        auto db = openFresh(engine);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ArchiveSyncSummary first;
        QVERIFY(sync(server, *db, syncOptions(now), &first, 3));
        QCOMPARE(first.windowsDone, 3);
        QString error;
        const auto kept = db->coverage(&error);
        QCOMPARE(kept->size(), 3);
        ArchiveSyncSummary second;
        QVERIFY(sync(server, *db, syncOptions(now), &second));
        // The windows written before the cancel are not fetched again, unless still settling.
        QVERIFY(second.windowsPlanned < first.windowsPlanned);
        QCOMPARE(second.windowsPlanned,
                 ArchiveCoverage::plan(now - kSyncedDays * kDay, now, *kept,
                                       QDateTime::currentSecsSinceEpoch(), 3, true, kOffset)
                     .size());
        const qint64 start = firstArchivedDay(now);
        ArchiveFilter all;
        all.startUtc = start;
        all.endUtc = now + 60;
        QCOMPARE(archiveAnswer(*db, all), sandboxAnswer(server.dataset(), start, now + 60));
    }

    void changesBetweenSyncs_areArchivedWithinTheSettleWindow_data()
    {
        test::ArchiveEngines::addEngineRows();
    }
    void changesBetweenSyncs_areArchivedWithinTheSettleWindow()
    {
        QFETCH(QString, engine);
        SandboxServer server(SandboxDataset(13, SandboxDataset::currentAnchor(), 3000));
        QVERIFY(server.listen());
        auto db = openFresh(engine);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ArchiveSyncSummary first;
        QVERIFY(sync(server, *db, syncOptions(now), &first));

        SandboxDataset &data = server.mutableDataset();
        const int newest = data.size() - 1;
        data.addRecord(newest, now - 30);           // new mail, today
        data.addRecord(newest - 5, now - 2 * kDay); // arrived late, two days back
        int yesterday = newest;
        while (data.utcSeconds(yesterday) > now - kDay - 3600)
            --yesterday;
        const int oldStatus = data.status(yesterday);
        data.changeStatus(yesterday, oldStatus == 3 ? 4 : 3, now - 20); // updated: moves to now

        ArchiveSyncSummary second;
        QVERIFY(sync(server, *db, syncOptions(now + 1), &second));
        QCOMPARE(second.windowsPlanned, 3 + 1); // the settle days and today, nothing more
        QVERIFY2(second.calls <= qint64(second.windowsPlanned) * (second.tags + 1) * 2 + 1,
                 qPrintable(QString::number(second.calls)));
        const qint64 start = firstArchivedDay(now);
        ArchiveFilter all;
        all.startUtc = start;
        all.endUtc = now + 60;
        QCOMPARE(archiveAnswer(*db, all), sandboxAnswer(server.dataset(), start, now + 60));
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveSync)
#include "tst_archivesync.moc"
