#include "api/ratelimiter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sendtrail;

class tst_RateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acquire_withinBurst_runsAtOnce()
    {
        RateLimiter limiter(60, 3);
        int ran = 0;
        for (int i = 0; i < 3; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 3);
        limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 3); // the fourth waits for a token
        QCOMPARE(limiter.waiting(), 1);
    }

    void acquire_beyondBurst_isSpacedByTheBudget()
    {
        RateLimiter limiter(600, 1); // one call every 100 ms
        QElapsedTimer clock;
        clock.start();
        QList<qint64> startedAt;
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] { startedAt.append(clock.elapsed()); });
        QTRY_COMPARE_WITH_TIMEOUT(startedAt.size(), 5, 5000);
        for (int i = 1; i < startedAt.size(); ++i)
            QVERIFY2(startedAt.at(i) >= i * 100 - 5, qPrintable(QString::number(startedAt.at(i))));
    }

    void acquire_keepsOrder()
    {
        RateLimiter limiter(6000, 1);
        QList<int> order;
        for (int i = 0; i < 6; ++i)
            limiter.acquire([&order, i] { order.append(i); });
        QTRY_COMPARE(order.size(), 6);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    void clear_dropsWaitingTasks()
    {
        RateLimiter limiter(600, 1);
        int ran = 0;
        for (int i = 0; i < 4; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 1);
        limiter.clear();
        QCOMPARE(limiter.waiting(), 0);
        QTest::qWait(350);
        QCOMPARE(ran, 1);
    }

    void task_mayAcquireAgain()
    {
        RateLimiter limiter(6000, 1);
        int depth = 0;
        std::function<void()> chain = [&] {
            if (++depth < 4)
                limiter.acquire(chain);
        };
        limiter.acquire(chain);
        QTRY_COMPARE(depth, 4);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
