#include "monotonicclock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace sendtrail {

namespace {

class QtClockTimer final : public ClockTimer
{
public:
    explicit QtClockTimer(std::function<void()> callback)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, std::move(callback));
    }
    void start(int delayMs) override { m_timer.start(std::max(0, delayMs)); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SteadyClock final : public MonotonicClock
{
public:
    SteadyClock() { m_started.start(); }
    qint64 elapsedMs() const override { return m_started.elapsed(); }
    std::unique_ptr<ClockTimer> createTimer(std::function<void()> callback) override
    {
        return std::make_unique<QtClockTimer>(std::move(callback));
    }

private:
    QElapsedTimer m_started;
};

} // namespace

MonotonicClock *MonotonicClock::system()
{
    static SteadyClock clock;
    return &clock;
}

} // namespace sendtrail
