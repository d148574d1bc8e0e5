#include "displayzone.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

QTimeZone DisplayZones::timeZone(DisplayZone zone, int serviceUtcOffsetSeconds)
{
    switch (zone) {
    case DisplayZone::Utc:
        return QTimeZone::utc();
    case DisplayZone::Service:
        return QTimeZone(serviceUtcOffsetSeconds);
    case DisplayZone::Local:
        break;
    }
    return QTimeZone::systemTimeZone();
}

QDateTime DisplayZones::toZone(const QDateTime &instant, DisplayZone zone, int serviceUtcOffsetSeconds)
{
    if (zone == DisplayZone::Local)
        return instant.toLocalTime();
    return instant.toTimeZone(timeZone(zone, serviceUtcOffsetSeconds));
}

QString DisplayZones::format(qint64 utcSeconds, DisplayZone zone, int serviceUtcOffsetSeconds)
{
    const QDateTime instant = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc());
    return toZone(instant, zone, serviceUtcOffsetSeconds).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString DisplayZones::offsetText(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = qAbs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(sign)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString DisplayZones::label(DisplayZone zone, int serviceUtcOffsetSeconds)
{
    switch (zone) {
    case DisplayZone::Utc:
        return tr("UTC");
    case DisplayZone::Service:
        return tr("Service (%1)").arg(offsetText(serviceUtcOffsetSeconds));
    case DisplayZone::Local:
        break;
    }
    const int localOffset = QDateTime::currentDateTime().offsetFromUtc();
    return tr("Local (%1)").arg(offsetText(localOffset));
}

QString DisplayZones::key(DisplayZone zone)
{
    switch (zone) {
    case DisplayZone::Utc:
        return u"utc"_s;
    case DisplayZone::Service:
        return u"service"_s;
    case DisplayZone::Local:
        break;
    }
    return u"local"_s;
}

DisplayZone DisplayZones::fromKey(const QString &key)
{
    if (key == u"utc"_s)
        return DisplayZone::Utc;
    if (key == u"service"_s)
        return DisplayZone::Service;
    return DisplayZone::Local;
}

} // namespace sendtrail
