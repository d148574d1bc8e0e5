#pragma once

#include "records/mailrecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <limits>
#include <optional>

namespace sendtrail {

// The twelve keys of a data.mailDetail[] item, in the order their states are packed.
enum class Field : quint8
{
    Status,
    LastUpdateTime,
    Message,
    ToAddress,
    UtcLastUpdateTime,
    AccountName,
    Subject,
    ErrorClassification,
    IpPoolId,
    IpPoolName,
    ConfigSetId,
    ConfigSetName,
};
inline constexpr int kFieldCount = 12;

// How a known key appeared in the original object.
enum class FieldState : quint8
{
    Missing = 0, // key absent
    Null = 1,    // "key": null
    Value = 2,   // the compact value reproduces it exactly
    Extra = 3,   // unexpected type or spelling: the original value is kept in the extras object
};

QLatin1StringView fieldKey(Field field);
// -1 for keys that are not one of the twelve.
int fieldIndex(QStringView key);

// Everything beyond the decoded values that is needed to rebuild the original JSON object.
// Packed so the record store can keep it in a few bytes per row.
struct RecordShape
{
    static constexpr qint16 kNoStatus = std::numeric_limits<qint16>::min();

    enum Flag : quint32
    {
        StatusIsString = 1u << 24, // Status sent as "3" rather than 3
        UtcIsString = 1u << 25,    // UtcLastUpdateTime sent as "1619601108"
        UtcDerived = 1u << 26,     // utcRaw holds seconds derived from another field
        TimeUnknown = 1u << 27,    // no usable time at all
    };

    quint32 flags = 0;
    qint64 utcRaw = 0; // UtcLastUpdateTime as sent (seconds or milliseconds), see UtcDerived
    qint16 statusRaw = kNoStatus;

    FieldState state(Field field) const { return FieldState((flags >> (2 * int(field))) & 3u); }
    void setState(Field field, FieldState state)
    {
        const int shift = 2 * int(field);
        flags = (flags & ~(3u << shift)) | (quint32(state) << shift);
    }
    bool has(Flag flag) const { return flags & flag; }
    void set(Flag flag, bool on = true) { flags = on ? (flags | flag) : (flags & ~quint32(flag)); }

    // Seconds since the epoch for display and sorting; 0 when TimeUnknown.
    qint64 utcSeconds() const;
    DeliveryStatus status() const;
};

// Values above this are milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.
inline constexpr qint64 kMillisecondsThreshold = 100'000'000'000;
qint64 normalizeEpochSeconds(qint64 raw);

DeliveryStatus deliveryStatusFromInt(int value);

// Rebuilds the original object: the extras first, then every known key in state Null or
// Value. textOf(field) must return the stored text of a string field.
template <typename TextOf>
QJsonObject rebuildObject(const RecordShape &shape, QJsonObject extras, TextOf textOf);

// LastUpdateTime is the service's UTC+8 wall time written with a misleading "Z"
// ("2021-04-28T17:11Z"); some deployments send epoch (milli)seconds instead.
// Returns UTC seconds, or nullopt when the text is neither.
std::optional<qint64> lastUpdateTimeToUtc(QStringView text, int serviceUtcOffsetSeconds = 8 * 3600);

// Lenient integer reading of a JSON scalar (number or numeric string), for display only.
std::optional<qint64> looseInteger(const QJsonValue &value);

template <typename TextOf>
QJsonObject rebuildObject(const RecordShape &shape, QJsonObject extras, TextOf textOf)
{
    for (int i = 0; i < kFieldCount; ++i) {
        const auto field = Field(i);
        const FieldState state = shape.state(field);
        if (state == FieldState::Null) {
            extras.insert(fieldKey(field), QJsonValue(QJsonValue::Null));
        } else if (state == FieldState::Value) {
            if (field == Field::Status) {
                extras.insert(fieldKey(field), shape.has(RecordShape::StatusIsString)
                                                   ? QJsonValue(QString::number(shape.statusRaw))
                                                   : QJsonValue(int(shape.statusRaw)));
            } else if (field == Field::UtcLastUpdateTime) {
                extras.insert(fieldKey(field), shape.has(RecordShape::UtcIsString)
                                                   ? QJsonValue(QString::number(shape.utcRaw))
                                                   : QJsonValue(shape.utcRaw));
            } else {
                extras.insert(fieldKey(field), QJsonValue(textOf(field)));
            }
        }
    }
    return extras;
}

} // namespace sendtrail
