#pragma once

#include "monotonicclock.h"

#include <QObject>
#include <deque>
#include <functional>
#include <memory>

namespace sendtrail {

// Client-side call budget (a token bucket): at most `callsPerMinute` calls in any minute,
// with a small burst so concurrent windows start at once. Waiters are served in order.
class RateLimiter final : public QObject
{
    Q_OBJECT
public:
    // clock: where time comes from (a test's own); nullptr means MonotonicClock::system().
    explicit RateLimiter(int callsPerMinute, int burst = 4, QObject *parent = nullptr,
                         MonotonicClock *clock = nullptr);
    ~RateLimiter() override;

    // Runs `task` now if a token is free, otherwise when one becomes free.
    void acquire(std::function<void()> task);
    void clear(); // drops every waiting task (cancel)
    int waiting() const { return int(m_waiters.size()); }
    int callsPerMinute() const { return m_callsPerMinute; }
    qint64 granted() const { return m_granted; } // tasks run so far: the calls this budget let through

private:
    void refill();
    void drain();

    int m_callsPerMinute;
    double m_capacity;
    double m_tokens;
    double m_msPerToken;
    MonotonicClock *m_clock;
    qint64 m_lastRefillMs = 0;
    qint64 m_granted = 0;
    std::unique_ptr<ClockTimer> m_timer;
    std::deque<std::function<void()>> m_waiters;
};

} // namespace sendtrail
