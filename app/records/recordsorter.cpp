#include "recordsorter.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace sendtrail {

namespace {

inline quint8 folded(char c)
{
    const auto b = quint8(c);
    return (b >= 'A' && b <= 'Z') ? quint8(b + ('a' - 'A')) : b;
}

int foldedCompare(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const quint8 x = folded(a[i]);
        const quint8 y = folded(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// Eight folded bytes from `from`, big-endian: most comparisons end on two of these, in
// contiguous memory, without touching the text.
quint64 foldedPrefix(QByteArrayView text, qsizetype from)
{
    quint64 prefix = 0;
    for (qsizetype i = from; i < from + 8; ++i)
        prefix = (prefix << 8) | (i < text.size() ? folded(text[i]) : 0u);
    return prefix;
}

// Dense ranks of `keys` (distinct values) in the order `lessThan` gives; equal keys, equal rank.
template <typename Key, typename Compare> QHash<Key, quint32> rankKeys(QList<Key> keys, Compare compare)
{
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) { return compare(a, b) < 0; });
    QHash<Key, quint32> ranks;
    quint32 rank = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0 && compare(keys.at(i - 1), keys.at(i)) != 0)
            ++rank;
        ranks.insert(keys.at(i), rank);
    }
    return ranks;
}

} // namespace

RecordSorter::RecordSorter(const RecordStore::Reader &reader, RecordSortKey key)
    : m_reader(reader), m_key(key)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

int RecordSorter::comparePrimary(quint32 a, quint32 b) const
{
    switch (m_key.column) {
    case Column::Time:
        return 0;
    case Column::Status:
        return m_reader.statusKey(a) == m_reader.statusKey(b)
                   ? 0
                   : m_collator.compare(m_reader.statusText(a), m_reader.statusText(b));
    case Column::ToAddress:
        return foldedCompare(m_reader.recipientUtf8(a), m_reader.recipientUtf8(b));
    default:
        break;
    }
    const Field field = *RecordStore::fieldOf(m_key.column);
    const quint32 x = m_reader.pooledId(a, field);
    const quint32 y = m_reader.pooledId(b, field);
    return x == y ? 0
                  : m_collator.compare(QString::fromUtf8(m_reader.pooledUtf8(x)),
                                       QString::fromUtf8(m_reader.pooledUtf8(y)));
}

bool RecordSorter::less(quint32 a, quint32 b) const
{
    const bool ascending = m_key.order == Qt::AscendingOrder;
    const int primary = comparePrimary(a, b);
    if (primary != 0)
        return ascending ? primary < 0 : primary > 0;
    const qint64 ta = m_reader.utcSeconds(a);
    const qint64 tb = m_reader.utcSeconds(b);
    if (ta != tb)
        return ascending ? ta < tb : ta > tb;
    return a < b;
}

std::vector<quint32> RecordSorter::pooledRanks(Field field) const
{
    const auto n = size_t(m_reader.size());
    std::vector<quint32> ids(n);
    std::vector<char> seen(size_t(m_reader.poolSize()), 0);
    QList<quint32> distinct;
    for (size_t row = 0; row < n; ++row) {
        const quint32 id = m_reader.pooledId(qsizetype(row), field);
        ids[row] = id;
        if (!seen[id]) {
            seen[id] = 1;
            distinct.append(id);
        }
    }
    QHash<quint32, QString> texts;
    for (quint32 id : std::as_const(distinct))
        texts.insert(id, QString::fromUtf8(m_reader.pooledUtf8(id)));
    const QHash<quint32, quint32> rankOf = rankKeys(
        distinct, [&](quint32 a, quint32 b) { return m_collator.compare(texts.value(a), texts.value(b)); });
    std::vector<quint32> rankById(seen.size(), 0);
    for (auto it = rankOf.cbegin(); it != rankOf.cend(); ++it)
        rankById[it.key()] = it.value();
    for (quint32 &id : ids)
        id = rankById[id];
    return ids;
}

std::vector<quint32> RecordSorter::statusRanks() const
{
    const auto n = size_t(m_reader.size());
    QHash<quint32, QString> texts; // status key → its words
    std::vector<quint32> keys(n);
    for (size_t row = 0; row < n; ++row) {
        keys[row] = m_reader.statusKey(qsizetype(row));
        if (!texts.contains(keys[row]))
            texts.insert(keys[row], m_reader.statusText(qsizetype(row)));
    }
    const QHash<quint32, quint32> rankOf = rankKeys(texts.keys(), [&](quint32 a, quint32 b) {
        return m_collator.compare(texts.value(a), texts.value(b));
    });
    for (quint32 &key : keys)
        key = rankOf.value(key);
    return keys;
}

// One sort of (prefix, row) keys, the order's direction built in; the text and Time are read
// only for rows whose first sixteen folded bytes tie.
std::vector<quint32> RecordSorter::sortedByRecipient() const
{
    struct Key
    {
        quint64 high;
        quint64 low;
        quint32 row;
    };
    const auto n = size_t(m_reader.size());
    std::vector<Key> keys(n);
    for (size_t row = 0; row < n; ++row) {
        const QByteArrayView text = m_reader.recipientUtf8(qsizetype(row));
        keys[row] = {foldedPrefix(text, 0), foldedPrefix(text, 8), quint32(row)};
    }
    const bool ascending = m_key.order == Qt::AscendingOrder;
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        if (a.high != b.high)
            return ascending ? a.high < b.high : a.high > b.high;
        if (a.low != b.low)
            return ascending ? a.low < b.low : a.low > b.low;
        return less(a.row, b.row);
    });
    std::vector<quint32> rows(n);
    for (size_t i = 0; i < n; ++i)
        rows[i] = keys[i].row;
    return rows;
}

std::vector<quint32> RecordSorter::sortedRows() const
{
    if (m_key.column == Column::ToAddress)
        return sortedByRecipient();
    const auto n = size_t(m_reader.size());
    std::vector<quint32> ranks;
    if (m_key.column == Column::Status)
        ranks = statusRanks();
    else if (m_key.column != Column::Time)
        ranks = pooledRanks(*RecordStore::fieldOf(m_key.column));
    struct Item
    {
        quint32 rank;
        quint32 row;
        qint64 time;
    };
    const bool descending = m_key.order == Qt::DescendingOrder;
    std::vector<Item> items(n);
    for (size_t row = 0; row < n; ++row) {
        const quint32 rank = ranks.empty() ? 0 : ranks[row];
        const qint64 time = m_reader.utcSeconds(qsizetype(row));
        items[row] = {descending ? ~rank : rank, quint32(row), descending ? -time : time};
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.rank, a.time, a.row) < std::tie(b.rank, b.time, b.row);
    });
    std::vector<quint32> rows(n);
    for (size_t i = 0; i < n; ++i)
        rows[i] = items[i].row;
    return rows;
}

} // namespace sendtrail
