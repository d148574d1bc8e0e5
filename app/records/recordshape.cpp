#include "recordshape.h"

#include "walltime.h"

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr std::array<QLatin1StringView, kFieldCount> kKeys = {
    "Status"_L1,     "LastUpdateTime"_L1,      "Message"_L1,
    "ToAddress"_L1,  "UtcLastUpdateTime"_L1,   "AccountName"_L1,
    "Subject"_L1,    "ErrorClassification"_L1, "IpPoolId"_L1,
    "IpPoolName"_L1, "ConfigSetId"_L1,         "ConfigSetName"_L1,
};

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

} // namespace

QLatin1StringView fieldKey(Field field)
{
    return kKeys[size_t(field)];
}

int fieldIndex(QStringView key)
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (key.size() == kKeys[size_t(i)].size() && key == kKeys[size_t(i)])
            return i;
    }
    return -1;
}

qint64 normalizeEpochSeconds(qint64 raw)
{
    if (raw > kMillisecondsThreshold || raw < -kMillisecondsThreshold)
        return raw >= 0 ? raw / 1000 : -((-raw + 999) / 1000);
    return raw;
}

qint64 RecordShape::utcSeconds() const
{
    if (has(TimeUnknown))
        return 0;
    return has(UtcDerived) ? utcRaw : normalizeEpochSeconds(utcRaw);
}

DeliveryStatus deliveryStatusFromInt(int value)
{
    switch (value) {
    case 0:
        return DeliveryStatus::Delivered;
    case 2:
        return DeliveryStatus::InvalidAddress;
    case 3:
        return DeliveryStatus::Spam;
    case 4:
        return DeliveryStatus::Failed;
    default:
        return DeliveryStatus::Unknown;
    }
}

DeliveryStatus RecordShape::status() const
{
    return statusRaw == kNoStatus ? DeliveryStatus::Unknown : deliveryStatusFromInt(statusRaw);
}

std::optional<qint64> looseInteger(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 exact = text.toLongLong(&ok);
        if (ok)
            return exact;
        number = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::fabs(number) > kMaxExactDouble)
        return std::nullopt;
    return qint64(std::floor(number));
}

std::optional<qint64> lastUpdateTimeToUtc(QStringView text, int serviceUtcOffsetSeconds)
{
    const QStringView trimmed = text.trimmed();
    bool digitsOnly = !trimmed.isEmpty() && trimmed.size() <= 18;
    for (QChar c : trimmed)
        digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
    if (digitsOnly)
        return normalizeEpochSeconds(trimmed.toLongLong());
    return parseWallTime(trimmed, serviceUtcOffsetSeconds);
}

} // namespace sendtrail
