#include "mailquery.h"

#include "walltime.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct MailQueryTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::MailQuery)
};

constexpr int kMaxOffsetSeconds = 14 * 3600;
constexpr int kMaxPageSize = 100;

bool isAllowedStatus(int status)
{
    return status == 0 || status == 2 || status == 3 || status == 4;
}

void validateRange(const MailQuery &query, QList<FieldError> &errors)
{
    if (!query.start.isValid())
        errors.append({u"start"_s, MailQueryTr::tr("Choose a start time.")});
    if (!query.end.isValid())
        errors.append({u"end"_s, MailQueryTr::tr("Choose an end time.")});
    if (query.start.isValid() && query.end.isValid() && query.start > query.end)
        errors.append(
            {u"end"_s,
             MailQueryTr::tr("The end time is before the start time; swap them or pick a later end.")});
    const int offset = query.serviceUtcOffsetSeconds;
    if (offset % 60 != 0 || offset < -kMaxOffsetSeconds || offset > kMaxOffsetSeconds)
        errors.append(
            {u"serviceZone"_s,
             MailQueryTr::tr(
                 "The service time zone must be a whole-minute offset between UTC-14:00 and UTC+14:00.")});
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDateTime fromUtcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

void appendIfSet(QueryParams &params, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        params.append({key, trimmed});
}

std::optional<QDateTime> parseIsoWithOffset(const QString &text)
{
    // Qt reads "T" forms with or without an offset; only an explicit offset or Z is an instant.
    static const QRegularExpression zoned(u"^\\d{4}-\\d{2}-\\d{2}T[0-9:.,]+(Z|[+-]\\d{2}(:?\\d{2})?)$"_s);
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace

QList<FieldError> validateQuery(const MailQuery &query)
{
    QList<FieldError> errors;
    validateRange(query, errors);
    const int filters = int(!query.accountName.trimmed().isEmpty()) +
                        int(!query.toAddress.trimmed().isEmpty()) + int(!query.tagName.trimmed().isEmpty());
    if (filters > 1)
        errors.append(
            {u"filter"_s, MailQueryTr::tr("Filter by only one of sender address, recipient address or tag: "
                                          "the service accepts one of them at a time.")});
    if (query.status && !isAllowedStatus(*query.status))
        errors.append(
            {u"status"_s, MailQueryTr::tr("The status must be 0 (delivered), 2 (invalid address), 3 (spam) "
                                          "or 4 (failed).")});
    if (query.pageSize < 1 || query.pageSize > kMaxPageSize)
        errors.append({u"pageSize"_s, MailQueryTr::tr("The page size must be between 1 and 100 records.")});
    return errors;
}

QString formatServiceTime(const QDateTime &instant, int utcOffsetSeconds)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().addSecs(utcOffsetSeconds).toString(u"yyyy-MM-dd HH:mm"_s);
}

QList<TimeWindow> splitWindows(const QDateTime &start, const QDateTime &end, std::chrono::seconds maxSpan)
{
    QList<TimeWindow> windows;
    if (!start.isValid() || !end.isValid())
        return windows;
    const qint64 first = floorDiv(start.toSecsSinceEpoch(), 60) * 60;
    const qint64 last = -floorDiv(-end.toSecsSinceEpoch(), 60) * 60;
    const qint64 span = qMax<qint64>(60, floorDiv(maxSpan.count(), 60) * 60);
    if (first > last)
        return windows;
    qint64 windowEnd = last;
    do {
        const qint64 windowStart = qMax(first, windowEnd - span);
        windows.append({fromUtcSeconds(windowStart), fromUtcSeconds(windowEnd)});
        windowEnd = windowStart;
    } while (windowEnd > first);
    return windows;
}

QueryParams queryParams(const MailQuery &query, const TimeWindow &window, const QString &nextStart)
{
    QueryParams params;
    params.append({u"StartTime"_s, formatServiceTime(window.start, query.serviceUtcOffsetSeconds)});
    params.append({u"EndTime"_s, formatServiceTime(window.end, query.serviceUtcOffsetSeconds)});
    appendIfSet(params, u"AccountName"_s, query.accountName);
    appendIfSet(params, u"ToAddress"_s, query.toAddress);
    appendIfSet(params, u"TagName"_s, query.tagName);
    appendIfSet(params, u"IpPoolId"_s, query.ipPoolId);
    appendIfSet(params, u"ConfigSetId"_s, query.configSetId);
    if (query.status)
        params.append({u"Status"_s, QString::number(*query.status)});
    params.append({u"Length"_s, QString::number(query.pageSize)});
    // Opaque token: sent byte for byte, never trimmed (it may contain '#', '@', '+').
    if (!nextStart.isEmpty())
        params.append({u"NextStart"_s, nextStart});
    return params;
}

std::optional<QDateTime> parseUserTime(const QString &text, int serviceUtcOffsetSeconds)
{
    const QString trimmed = text.trimmed();
    // Plain, not Service: a typed "T" form or "Z" is ISO 8601 and left to parseIsoWithOffset,
    // which takes "Z" as UTC and refuses a "T" time without an offset as ambiguous.
    if (const auto wall = parseWallTime(trimmed, serviceUtcOffsetSeconds, WallTimeSyntax::Plain))
        return QDateTime::fromSecsSinceEpoch(*wall, Qt::UTC);
    return parseIsoWithOffset(trimmed);
}

} // namespace sendtrail
