#pragma once

#include "records/recordcolumns.h"
#include "records/recordstore.h"

#include <QCollator>
#include <vector>

namespace sendtrail {

struct RecordSortKey
{
    Column column = Column::Time;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const RecordSortKey &) const = default;
};

// The order of loaded rows by one column. Pooled texts (sender, subject, reply, pools...) are
// few and distinct, so each distinct text is collated once (the locale's order, case-insensitive,
// numbers by value) and rows compare by its rank. Recipients are mostly unique and addresses,
// so they compare ASCII case-insensitively, then by code point: a million collations would take
// seconds. Time is chronological, Status by its words. Ties go by Time in the same direction,
// then by load order, so the sort is stable and repeatable.
class RecordSorter final
{
public:
    RecordSorter(const RecordStore::Reader &reader, RecordSortKey key);

    // Store rows [0, reader.size()) in order: about a second for a million recipients, so
    // run it off the UI thread for many rows (the reader may be read there).
    std::vector<quint32> sortedRows() const;
    // The same order for two rows: merging a page into sorted rows.
    bool less(quint32 a, quint32 b) const;

private:
    int comparePrimary(quint32 a, quint32 b) const;
    std::vector<quint32> pooledRanks(Field field) const;
    std::vector<quint32> statusRanks() const;
    std::vector<quint32> sortedByRecipient() const;

    const RecordStore::Reader &m_reader;
    RecordSortKey m_key;
    QCollator m_collator;
};

} // namespace sendtrail
