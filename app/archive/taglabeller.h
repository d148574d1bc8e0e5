#pragma once

#include "archivetypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace sendtrail {

// Records carry no tag: only a TagName query says which ones have it. A tagged answer is matched
// to the window's records by the whole field tuple, as a multiset: identical tuples cannot be
// told apart, so all that matters is how many of them carry the tag.
class TagLabeller final
{
public:
    explicit TagLabeller(QList<ArchivedRecord> *records);
    // Labels one untagged record equal to each of `tagged`; the count labelled. A tagged record
    // without an untagged twin (mail that arrived between the two fetches) is left for the next sync.
    qsizetype label(const QString &tag, const QList<MailRecord> &tagged);

    static QByteArray tupleOf(const MailRecord &record);

private:
    QList<ArchivedRecord> *m_records;
    QHash<QByteArray, QList<qsizetype>> m_untagged; // tuple → indexes not yet labelled
};

} // namespace sendtrail
