#include "workerthread.h"

namespace sendtrail {

WorkerThread::WorkerThread(QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    m_workConnection = connect(
        this, &WorkerThread::workPosted, m_context, [this] { runWork(); }, Qt::QueuedConnection);
    connect(this, &WorkerThread::answerPosted, this, &WorkerThread::runAnswers, Qt::QueuedConnection);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // QThread::finished is emitted on the worker: queued, ended() reaches the owner's thread. The
    // worker last released the lock when drain() found its queue empty after the teardown; taking
    // it here orders the teardown's writes before whatever the owner does on ended() (deleting
    // what the teardown closed) for ThreadSanitizer too, which cannot see Qt's queue.
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            seeWorkersWrites();
            Q_EMIT ended();
        },
        Qt::QueuedConnection);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::stop(const std::function<void()> &teardown)
{
    requestStop(teardown);
    m_thread.wait(); // at once when the thread has already ended
    seeWorkersWrites();
}

void WorkerThread::seeWorkersWrites()
{
    const std::lock_guard lock(m_mutex);
}

void WorkerThread::stopLater(const std::function<void()> &teardown)
{
    requestStop(teardown);
}

// The first call wins: work not started and answers not delivered are dropped, and the teardown
// and the thread's end are the worker's last work.
void WorkerThread::requestStop(const std::function<void()> &teardown)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
        m_work.clear();
        m_answers.clear();
        m_work.emplace_back([this, teardown] {
            if (teardown)
                teardown();
            // Here, not in m_context's destructor after the thread's end (which reads this
            // object, the sender, where ThreadSanitizer sees no ordering with its destruction).
            disconnect(m_workConnection);
            m_thread.quit();
        });
    }
    Q_EMIT workPosted(QPrivateSignal());
}

bool WorkerThread::post(std::function<void()> work)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped)
            return false;
        m_work.push_back(std::move(work));
    }
    Q_EMIT workPosted(QPrivateSignal());
    return true;
}

void WorkerThread::answer(std::function<void()> answer)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped)
            return; // stop() drops them anyway
        m_answers.push_back(std::move(answer));
    }
    Q_EMIT answerPosted(QPrivateSignal());
}

// One signal may stand for several posts, or for posts already run by an earlier turn: each
// turn takes what is queued at that moment, one function at a time, so that work posted while
// one runs is still run in order.
void WorkerThread::drain(std::deque<std::function<void()>> *queue)
{
    for (;;) {
        std::function<void()> next;
        {
            const std::lock_guard lock(m_mutex);
            if (queue->empty())
                return;
            next = std::move(queue->front());
            queue->pop_front();
        }
        next();
    }
}

void WorkerThread::runWork()
{
    drain(&m_work);
}

void WorkerThread::runAnswers()
{
    drain(&m_answers);
}

} // namespace sendtrail
