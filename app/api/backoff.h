#pragma once

#include <QByteArray>
#include <functional>

namespace sendtrail {

// Exponential backoff with full jitter (AWS "standard" mode, Alibaba's Java async SDK):
// delay = rand(0, min(cap, base * 2^(attempt-1))). Throttling answers use a longer base.
class BackoffPolicy final
{
public:
    using RandomSource = std::function<double()>; // uniform in [0, 1)

    // A server hint larger than this is clamped: an interactive caller should not wait longer.
    static constexpr int kRetryAfterCeilingMs = 60000;

    BackoffPolicy(int baseDelayMs, int throttleBaseDelayMs, int maxDelayMs, RandomSource random = {});

    // The upper bound of the jitter window after the given failed attempt (1-based).
    int ceilingMs(int attempt, bool throttled) const;

    // retryAfterMs (< 0 = none) is a lower bound on the jittered delay.
    int delayMs(int attempt, bool throttled, int retryAfterMs = -1) const;

    // x-acs-retry-after carries milliseconds, as Alibaba's SDKs read it (the C# openapi client's
    // GetThrottlingTimeLeft("2000") == 2000, Darabonba feeds it to its ms-based retry policy).
    // Returns -1 for a missing, zero, negative or unparsable value.
    static int parseRetryAfterMs(const QByteArray &headerValue);

    static RandomSource systemRandom();

private:
    int m_baseDelayMs;
    int m_throttleBaseDelayMs;
    int m_maxDelayMs;
    RandomSource m_random;
};

} // namespace sendtrail
