#include "export/exportcolumn.h"

#include "export/exportoptions.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ColumnInfo
{
    ExportColumn column;
    const char *key;
    const char *header; // translatable source text (context "sendtrail::ExportColumn")
    double width;
};

constexpr std::array<ColumnInfo, 13> kColumns{{
    {ExportColumn::Time, "time", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Time"), 20},
    {ExportColumn::Status, "status", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Status"), 16},
    {ExportColumn::Recipient, "recipient", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Recipient"), 32},
    {ExportColumn::Sender, "sender", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Sender"), 28},
    {ExportColumn::Subject, "subject", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Subject"), 48},
    {ExportColumn::Classification, "classification",
     QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Classification"), 22},
    {ExportColumn::Message, "message", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Message"), 48},
    {ExportColumn::IpPoolId, "ip-pool-id", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "IP pool ID"), 20},
    {ExportColumn::IpPoolName, "ip-pool-name", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "IP pool"), 20},
    {ExportColumn::ConfigSetId, "config-set-id",
     QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Configuration set ID"), 20},
    {ExportColumn::ConfigSetName, "config-set-name",
     QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Configuration set"), 22},
    {ExportColumn::LastUpdateTimeRaw, "last-update-time-raw",
     QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "LastUpdateTime (as sent)"), 22},
    {ExportColumn::UnixTime, "unix-time", QT_TRANSLATE_NOOP("sendtrail::ExportColumn", "Unix time"), 14},
}};

const ColumnInfo &info(ExportColumn column)
{
    return kColumns[static_cast<std::size_t>(column)];
}

} // namespace

QList<ExportColumn> allExportColumns()
{
    QList<ExportColumn> columns;
    for (const ColumnInfo &c : kColumns)
        columns.append(c.column);
    return columns;
}

QList<ExportColumn> defaultExportColumns()
{
    return {ExportColumn::Time,    ExportColumn::Status,     ExportColumn::Recipient,
            ExportColumn::Sender,  ExportColumn::Subject,    ExportColumn::Classification,
            ExportColumn::Message, ExportColumn::IpPoolName, ExportColumn::ConfigSetName};
}

QString exportColumnHeader(ExportColumn column, const ExportTimeZone &zone)
{
    if (column == ExportColumn::Time)
        return QCoreApplication::translate("sendtrail::ExportColumn", "Time (%1)").arg(zone.label());
    return QCoreApplication::translate("sendtrail::ExportColumn", info(column).header);
}

QString exportColumnKey(ExportColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<ExportColumn> exportColumnFromKey(QStringView key)
{
    for (const ColumnInfo &c : kColumns) {
        if (key.compare(QLatin1StringView(c.key), Qt::CaseInsensitive) == 0)
            return c.column;
    }
    return std::nullopt;
}

double exportColumnWidth(ExportColumn column)
{
    return info(column).width;
}

} // namespace sendtrail
