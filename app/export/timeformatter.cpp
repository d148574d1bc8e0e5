#include "export/timeformatter.h"

#include "export/exportoptions.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kLastSecondOfYear9999 = 253402300799;

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, day 0 = 1970-01-01).
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void putDigits(char16_t *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

TimeFormatter::TimeFormatter(const ExportTimeZone &zone) : TimeFormatter(zone.toQTimeZone()) {}

TimeFormatter::TimeFormatter(const QTimeZone &zone) : m_zone(zone)
{
    // A zone that never changes its offset needs no lookups at all.
    m_fixed = zone == QTimeZone::utc() || zone.id().startsWith("UTC");
    if (m_fixed)
        m_fixedOffset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
}

QStringView TimeFormatter::format(qint64 utcSeconds)
{
    // Outside 0000..9999 the fixed-width layout does not fit; leave those to QDateTime.
    if (utcSeconds < -62167219200 + 86400 || utcSeconds > kLastSecondOfYear9999 - 86400)
        return formatSlow(utcSeconds);
    const qint64 local = utcSeconds + offsetAt(utcSeconds);
    qint64 days = local / kSecondsPerDay;
    qint64 secondOfDay = local % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    char16_t *b = m_buffer;
    putDigits(b, static_cast<unsigned>(date.year), 4);
    b[4] = u'-';
    putDigits(b + 5, date.month, 2);
    b[7] = u'-';
    putDigits(b + 8, date.day, 2);
    b[10] = u' ';
    putDigits(b + 11, static_cast<unsigned>(secondOfDay / 3600), 2);
    b[13] = u':';
    putDigits(b + 14, static_cast<unsigned>(secondOfDay / 60 % 60), 2);
    b[16] = u':';
    putDigits(b + 17, static_cast<unsigned>(secondOfDay % 60), 2);
    return QStringView(m_buffer, 19);
}

int TimeFormatter::offsetAt(qint64 utcSeconds)
{
    if (m_fixed)
        return m_fixedOffset;
    if (utcSeconds >= m_cacheFrom && utcSeconds < m_cacheTo)
        return m_cacheOffset;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc());
    m_cacheOffset = m_zone.offsetFromUtc(at);
    m_cacheFrom = m_cacheTo = utcSeconds;
    ++m_cacheTo;
    if (m_zone.hasTransitions()) {
        // [transition at or before `at`, next transition): one offset throughout.
        const auto previous = m_zone.previousTransition(at.addSecs(1));
        const auto next = m_zone.nextTransition(at);
        m_cacheFrom =
            previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_cacheTo = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    return m_cacheOffset;
}

QStringView TimeFormatter::formatSlow(qint64 utcSeconds)
{
    m_slow = QDateTime::fromSecsSinceEpoch(utcSeconds, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return m_slow;
}

} // namespace sendtrail
