#pragma once

#include "api/apitypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace sendtrail {

// What the user asked for. Times are instants; they are rendered in the service's zone
// (UTC+8 unless the profile says otherwise) only when parameters are built.
struct MailQuery
{
    QDateTime start;
    QDateTime end;
    QString toAddress;
    QString accountName;
    QString tagName;
    std::optional<int> status;
    QString ipPoolId;
    QString configSetId;
    int pageSize = 100;
    int serviceUtcOffsetSeconds = 8 * 3600;
};

struct FieldError
{
    QString field;   // "start", "end", "filter", "status", "pageSize"
    QString message; // a sentence a person understands
};

// One request range [start, end] as sent; both ends on whole minutes.
struct TimeWindow
{
    QDateTime start;
    QDateTime end;
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

inline constexpr std::chrono::seconds kMaxWindowSpan = std::chrono::days(30);

// Everything wrong with the query, empty when it can be sent. Ranges longer than the
// service's 30 days are fine: splitWindows() cuts them.
QList<FieldError> validateQuery(const MailQuery &query);

// "yyyy-MM-dd HH:mm" of the instant in the service's zone; seconds are dropped (floor).
QString formatServiceTime(const QDateTime &instant, int utcOffsetSeconds);

// The service only takes minutes, so a range with seconds is widened, never narrowed:
// the start is floored and the end ceiled to the minute (both in UTC, which equals the
// service zone because offsets are whole minutes). Windows are then cut newest first:
// result[0] ends at the rounded end, each window is at most maxSpan long and starts where
// the next one (older) ends. Empty when the rounded start is after the end.
// [uncertain] the service does not say whether EndTime is inclusive; a record stamped on
// a shared boundary minute might then appear in two neighbouring windows.
QList<TimeWindow> splitWindows(const QDateTime &start, const QDateTime &end,
                               std::chrono::seconds maxSpan = kMaxWindowSpan);

// Operation parameters of one SenderStatisticsDetailByParam request, in a fixed order:
// StartTime, EndTime, the non-empty filters, Status if set, Length, NextStart if non-empty.
QueryParams queryParams(const MailQuery &query, const TimeWindow &window, const QString &nextStart);

// Command-line time input, returned as a UTC instant: "yyyy-MM-dd HH:mm[:ss]" in the
// service zone (WallTimeSyntax::Plain in walltime.cpp's table), or ISO 8601 with an explicit offset or Z
// ("2024-05-01T10:00:00+02:00"). An ISO time without an offset is ambiguous and rejected.
std::optional<QDateTime> parseUserTime(const QString &text, int serviceUtcOffsetSeconds);

} // namespace sendtrail
