#include "export/cellrenderer.h"

#include "export/exportoptions.h"
#include "records/recordcolumns.h"

#include <QCoreApplication>

namespace sendtrail {

namespace {

constexpr std::array<DeliveryStatus, 5> kStatuses{DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress,
                                                  DeliveryStatus::Spam, DeliveryStatus::Failed,
                                                  DeliveryStatus::Unknown};

std::size_t statusSlot(DeliveryStatus status)
{
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
        if (kStatuses[i] == status)
            return i;
    }
    return kStatuses.size() - 1;
}

} // namespace

CellRenderer::CellRenderer(const ExportTimeZone &zone) : m_time(zone)
{
    for (std::size_t i = 0; i < kStatuses.size(); ++i)
        m_statusWords[i] = statusText(kStatuses[i]);
}

QString CellRenderer::statusText(DeliveryStatus status)
{
    return RecordColumns::statusText(status); // one wording, and one translation, everywhere
}

QStringView CellRenderer::cell(const MailRecord &record, ExportColumn column)
{
    switch (column) {
    case ExportColumn::Time:
        return m_time.format(record.utcSeconds);
    case ExportColumn::Status:
        return m_statusWords[statusSlot(record.status)];
    case ExportColumn::Recipient:
        return record.toAddress;
    case ExportColumn::Sender:
        return record.accountName;
    case ExportColumn::Subject:
        return record.subject;
    case ExportColumn::Classification:
        return record.errorClassification;
    case ExportColumn::Message:
        return record.message;
    case ExportColumn::IpPoolId:
        return record.ipPoolId;
    case ExportColumn::IpPoolName:
        return record.ipPoolName;
    case ExportColumn::ConfigSetId:
        return record.configSetId;
    case ExportColumn::ConfigSetName:
        return record.configSetName;
    case ExportColumn::LastUpdateTimeRaw:
        return record.lastUpdateTime;
    case ExportColumn::UnixTime:
        return number(record.utcSeconds);
    }
    return {};
}

QStringView CellRenderer::number(qint64 value)
{
    const bool negative = value < 0;
    // Work in unsigned so the most negative value does not overflow.
    quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    qsizetype pos = std::size(m_number);
    do {
        m_number[--pos] = static_cast<char16_t>(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        m_number[--pos] = u'-';
    return QStringView(m_number + pos, qsizetype(std::size(m_number)) - pos);
}

} // namespace sendtrail
