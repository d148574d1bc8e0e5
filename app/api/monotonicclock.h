#pragma once

#include <QtGlobal>
#include <functional>
#include <memory>

namespace sendtrail {

// A one-shot timer made by a MonotonicClock; owned by its user, on the user's thread.
// Destroying or stopping it means the callback never runs.
class ClockTimer
{
public:
    virtual ~ClockTimer() = default;
    virtual void start(int delayMs) = 0; // restarts if active
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
};

// Steady time and one-shot timers for everything that waits (the rate limiter's budget, the
// client's backoff), so a test can move time itself instead of sleeping.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 elapsedMs() const = 0; // since an arbitrary start; never goes back
    virtual std::unique_ptr<ClockTimer> createTimer(std::function<void()> callback) = 0;

    // The process's steady clock and Qt timers (precise); stateless, so any thread may use it.
    static MonotonicClock *system();
};

} // namespace sendtrail
