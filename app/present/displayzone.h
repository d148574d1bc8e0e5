#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sendtrail {

// The zone times are shown in. Records carry instants; only presentation changes.
enum class DisplayZone
{
    Local,
    Utc,
    Service
};

class DisplayZones final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayZones)

public:
    static QTimeZone timeZone(DisplayZone zone, int serviceUtcOffsetSeconds);
    static QDateTime toZone(const QDateTime &instant, DisplayZone zone, int serviceUtcOffsetSeconds);
    // "2024-05-01 14:03:09"; the zone is in the column header, not repeated in every cell.
    static QString format(qint64 utcSeconds, DisplayZone zone, int serviceUtcOffsetSeconds);
    // "UTC+08:00"
    static QString offsetText(int offsetSeconds);
    // "Local (UTC+02:00)", "UTC", "Service (UTC+08:00)"
    static QString label(DisplayZone zone, int serviceUtcOffsetSeconds);
    // Stable keys for QSettings.
    static QString key(DisplayZone zone);
    static DisplayZone fromKey(const QString &key);
};

} // namespace sendtrail
