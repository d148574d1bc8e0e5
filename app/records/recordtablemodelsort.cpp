#include "records/recordtablemodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>
#include <numeric>

// How RecordTableModel keeps its rows in order: sorting, the swap and merging new pages.
namespace sendtrail {

void RecordTableModel::appendPage(const ParsedPage &page)
{
    if (!m_sorted) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(page.records.size()) - 1);
        m_store->append(page);
        endInsertRows();
        return;
    }
    const qsizetype first = m_store->size();
    m_store->append(page); // not yet visible: rowCount() counts m_order
    insertSorted(first);
}

// Store rows [first, size) go to their sorted places, in runs: each run is one insertRows.
void RecordTableModel::insertSorted(qsizetype first)
{
    const RecordStore::Reader reader(m_store);
    const RecordSorter sorter(reader, *m_sorted);
    const auto less = [&sorter](quint32 a, quint32 b) {
        return sorter.less(a, b);
    };
    std::vector<quint32> fresh(size_t(m_store->size() - first));
    std::iota(fresh.begin(), fresh.end(), quint32(first));
    std::sort(fresh.begin(), fresh.end(), less);
    std::vector<size_t> at(fresh.size()); // in the order before any insertion
    for (size_t i = 0; i < fresh.size(); ++i)
        at[i] = size_t(std::upper_bound(m_order.begin(), m_order.end(), fresh[i], less) - m_order.begin());
    for (size_t i = 0; i < fresh.size();) {
        size_t j = i;
        while (j + 1 < fresh.size() && at[j + 1] == at[i])
            ++j;
        const auto row = int(at[i] + i);
        beginInsertRows({}, row, row + int(j - i));
        m_order.insert(m_order.begin() + row, fresh.begin() + qsizetype(i), fresh.begin() + qsizetype(j) + 1);
        endInsertRows();
        i = j + 1;
    }
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount)
        return;
    const RecordSortKey key{Column(column), order};
    if (m_requested == key)
        return;
    m_requested = key;
    const quint64 ticket = ++m_sortTicket;
    if (m_store->size() >= m_backgroundSortRows) {
        Q_EMIT sortStateChanged(); // "Sorting…" while the old order stays
        startBackgroundSort(key);
        return;
    }
    const RecordStore::Reader reader(m_store);
    std::vector<quint32> rows = RecordSorter(reader, key).sortedRows();
    if (ticket == m_sortTicket)
        applyOrder(std::move(rows), key);
}

void RecordTableModel::clearSort()
{
    if (!m_requested && !m_sorted)
        return;
    m_requested.reset();
    ++m_sortTicket;
    applyOrder({}, std::nullopt);
}

void RecordTableModel::startBackgroundSort(RecordSortKey key)
{
    using Rows = std::vector<quint32>;
    auto reader = std::make_shared<const RecordStore::Reader>(m_store);
    auto promise = std::make_shared<QPromise<Rows>>();
    auto *watcher = new QFutureWatcher<Rows>(this);
    const quint64 ticket = m_sortTicket;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, reader] {
        watcher->deleteLater();
        if (ticket == m_sortTicket && watcher->future().resultCount() > 0)
            finishSort(watcher->future().takeResult(), reader->size());
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, reader, key] {
        promise->start();
        promise->addResult(RecordSorter(*reader, key).sortedRows());
        promise->finish();
    });
}

// rows orders store rows [0, sortedRows); rows that came while it was computed join by merge.
void RecordTableModel::finishSort(std::vector<quint32> rows, qsizetype sortedRows)
{
    if (m_store->size() > sortedRows) {
        const RecordStore::Reader reader(m_store);
        const RecordSorter sorter(reader, *m_requested);
        const auto less = [&sorter](quint32 a, quint32 b) {
            return sorter.less(a, b);
        };
        std::vector<quint32> fresh(size_t(m_store->size() - sortedRows));
        std::iota(fresh.begin(), fresh.end(), quint32(sortedRows));
        std::sort(fresh.begin(), fresh.end(), less);
        std::vector<quint32> merged(rows.size() + fresh.size());
        std::merge(rows.begin(), rows.end(), fresh.begin(), fresh.end(), merged.begin(), less);
        rows = std::move(merged);
    }
    applyOrder(std::move(rows), m_requested);
}

// Where the persistent indexes' store rows are now: one pass over the order with a bitmap of
// the rows looked for, not an inverse of a million rows, so the swap stays cheap.
QModelIndexList RecordTableModel::movedIndexes(const QModelIndexList &from,
                                               const std::vector<qsizetype> &storeRows) const
{
    QHash<qsizetype, int> rowOf; // store row → model row, for the wanted ones only
    if (m_sorted) {
        std::vector<bool> wanted(size_t(m_store->size()), false);
        for (qsizetype row : storeRows)
            wanted[size_t(row)] = true;
        for (size_t i = 0; i < m_order.size(); ++i) {
            if (wanted[m_order[i]])
                rowOf.insert(qsizetype(m_order[i]), int(i));
        }
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qsizetype storeRow = storeRows[size_t(i)];
        to.append(index(m_sorted ? rowOf.value(storeRow) : int(storeRow), from.at(i).column()));
    }
    return to;
}

// One layout change. Persistent indexes follow their store rows; with none (no selection) the
// swap costs nothing per row.
void RecordTableModel::applyOrder(std::vector<quint32> order, std::optional<RecordSortKey> key)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<qsizetype> storeRows;
    storeRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        storeRows.push_back(storeRow(index.row()));
    m_order = std::move(order);
    m_sorted = key;
    if (!from.isEmpty())
        changePersistentIndexList(from, movedIndexes(from, storeRows));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortStateChanged();
}

} // namespace sendtrail
