#pragma once

#include "records/mailrecord.h"
#include "records/recordshape.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sendtrail {

// One data.mailDetail[] item: the decoded values plus what rebuilds the original object.
struct ParsedRecord
{
    MailRecord record;
    RecordShape shape;
    QJsonObject extras; // unknown keys and known keys of unexpected type; usually empty

    // The original item, equal (QJsonObject::operator==) to what the service sent.
    QJsonObject rawObject() const;
};

struct ParsedPage
{
    QList<ParsedRecord> records;
    QString nextStart; // opaque; empty when absent, null or ""
    QString requestId;
};

// The text the store keeps for a string field of a record (also for a non-string value,
// rendered as text for display; its original lives in extras).
const QString &fieldText(const MailRecord &record, Field field);

// Reads one SenderStatisticsDetailByParam reply. Tolerates missing, null and unknown fields,
// "Data"/"MailDetail" spellings, Status and UtcLastUpdateTime as number or string, and
// UtcLastUpdateTime in milliseconds. A body whose structure is wrong (data not an object,
// mailDetail not an array, an item not an object) yields nullopt and one sentence in *error:
// never a partial page.
std::optional<ParsedPage> parsePage(const QJsonObject &body, QString *error = nullptr);
std::optional<ParsedPage> parsePageJson(const QByteArray &json, QString *error = nullptr);

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ParsedPage)
