#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sendtrail {

// Delivery status codes of SenderStatisticsDetailByParam.
enum class DeliveryStatus : qint8
{
    Unknown = -1,
    Delivered = 0,
    InvalidAddress = 2,
    Spam = 3,
    Failed = 4
};

// A decoded, self-contained copy of one row. The record store keeps rows far more
// compactly; this is the exchange type for views, exporters and tests.
struct MailRecord
{
    qint64 utcSeconds = 0; // from UtcLastUpdateTime (seconds; ms accepted and scaled)
    DeliveryStatus status = DeliveryStatus::Unknown;
    QString toAddress;
    QString accountName;
    QString subject;
    QString errorClassification;
    QString message;
    QString ipPoolId;
    QString ipPoolName;
    QString configSetId;
    QString configSetName;
    QString lastUpdateTime; // as sent: UTC+8 wall time despite its "Z"
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::MailRecord)
