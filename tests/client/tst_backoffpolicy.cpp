#include "api/backoff.h"

#include <QTest>

using namespace sendtrail;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceiling_doublesPerAttemptUpToCap_data();
    void ceiling_doublesPerAttemptUpToCap();
    void delay_isRandomFractionOfCeiling_data();
    void delay_isRandomFractionOfCeiling();
    void delays_growWithAttemptAndNeverExceedCap();
    void systemRandom_staysWithinWindowAndIsJittered();
    void retryAfter_isLowerBound();
    void retryAfter_isClampedToCeiling();
    void hugeAttemptNumber_doesNotOverflow();
    void parseRetryAfterMs_data();
    void parseRetryAfterMs();
};

void TestBackoffPolicy::ceiling_doublesPerAttemptUpToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("throttled");
    QTest::addColumn<int>("expected");
    // Production defaults: base 200 ms, throttle base 1 s, cap 20 s.
    QTest::newRow("attempt 1") << 1 << false << 200;
    QTest::newRow("attempt 2") << 2 << false << 400;
    QTest::newRow("attempt 3") << 3 << false << 800;
    QTest::newRow("attempt 4") << 4 << false << 1600;
    QTest::newRow("attempt 7") << 7 << false << 12800;
    QTest::newRow("attempt 8 hits cap") << 8 << false << 20000;
    QTest::newRow("attempt 12 stays at cap") << 12 << false << 20000;
    QTest::newRow("throttled attempt 1") << 1 << true << 1000;
    QTest::newRow("throttled attempt 3") << 3 << true << 4000;
    QTest::newRow("throttled attempt 6 hits cap") << 6 << true << 20000;
}

void TestBackoffPolicy::ceiling_doublesPerAttemptUpToCap()
{
    QFETCH(int, attempt);
    QFETCH(bool, throttled);
    QFETCH(int, expected);
    const BackoffPolicy policy(200, 1000, 20000, [] { return 0.0; });
    QCOMPARE(policy.ceilingMs(attempt, throttled), expected);
}

void TestBackoffPolicy::delay_isRandomFractionOfCeiling_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero") << 0.0 << 3 << 0;
    QTest::newRow("quarter of 800") << 0.25 << 3 << 200;
    QTest::newRow("half of 200") << 0.5 << 1 << 100;
    QTest::newRow("almost one of 400") << 0.9999 << 2 << 399;
    QTest::newRow("out-of-range source is clamped") << 7.0 << 1 << 200;
    QTest::newRow("negative source is clamped") << -1.0 << 1 << 0;
}

void TestBackoffPolicy::delay_isRandomFractionOfCeiling()
{
    QFETCH(double, random);
    QFETCH(int, attempt);
    QFETCH(int, expected);
    const BackoffPolicy policy(200, 1000, 20000, [random] { return random; });
    QCOMPARE(policy.delayMs(attempt, false), expected);
}

void TestBackoffPolicy::delays_growWithAttemptAndNeverExceedCap()
{
    const BackoffPolicy policy(200, 1000, 20000, [] { return 0.999; });
    int previous = -1;
    for (int attempt = 1; attempt <= 15; ++attempt) {
        const int delay = policy.delayMs(attempt, false);
        QVERIFY2(delay >= previous,
                 qPrintable(QStringLiteral("attempt %1: %2 < %3").arg(attempt).arg(delay).arg(previous)));
        QVERIFY(delay <= 20000);
        previous = delay;
    }
    QVERIFY(previous > 19000); // reached the cap region
}

void TestBackoffPolicy::systemRandom_staysWithinWindowAndIsJittered()
{
    const BackoffPolicy policy(200, 1000, 20000);
    QSet<int> seen;
    for (int i = 0; i < 500; ++i) {
        const int delay = policy.delayMs(3, false);
        QVERIFY(delay >= 0 && delay <= 800);
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 50); // full jitter, not a fixed delay
}

void TestBackoffPolicy::retryAfter_isLowerBound()
{
    const BackoffPolicy low(200, 1000, 20000, [] { return 0.0; });
    QCOMPARE(low.delayMs(1, true, 3000), 3000);
    const BackoffPolicy high(200, 1000, 20000, [] { return 0.9; });
    QCOMPARE(high.delayMs(3, true, 100), 3600); // jitter already waits longer than the hint
    QCOMPARE(low.delayMs(1, false, -1), 0);
}

void TestBackoffPolicy::retryAfter_isClampedToCeiling()
{
    const BackoffPolicy policy(200, 1000, 20000, [] { return 0.0; });
    QCOMPARE(policy.delayMs(1, true, 10 * 60 * 1000), BackoffPolicy::kRetryAfterCeilingMs);
}

void TestBackoffPolicy::hugeAttemptNumber_doesNotOverflow()
{
    const BackoffPolicy policy(200, 1000, 20000, [] { return 1.0; });
    QCOMPARE(policy.ceilingMs(100000, false), 20000);
    QCOMPARE(policy.delayMs(100000, true), 20000);
}

void TestBackoffPolicy::parseRetryAfterMs_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("milliseconds") << QByteArray("2000") << 2000;
    QTest::newRow("padded") << QByteArray(" 42 ") << 42;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("zero") << QByteArray("0") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("not a number") << QByteArray("soon") << -1;
    QTest::newRow("HTTP date is not supported") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << -1;
    QTest::newRow("huge is clamped") << QByteArray("99999999999") << BackoffPolicy::kRetryAfterCeilingMs;
}

void TestBackoffPolicy::parseRetryAfterMs()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    QCOMPARE(BackoffPolicy::parseRetryAfterMs(header), expected);
}

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
