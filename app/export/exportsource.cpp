#include "export/exportsource.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

ExportSource::~ExportSource() = default;

VectorExportSource::VectorExportSource(QList<MailRecord> records, QList<QJsonObject> rawObjects)
    : m_records(std::move(records)), m_rawObjects(std::move(rawObjects))
{
    Q_ASSERT(m_rawObjects.isEmpty() || m_rawObjects.size() == m_records.size());
}

void VectorExportSource::reserve(qsizetype size)
{
    m_records.reserve(size);
}

void VectorExportSource::append(MailRecord record, QJsonObject rawObject)
{
    // Keep the two lists parallel once anyone supplies a raw object.
    if (!rawObject.isEmpty() && m_rawObjects.size() < m_records.size()) {
        m_rawObjects.reserve(m_records.size() + 1);
        for (qsizetype i = m_rawObjects.size(); i < m_records.size(); ++i)
            m_rawObjects.append(mailRecordToJson(m_records.at(i)));
    }
    if (!m_rawObjects.isEmpty() || !rawObject.isEmpty())
        m_rawObjects.append(rawObject.isEmpty() ? mailRecordToJson(record) : std::move(rawObject));
    m_records.append(std::move(record));
}

QJsonObject VectorExportSource::rawObject(qsizetype i) const
{
    if (i < m_rawObjects.size())
        return m_rawObjects.at(i);
    return mailRecordToJson(m_records.at(i));
}

QJsonObject mailRecordToJson(const MailRecord &record)
{
    QJsonObject o{
        {u"UtcLastUpdateTime"_s, QString::number(record.utcSeconds)},
        {u"ToAddress"_s, record.toAddress},
        {u"AccountName"_s, record.accountName},
        {u"Subject"_s, record.subject},
        {u"ErrorClassification"_s, record.errorClassification},
        {u"Message"_s, record.message},
        {u"IpPoolId"_s, record.ipPoolId},
        {u"IpPoolName"_s, record.ipPoolName},
        {u"ConfigSetId"_s, record.configSetId},
        {u"ConfigSetName"_s, record.configSetName},
        {u"LastUpdateTime"_s, record.lastUpdateTime},
    };
    if (record.status != DeliveryStatus::Unknown)
        o.insert(u"Status"_s, static_cast<int>(record.status));
    return o;
}

} // namespace sendtrail
