#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace sendtrail {

BackoffPolicy::BackoffPolicy(int baseDelayMs, int throttleBaseDelayMs, int maxDelayMs, RandomSource random)
    : m_baseDelayMs(std::max(0, baseDelayMs)), m_throttleBaseDelayMs(std::max(0, throttleBaseDelayMs)),
      m_maxDelayMs(std::max(0, maxDelayMs)), m_random(random ? std::move(random) : systemRandom())
{}

int BackoffPolicy::ceilingMs(int attempt, bool throttled) const
{
    qint64 window = throttled ? m_throttleBaseDelayMs : m_baseDelayMs;
    // Doubling stops at the cap, so a large attempt number cannot overflow.
    for (int i = 1; i < attempt && window < m_maxDelayMs; ++i)
        window *= 2;
    return int(std::min<qint64>(window, m_maxDelayMs));
}

int BackoffPolicy::delayMs(int attempt, bool throttled, int retryAfterMs) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const int jittered = int(r * ceilingMs(attempt, throttled));
    if (retryAfterMs <= 0)
        return jittered;
    return std::max(jittered, std::min(retryAfterMs, kRetryAfterCeilingMs));
}

int BackoffPolicy::parseRetryAfterMs(const QByteArray &headerValue)
{
    bool ok = false;
    const qlonglong value = headerValue.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return -1;
    return int(std::min<qlonglong>(value, kRetryAfterCeilingMs));
}

BackoffPolicy::RandomSource BackoffPolicy::systemRandom()
{
    return [] {
        return QRandomGenerator::global()->generateDouble();
    };
}

} // namespace sendtrail
