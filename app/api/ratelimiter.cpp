#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace sendtrail {

RateLimiter::RateLimiter(int callsPerMinute, int burst, QObject *parent, MonotonicClock *clock)
    : QObject(parent), m_callsPerMinute(std::max(1, callsPerMinute)), m_capacity(std::max(1, burst)),
      m_tokens(m_capacity), m_msPerToken(60000.0 / m_callsPerMinute),
      m_clock(clock ? clock : MonotonicClock::system()), m_lastRefillMs(m_clock->elapsedMs()),
      m_timer(m_clock->createTimer([this] { drain(); }))
{}

RateLimiter::~RateLimiter() = default;

void RateLimiter::acquire(std::function<void()> task)
{
    m_waiters.push_back(std::move(task));
    drain();
}

void RateLimiter::clear()
{
    m_waiters.clear();
    m_timer->stop();
}

void RateLimiter::refill()
{
    const qint64 now = m_clock->elapsedMs();
    m_tokens = std::min(m_capacity, m_tokens + double(now - m_lastRefillMs) / m_msPerToken);
    m_lastRefillMs = now;
}

void RateLimiter::drain()
{
    refill();
    while (!m_waiters.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        ++m_granted;
        auto task = std::move(m_waiters.front());
        m_waiters.pop_front();
        task(); // may re-enter acquire(); the queue stays consistent
        refill();
    }
    if (!m_waiters.empty() && !m_timer->isActive())
        m_timer->start(int(std::ceil((1.0 - m_tokens) * m_msPerToken)));
}

} // namespace sendtrail
