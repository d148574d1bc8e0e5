#pragma once

#include <QStringView>
#include <QTimeZone>
#include <limits>

namespace sendtrail {

struct ExportTimeZone;

// Renders epoch seconds as "yyyy-MM-dd HH:mm:ss" in one zone, without allocating:
// a million rows cannot afford a QDateTime and a QString each.
class TimeFormatter final
{
public:
    explicit TimeFormatter(const ExportTimeZone &zone);
    explicit TimeFormatter(const QTimeZone &zone);

    // The view stays valid until the next call.
    QStringView format(qint64 utcSeconds);
    // The zone's UTC offset at that instant (cached between transitions).
    int offsetAt(qint64 utcSeconds);

private:
    QStringView formatSlow(qint64 utcSeconds);

    QTimeZone m_zone;
    bool m_fixed = true;
    int m_fixedOffset = 0;
    // Offset of the zone between two transitions, so DST zones stay fast.
    qint64 m_cacheFrom = std::numeric_limits<qint64>::max();
    qint64 m_cacheTo = std::numeric_limits<qint64>::min();
    int m_cacheOffset = 0;
    QString m_slow;
    char16_t m_buffer[20] = {};
};

} // namespace sendtrail
