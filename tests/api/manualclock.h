#pragma once

// A MonotonicClock that moves only when the test says so: advance() runs every timer that falls
// due, in due order, each with the clock set to its due time. No sleeps, no wall time.

#include "api/monotonicclock.h"

#include <QList>
#include <algorithm>
#include <limits>

namespace sendtrail::test {

class ManualClock final : public MonotonicClock
{
public:
    qint64 elapsedMs() const override { return m_now; }
    std::unique_ptr<ClockTimer> createTimer(std::function<void()> callback) override
    {
        return std::make_unique<Timer>(this, std::move(callback));
    }

    // Moves time forward by ms, firing what falls due on the way (also timers those start).
    void advance(qint64 ms)
    {
        const qint64 target = m_now + ms;
        for (Timer *next = nextDue(target); next; next = nextDue(target)) {
            m_now = std::max(m_now, next->m_due);
            next->m_active = false;
            next->m_callback();
        }
        m_now = target;
    }
    // The delay of the earliest active timer from now; -1 when none is active.
    qint64 nextDelayMs() const
    {
        qint64 due = std::numeric_limits<qint64>::max();
        for (const Timer *t : m_timers)
            if (t->m_active)
                due = std::min(due, t->m_due);
        return due == std::numeric_limits<qint64>::max() ? -1 : due - m_now;
    }
    int activeTimers() const
    {
        return int(
            std::count_if(m_timers.begin(), m_timers.end(), [](const Timer *t) { return t->m_active; }));
    }

private:
    class Timer final : public ClockTimer
    {
    public:
        Timer(ManualClock *clock, std::function<void()> callback)
            : m_clock(clock), m_callback(std::move(callback))
        {
            m_clock->m_timers.append(this);
        }
        ~Timer() override { m_clock->m_timers.removeOne(this); }
        void start(int delayMs) override
        {
            m_due = m_clock->m_now + std::max(0, delayMs);
            m_sequence = ++m_clock->m_started;
            m_active = true;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }

        ManualClock *m_clock;
        std::function<void()> m_callback;
        qint64 m_due = 0;
        quint64 m_sequence = 0;
        bool m_active = false;
    };

    Timer *nextDue(qint64 limit) const
    {
        Timer *best = nullptr;
        for (Timer *t : m_timers) {
            if (!t->m_active || t->m_due > limit)
                continue;
            if (!best || t->m_due < best->m_due ||
                (t->m_due == best->m_due && t->m_sequence < best->m_sequence))
                best = t;
        }
        return best;
    }

    qint64 m_now = 1000;
    quint64 m_started = 0;
    QList<Timer *> m_timers;
};

} // namespace sendtrail::test
