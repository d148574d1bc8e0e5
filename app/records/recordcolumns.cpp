#include "recordcolumns.h"

#include <QDateTime>
#include <array>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr std::array<QLatin1StringView, kColumnCount> kKeys = {
    "time"_L1,    "status"_L1, "to"_L1,       "from"_L1,      "subject"_L1,     "classification"_L1,
    "message"_L1, "ippool"_L1, "ippoolid"_L1, "configset"_L1, "configsetid"_L1, "lastupdatetime"_L1,
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void putDigits(char16_t *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString RecordColumns::formatTime(qint64 utcSeconds, int offsetSeconds)
{
    // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
    const qint64 local = utcSeconds + offsetSeconds;
    const qint64 days = floorDiv(local, 86400);
    const qint64 secondOfDay = local - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return QDateTime::fromSecsSinceEpoch(local, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    char16_t text[19] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0, u' ', 0, 0, u':', 0, 0, u':', 0, 0};
    putDigits(text, year, 4);
    putDigits(text + 5, month, 2);
    putDigits(text + 8, day, 2);
    putDigits(text + 11, secondOfDay / 3600, 2);
    putDigits(text + 14, secondOfDay / 60 % 60, 2);
    putDigits(text + 17, secondOfDay % 60, 2);
    return QString(reinterpret_cast<const QChar *>(text), 19);
}

QString RecordColumns::title(Column column)
{
    switch (column) {
    case Column::Time:
        return tr("Time");
    case Column::Status:
        return tr("Status");
    case Column::ToAddress:
        return tr("Recipient");
    case Column::AccountName:
        return tr("Sender");
    case Column::Subject:
        return tr("Subject");
    case Column::ErrorClassification:
        return tr("Classification");
    case Column::Message:
        return tr("Server reply");
    case Column::IpPoolName:
        return tr("IP pool");
    case Column::IpPoolId:
        return tr("IP pool ID");
    case Column::ConfigSetName:
        return tr("Configuration set");
    case Column::ConfigSetId:
        return tr("Configuration set ID");
    case Column::LastUpdateTime:
        return tr("Service time (as sent)");
    case Column::Count:
        break;
    }
    return {};
}

QLatin1StringView RecordColumns::key(Column column)
{
    const int index = int(column);
    return index >= 0 && index < kColumnCount ? kKeys[size_t(index)] : QLatin1StringView();
}

std::optional<Column> RecordColumns::fromKey(QStringView key)
{
    for (int i = 0; i < kColumnCount; ++i) {
        if (key.compare(kKeys[size_t(i)], Qt::CaseInsensitive) == 0)
            return Column(i);
    }
    return std::nullopt;
}

QString RecordColumns::statusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::InvalidAddress:
        return tr("Invalid address");
    case DeliveryStatus::Spam:
        return tr("Spam");
    case DeliveryStatus::Failed:
        return tr("Failed");
    case DeliveryStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString RecordColumns::statusText(DeliveryStatus status, int rawCode)
{
    if (status != DeliveryStatus::Unknown)
        return statusText(status);
    return tr("Unknown (%1)").arg(rawCode);
}

} // namespace sendtrail
