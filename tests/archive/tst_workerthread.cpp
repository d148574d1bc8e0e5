#include "archive/workerthread.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace sendtrail;
using namespace Qt::StringLiterals;

class TestWorkerThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void post_runsWorkOnTheWorkerInOrder();
    void answer_runsOnTheOwnersThreadInOrder();
    void stop_dropsWorkNotStartedAndRunsTheTeardownLastOnTheWorker();
    void stop_dropsAnswersNotDeliveredAndRefusesLaterPosts();
    void context_livesOnTheWorker();
};

void TestWorkerThread::post_runsWorkOnTheWorkerInOrder()
{
    WorkerThread worker;
    QList<int> order; // written on the worker only, read after stop()
    QList<QThread *> threads;
    for (int i = 0; i < 50; ++i)
        worker.post([&, i] {
            order.append(i);
            threads.append(QThread::currentThread());
        });
    QSemaphore done;
    worker.post([&] { done.release(); });
    done.acquire(); // stop() would drop what has not started
    worker.stop();
    QList<int> expected;
    for (int i = 0; i < 50; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    for (QThread *thread : std::as_const(threads))
        QVERIFY(thread != QThread::currentThread());
}

void TestWorkerThread::answer_runsOnTheOwnersThreadInOrder()
{
    WorkerThread worker;
    QList<int> answers;
    QList<QThread *> threads;
    for (int i = 0; i < 20; ++i)
        worker.post([&, i] {
            worker.answer([&, i] {
                answers.append(i);
                threads.append(QThread::currentThread());
            });
        });
    QTRY_COMPARE(answers.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(answers.at(i), i);
    for (QThread *thread : std::as_const(threads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestWorkerThread::stop_dropsWorkNotStartedAndRunsTheTeardownLastOnTheWorker()
{
    WorkerThread worker;
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> ran{0};
    QList<QString> events; // the worker's only until stop() returns
    QThread *teardownThread = nullptr;
    worker.post([&] {
        started.release();
        release.acquire(); // held until stop() has been asked for
        events.append(u"first"_s);
        ++ran;
    });
    for (int i = 0; i < 5; ++i)
        worker.post([&] { ++ran; });
    started.acquire();
    // stop() waits for the work in progress, so it runs on a thread of its own; post() answers
    // false from the moment stop() has dropped what was queued, and only then is the first
    // work let go.
    std::thread stopper([&] {
        worker.stop([&] {
            events.append(u"teardown"_s);
            teardownThread = QThread::currentThread();
        });
    });
    while (worker.post([&] { ++ran; }))
        QThread::yieldCurrentThread();
    release.release();
    stopper.join();
    QCOMPARE(ran.load(), 1);
    QCOMPARE(events, (QList<QString>{u"first"_s, u"teardown"_s}));
    QVERIFY(teardownThread && teardownThread != QThread::currentThread());
    QVERIFY(!worker.post([] {}));
}

void TestWorkerThread::stop_dropsAnswersNotDeliveredAndRefusesLaterPosts()
{
    WorkerThread worker;
    bool answered = false;
    QSemaphore sent;
    worker.post([&] {
        worker.answer([&] { answered = true; });
        sent.release();
    });
    sent.acquire(); // the answer is queued; this thread has not returned to its event loop
    worker.stop();
    bool ranAfterStop = false;
    QVERIFY(!worker.post([&] { ranAfterStop = true; }));
    worker.answer([&] { ranAfterStop = true; });
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!answered);
    QVERIFY(!ranAfterStop);
}

void TestWorkerThread::context_livesOnTheWorker()
{
    WorkerThread worker;
    QThread *workerThread = nullptr;
    QSemaphore done;
    worker.post([&] {
        workerThread = QThread::currentThread();
        done.release();
    });
    done.acquire();
    QPointer<QObject> context = worker.context();
    worker.stop();
    QVERIFY(workerThread);
    QVERIFY(context.isNull()); // deleted on the worker as it ended
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
