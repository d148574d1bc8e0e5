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
    void stopLater_returnsAtOnceAndEndsAfterTheWorkInProgress();
    void stopLater_dropsAnswersAndLetsTheOwnerGoOnceEnded();
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

// The owner's thread never waits: stopLater() returns with the work still held, drops what is
// queued, and ended() arrives on the owner's thread only after the held work and the teardown.
void TestWorkerThread::stopLater_returnsAtOnceAndEndsAfterTheWorkInProgress()
{
    WorkerThread worker;
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> firstDone{false};
    std::atomic<bool> teardownAfterFirst{false};
    std::atomic<QThread *> teardownThread{nullptr};
    std::atomic<int> ran{0};
    worker.post([&] {
        started.release();
        release.acquire(); // held until the test lets it go
        firstDone = true;
    });
    worker.post([&] { ++ran; });
    started.acquire();
    QThread *endedOn = nullptr;
    QSignalSpy ended(&worker, &WorkerThread::ended);
    connect(&worker, &WorkerThread::ended, this, [&] { endedOn = QThread::currentThread(); });
    worker.stopLater([&] {
        teardownAfterFirst = firstDone.load();
        teardownThread = QThread::currentThread();
    });
    QVERIFY(!worker.post([&] { ++ran; }));
    QCoreApplication::processEvents();
    QCOMPARE(ended.size(), 0); // the work is still held: the thread runs on
    QVERIFY(!teardownThread.load());
    release.release();
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(endedOn, QThread::currentThread());
    QVERIFY(teardownAfterFirst.load());
    QVERIFY(teardownThread.load() && teardownThread.load() != QThread::currentThread());
    QCOMPARE(ran.load(), 0);
    worker.stopLater(); // a second stop changes nothing
    worker.stop();
    QCoreApplication::processEvents();
    QCOMPARE(ended.size(), 1);
}

// Answers not delivered are dropped as by stop(), and an owner deleted on ended() (what
// ArchiveReader::retire does) goes without ever waiting for its thread.
void TestWorkerThread::stopLater_dropsAnswersAndLetsTheOwnerGoOnceEnded()
{
    auto *worker = new WorkerThread;
    QPointer<WorkerThread> alive = worker;
    bool answered = false;
    QSemaphore sent;
    worker->post([&] {
        worker->answer([&] { answered = true; });
        sent.release();
    });
    sent.acquire(); // the answer is queued; this thread has not returned to its event loop
    connect(worker, &WorkerThread::ended, worker, &QObject::deleteLater);
    worker->stopLater();
    QTRY_VERIFY(alive.isNull());
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
