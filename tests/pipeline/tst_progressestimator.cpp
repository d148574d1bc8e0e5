// How far a fetch has come: the oldest time seen per window, or whole windows done.
#include "pipeline/runprogress.h"
#include "records/pageparser.h"

#include <QTest>

using namespace sendtrail;

namespace {

const QDateTime kEnd(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);

TimeWindow window(int startDay, int endDay)
{
    return {kEnd.addDays(startDay), kEnd.addDays(endDay)};
}

ParsedPage pageAt(const QList<QDateTime> &times)
{
    ParsedPage page;
    for (const QDateTime &t : times) {
        ParsedRecord r;
        r.record.utcSeconds = t.toSecsSinceEpoch();
        page.records.append(r);
    }
    return page;
}

} // namespace

class TestProgressEstimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSeen_isUnknown()
    {
        ProgressEstimator estimator;
        estimator.start({window(-20, -10), window(-10, 0)});
        QCOMPARE(estimator.coveredFraction(), 0.0);
        const RunProgress p = estimator.estimate(0, 0, 0, 2);
        QCOMPARE(p.fraction, 0.0);
        QCOMPARE(p.etaSeconds, qint64(-1)); // too early to say
    }

    void coveredFraction_followsTheOldestTimePerWindow_data()
    {
        QTest::addColumn<QList<QDateTime>>("times");
        QTest::addColumn<double>("expected");
        QTest::newRow("half of the newer window")
            << QList<QDateTime>{kEnd.addDays(-1), kEnd.addDays(-5)} << 0.25;
        QTest::newRow("nine tenths of the newer window") << QList<QDateTime>{kEnd.addDays(-9)} << 0.45;
        QTest::newRow("both halves") << QList<QDateTime>{kEnd.addDays(-5), kEnd.addDays(-15)} << 0.5;
        QTest::newRow("outside every window") << QList<QDateTime>{kEnd.addDays(3)} << 0.0;
    }

    void coveredFraction_followsTheOldestTimePerWindow()
    {
        QFETCH(QList<QDateTime>, times);
        QFETCH(double, expected);
        ProgressEstimator estimator;
        estimator.start({window(-20, -10), window(-10, 0)});
        estimator.addPage(pageAt(times));
        QCOMPARE(estimator.coveredFraction(), expected);
    }

    void windowsDone_winWhenTheyTellMore()
    {
        ProgressEstimator estimator;
        estimator.start({window(-20, -10), window(-10, 0)});
        estimator.addPage(pageAt({kEnd.addDays(-1)}));
        const RunProgress p = estimator.estimate(10, 1, 1, 2);
        QCOMPARE(p.fraction, 0.5);
        QCOMPARE(p.records, qint64(10));
        QCOMPARE(p.pages, 1);
        QCOMPARE(p.windowsDone, 1);
        QCOMPARE(p.windowsTotal, 2);
        QVERIFY(p.recordsPerSecond > 0);
        QVERIFY(p.etaSeconds >= 0);
    }

    void noWindows_isUnknown()
    {
        ProgressEstimator estimator;
        estimator.start({});
        QCOMPARE(estimator.coveredFraction(), -1.0);
        QCOMPARE(estimator.estimate(0, 0, 0, 0).fraction, -1.0);
    }
};

QTEST_GUILESS_MAIN(TestProgressEstimator)
#include "tst_progressestimator.moc"
