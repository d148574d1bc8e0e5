#pragma once

#include <QObject>
#include <QThread>
#include <deque>
#include <functional>
#include <mutex>

namespace sendtrail {

// A thread of its own for work that must not run on its owner's thread (a database connection,
// a sync), and the one way work and answers cross between the two. Work runs on the worker in
// the order it was posted; answers run on the owner's thread in the order they were sent. Both
// queues hand their functions over under one std::mutex, so the hand-over is an ordering that
// ThreadSanitizer sees too (Qt's event queue locks with futexes inside an uninstrumented
// library); only an argument-free queued signal, connected before the thread starts, crosses
// through Qt.
class WorkerThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    explicit WorkerThread(QObject *parent = nullptr); // starts the thread
    ~WorkerThread() override;                         // stop(), if not done yet

    // Work not yet started is dropped; `teardown` (if any) then runs on the worker, after the
    // work in progress, and the thread ends before stop() returns. Answers not yet delivered
    // are dropped too.
    void stop(const std::function<void()> &teardown = {});
    // The same without waiting: returns at once, and ended() follows on the owner's thread once
    // the thread has ended (the owner may then be deleted without a wait). The destructor still
    // waits if it comes first.
    void stopLater(const std::function<void()> &teardown = {});

    bool post(std::function<void()> work);     // any thread: runs on the worker; false once stopped
    void answer(std::function<void()> answer); // any thread: runs on the owner's thread

    // An object that lives on the worker: the context for connections whose slots must run
    // there. Valid until stop().
    QObject *context() const { return m_context; }

Q_SIGNALS:
    void workPosted(QPrivateSignal);
    void answerPosted(QPrivateSignal);
    void ended(); // the thread has ended: after stop() or stopLater(), on the owner's thread

private:
    void requestStop(const std::function<void()> &teardown);
    void drain(std::deque<std::function<void()>> *queue); // one of the two below
    void runWork();                                       // on the worker
    void runAnswers();                                    // on the owner's thread
    // Once the thread has ended: takes the lock the worker last released, an ordering that
    // ThreadSanitizer sees where it cannot see QThread's own.
    void seeWorkersWrites();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_work;    // guarded by m_mutex
    std::deque<std::function<void()>> m_answers; // guarded by m_mutex
    bool m_stopped = false;                      // guarded by m_mutex
    QMetaObject::Connection m_workConnection;    // workPosted to m_context
    QThread m_thread;
    QObject *m_context; // lives on m_thread, deleted there when it ends
};

} // namespace sendtrail
