#include "taglabeller.h"

namespace sendtrail {

TagLabeller::TagLabeller(QList<ArchivedRecord> *records) : m_records(records)
{
    for (qsizetype i = 0; i < records->size(); ++i)
        if (records->at(i).tag.isEmpty())
            m_untagged[tupleOf(records->at(i).record)].append(i);
}

QByteArray TagLabeller::tupleOf(const MailRecord &r)
{
    QByteArray key = QByteArray::number(r.utcSeconds) + '\x1f' + QByteArray::number(int(r.status));
    for (const QString *text :
         {&r.toAddress, &r.accountName, &r.subject, &r.errorClassification, &r.message, &r.ipPoolId,
          &r.ipPoolName, &r.configSetId, &r.configSetName, &r.lastUpdateTime})
        key += '\x1f' + text->toUtf8();
    return key;
}

qsizetype TagLabeller::label(const QString &tag, const QList<MailRecord> &tagged)
{
    qsizetype labelled = 0;
    for (const MailRecord &r : tagged) {
        const auto it = m_untagged.find(tupleOf(r));
        if (it == m_untagged.end() || it->isEmpty())
            continue;
        (*m_records)[it->takeLast()].tag = tag;
        ++labelled;
    }
    return labelled;
}

} // namespace sendtrail
