// RateLimiter on a ManualClock: time moves only when the test advances it, so every
// expectation is exact and nothing sleeps.
#include "api/ratelimiter.h"
#include "manualclock.h"

#include <QTest>

using namespace sendtrail;
using namespace sendtrail::test;

class tst_RateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acquire_withinBurst_runsAtOnce()
    {
        ManualClock clock;
        RateLimiter limiter(60, 3, nullptr, &clock);
        int ran = 0;
        for (int i = 0; i < 3; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 3);
        limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 3); // the fourth waits for a token
        QCOMPARE(limiter.waiting(), 1);
        QCOMPARE(clock.nextDelayMs(), 1000); // 60 a minute: one token a second
    }

    void acquire_beyondBurst_isSpacedByTheBudget_data()
    {
        QTest::addColumn<int>("callsPerMinute");
        QTest::addColumn<qint64>("spacingMs");
        QTest::newRow("600 a minute") << 600 << qint64(100);
        QTest::newRow("60 a minute") << 60 << qint64(1000);
        QTest::newRow("7 a minute") << 7 << qint64(8572); // 60000 / 7, rounded up
    }

    void acquire_beyondBurst_isSpacedByTheBudget()
    {
        QFETCH(int, callsPerMinute);
        QFETCH(qint64, spacingMs);
        ManualClock clock;
        RateLimiter limiter(callsPerMinute, 1, nullptr, &clock);
        const qint64 start = clock.elapsedMs();
        QList<qint64> startedAt;
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] { startedAt.append(clock.elapsedMs() - start); });
        QCOMPARE(startedAt, QList<qint64>{0});
        for (int i = 1; i < 5; ++i) {
            clock.advance(spacingMs - 1);
            QCOMPARE(startedAt.size(), i); // not a millisecond early
            clock.advance(1);
            QCOMPARE(startedAt.size(), i + 1);
        }
        QCOMPARE(limiter.waiting(), 0);
        QCOMPARE(limiter.granted(), qint64(5));
        QCOMPARE(clock.activeTimers(), 0);
    }

    void idleTime_refillsUpToTheBurstOnly()
    {
        ManualClock clock;
        RateLimiter limiter(60, 2, nullptr, &clock);
        int ran = 0;
        clock.advance(60 * 60 * 1000); // an idle hour buys no more than the burst
        for (int i = 0; i < 4; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 2);
        clock.advance(1000);
        QCOMPARE(ran, 3);
    }

    void acquire_keepsOrder()
    {
        ManualClock clock;
        RateLimiter limiter(6000, 1, nullptr, &clock);
        QList<int> order;
        for (int i = 0; i < 6; ++i)
            limiter.acquire([&order, i] { order.append(i); });
        clock.advance(5 * 10);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    void clear_dropsWaitingTasks()
    {
        ManualClock clock;
        RateLimiter limiter(600, 1, nullptr, &clock);
        int ran = 0;
        for (int i = 0; i < 4; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 1);
        limiter.clear();
        QCOMPARE(limiter.waiting(), 0);
        QCOMPARE(clock.activeTimers(), 0);
        clock.advance(10 * 60 * 1000);
        QCOMPARE(ran, 1);
    }

    void task_mayAcquireAgain()
    {
        ManualClock clock;
        RateLimiter limiter(6000, 1, nullptr, &clock);
        int depth = 0;
        std::function<void()> chain = [&] {
            if (++depth < 4)
                limiter.acquire(chain);
        };
        limiter.acquire(chain);
        QCOMPARE(depth, 1);
        clock.advance(3 * 10);
        QCOMPARE(depth, 4);
    }

    void systemClock_isTheDefault()
    {
        // No clock given: the real one, whose timer runs on the event loop.
        RateLimiter limiter(60000, 1);
        int ran = 0;
        limiter.acquire([&ran] { ++ran; });
        limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 1);
        QTRY_COMPARE(ran, 2); // one token a millisecond
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
