#pragma once

#include "records/mailrecord.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>
#include <optional>

namespace sendtrail {

// Table columns. The numeric values are stable (saved view layouts refer to them):
// append new columns before Count, never reorder.
enum class Column : int
{
    Time = 0,        // UtcLastUpdateTime, shown in the display zone
    Status = 1,      // delivery status in words
    ToAddress = 2,   // recipient
    AccountName = 3, // sender address
    Subject = 4,     //
    ErrorClassification = 5,
    Message = 6,         // SMTP reply text
    IpPoolName = 7,      //
    IpPoolId = 8,        //
    ConfigSetName = 9,   //
    ConfigSetId = 10,    //
    LastUpdateTime = 11, // as sent: service wall time (UTC+8) despite its "Z"
    Count
};
inline constexpr int kColumnCount = int(Column::Count);

class RecordColumns final
{
    Q_DECLARE_TR_FUNCTIONS(RecordColumns)

public:
    // Human header text, translated: "Time", "Recipient", ...
    static QString title(Column column);
    // Stable ASCII key for settings and the command line: "time", "to", ...
    static QLatin1StringView key(Column column);
    static std::optional<Column> fromKey(QStringView key);
    // "Delivered", "Invalid address", "Spam", "Failed"; "Unknown (7)" for other codes.
    static QString statusText(DeliveryStatus status, int rawCode);
    static QString statusText(DeliveryStatus status);
    // "2021-04-28 17:11:48": the instant at a fixed UTC offset. Hot path of the table view,
    // so it is done with integer arithmetic rather than QDateTime.
    static QString formatTime(qint64 utcSeconds, int offsetSeconds);
};

} // namespace sendtrail
