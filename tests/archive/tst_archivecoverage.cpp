// Which day windows a sync fetches (missing, unsettled, untagged), and the gaps of a range.
#include "archive/archivecoverage.h"

#include <QTest>

using namespace sendtrail;

namespace {

constexpr int kOffset = 8 * 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kMidnight = 1'795'000'000 / kDay * kDay - kOffset; // a service-zone midnight
constexpr qint64 kNow = kMidnight + 40 * kDay + 10 * 3600;          // 10:00 on day 40

ArchiveWindow day(int n, qint64 fetchedAt, bool tagged = true)
{
    return {kMidnight + n * kDay, kMidnight + (n + 1) * kDay, fetchedAt, 5, tagged, 2};
}

QList<int> dayNumbers(const QList<ArchiveWindow> &windows)
{
    QList<int> days;
    for (const ArchiveWindow &w : windows)
        days.append(int((w.startUtc - kMidnight) / kDay));
    return days;
}

} // namespace

class tst_ArchiveCoverage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayStart_isMidnightOfTheServiceZone()
    {
        QCOMPARE(ArchiveCoverage::dayStart(kMidnight, kOffset), kMidnight);
        QCOMPARE(ArchiveCoverage::dayStart(kMidnight + kDay - 1, kOffset), kMidnight);
        QCOMPARE(ArchiveCoverage::dayStart(kMidnight - 1, kOffset), kMidnight - kDay);
    }

    void plan_fetchesMissingUnsettledAndUntaggedDaysWithinRetention()
    {
        QList<ArchiveWindow> archived;
        for (int n = 20; n <= 40; ++n)
            archived.append(day(n, n >= 36 ? kNow - 3600 : kMidnight + (n + 5) * kDay));
        archived[5] = day(25, kMidnight + 30 * kDay, false); // settled, but without tags
        archived.removeAt(2);                                // day 22 never fetched
        const auto plan = ArchiveCoverage::plan(kMidnight, kNow, archived, kNow, 3, true, kOffset);
        // Days before 10 are past the service's retention; 10-19 and 22 are missing; 25 lacks
        // tags; 37-40 were fetched less than 3 days after their end (36 ended 4 days ago).
        QList<int> expected;
        for (int n = 11; n <= 19; ++n)
            expected.append(n);
        expected << 22 << 25 << 37 << 38 << 39 << 40;
        QCOMPARE(dayNumbers(plan), expected);
        QVERIFY(plan.constFirst().tagged);
    }

    void plan_ofAFreshlySyncedArchive_isTheSettleWindowOnly()
    {
        QList<ArchiveWindow> archived;
        for (int n = 11; n <= 40; ++n)
            archived.append(day(n, kNow - 60));
        QCOMPARE(dayNumbers(ArchiveCoverage::plan(kNow - 30 * kDay, kNow, archived, kNow, 3, true, kOffset)),
                 (QList<int>{37, 38, 39, 40}));
        QCOMPARE(dayNumbers(ArchiveCoverage::plan(kNow - 30 * kDay, kNow, archived, kNow, 0, false, kOffset)),
                 QList<int>{40});
    }

    void gaps_nameTheUncoveredParts()
    {
        const QList<ArchiveWindow> archived = {day(1, kNow), day(2, kNow), day(4, kNow),
                                               day(40, kMidnight + 40 * kDay + 3600)};
        const auto gaps = ArchiveCoverage::gaps(kMidnight + 1000, kMidnight + 41 * kDay, archived, kNow);
        const QList<ArchiveGap> expected = {{kMidnight + 1000, kMidnight + kDay},
                                            {kMidnight + 3 * kDay, kMidnight + 4 * kDay},
                                            {kMidnight + 5 * kDay, kMidnight + 40 * kDay},
                                            {kMidnight + 40 * kDay + 3600, kNow}};
        QCOMPARE(gaps, expected);
        QVERIFY(ArchiveCoverage::gaps(kMidnight + kDay, kMidnight + 3 * kDay, archived, kNow).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveCoverage)
#include "tst_archivecoverage.moc"
