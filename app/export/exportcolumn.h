#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sendtrail {

struct ExportTimeZone;

// The columns an export can contain. The order of this enum is the "all columns" order.
enum class ExportColumn : quint8
{
    Time,      // UtcLastUpdateTime rendered in the chosen zone
    Status,    // as a word: "Delivered", "Invalid address", ...
    Recipient, // ToAddress
    Sender,    // AccountName
    Subject,
    Classification, // ErrorClassification
    Message,
    IpPoolId,
    IpPoolName,
    ConfigSetId,
    ConfigSetName,
    LastUpdateTimeRaw, // LastUpdateTime exactly as the service sent it (UTC+8 wall time)
    UnixTime,          // UtcLastUpdateTime as epoch seconds
};

QList<ExportColumn> allExportColumns();
QList<ExportColumn> defaultExportColumns();

// Human, translated header text. The Time header names its zone: "Time (UTC+08:00)".
QString exportColumnHeader(ExportColumn column, const ExportTimeZone &zone);

// Stable machine key ("time", "recipient", ...) for settings and the CLI.
QString exportColumnKey(ExportColumn column);
std::optional<ExportColumn> exportColumnFromKey(QStringView key);

// A sensible spreadsheet column width in characters.
double exportColumnWidth(ExportColumn column);

} // namespace sendtrail
