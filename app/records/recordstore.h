#pragma once

#include "records/mailrecord.h"
#include "records/pageparser.h"
#include "records/recordcolumns.h"
#include "records/recordshape.h"
#include "records/stringpool.h"

#include <QJsonObject>
#include <QString>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sendtrail {

// All loaded rows, built for a million of them: one 64-byte row each, the repeated texts
// (sender, subject, message, classification, pools, config sets, service time) interned
// once in a shared pool, recipients as UTF-8 in an arena, and the rare unknown fields or
// odd types as compact JSON. Rows are never copied once stored.
class RecordStore final
{
public:
    RecordStore() = default;
    Q_DISABLE_COPY_MOVE(RecordStore)

    qsizetype size() const { return m_size; }
    void append(const ParsedRecord &record);
    void append(const ParsedPage &page);
    void clear();

    // O(1) accessors; text() allocates only the returned string.
    QString text(qsizetype row, Column column) const; // Time in UTC, "yyyy-MM-dd HH:mm:ss"
    qint64 utcSeconds(qsizetype row) const;           // 0 when the row has no usable time
    bool hasTime(qsizetype row) const;
    DeliveryStatus status(qsizetype row) const;
    MailRecord record(qsizetype row) const;
    // The item exactly as the service sent it (QJsonObject::operator== with the original).
    QJsonObject rawObject(qsizetype row) const;

    // For aggregation over many rows without decoding them (Summary): a pooled field's id (equal
    // texts have equal ids, so counting ids counts texts), the text of an id, and the recipient
    // as its stored UTF-8. pooledId() is only for fields isPooled() says are pooled.
    // The field a text column shows; nullopt for Time and Status.
    static std::optional<Field> fieldOf(Column column);
    static bool isPooled(Field field) { return pooledSlot(field) >= 0; }
    quint32 pooledId(qsizetype row, Field field) const { return rowAt(row).ids[size_t(pooledSlot(field))]; }
    QString pooledText(quint32 id) const { return m_pool.text(id); }
    QByteArrayView recipientUtf8(qsizetype row) const { return m_arena.view(rowAt(row).toAddress); }

    // Rows [0, size()) as they were when it was made, readable on any thread while the store
    // keeps appending on its own: stored rows and texts never change or move, so a Reader copies
    // only the tables of blocks, chunks and pool ids, never a row. It keeps the store alive.
    // Make it on the thread that appends.
    class Reader;

    // Estimated heap bytes held (rows, arenas, pool index).
    qsizetype memoryBytes() const;
    // Distinct interned texts, for checking that repeats are shared.
    qsizetype distinctStrings() const { return m_pool.size(); }

private:
    static constexpr int kPooledCount = 9;
    struct Row
    {
        qint64 utcRaw;
        quint32 flags;
        quint32 extras; // 1-based index into m_extras, 0 = none
        ArenaRef toAddress;
        std::array<quint32, kPooledCount> ids; // see pooledSlot()
        qint16 status;
    };
    static_assert(sizeof(Row) == 64, "keep rows compact");
    static constexpr qsizetype kRowsPerBlock = 4096;

    static int pooledSlot(Field field);
    const Row &rowAt(qsizetype row) const;
    static RecordShape shapeOf(const Row &row);
    static QString statusTextOf(const Row &row);
    QString fieldText(const Row &row, Field field) const;
    Row &appendRow();

    std::vector<std::unique_ptr<Row[]>> m_blocks;
    qsizetype m_size = 0;
    StringPool m_pool;
    StringArena m_arena; // recipients and extras
    std::vector<ArenaRef> m_extras;
};

class RecordStore::Reader final
{
public:
    explicit Reader(std::shared_ptr<const RecordStore> store);
    qsizetype size() const { return m_size; }
    qint64 utcSeconds(qsizetype row) const { return shapeOf(rowAt(row)).utcSeconds(); }
    quint32 pooledId(qsizetype row, Field field) const { return rowAt(row).ids[size_t(pooledSlot(field))]; }
    QByteArrayView pooledUtf8(quint32 id) const { return m_pool.utf8(id); }
    qsizetype poolSize() const { return m_pool.size(); }
    QByteArrayView recipientUtf8(qsizetype row) const { return m_arena.view(rowAt(row).toAddress); }
    // Equal for rows whose Status cell reads the same; statusText() of such a row is the text.
    quint32 statusKey(qsizetype row) const;
    QString statusText(qsizetype row) const { return statusTextOf(rowAt(row)); }

private:
    const Row &rowAt(qsizetype row) const
    {
        return m_blocks[size_t(row / kRowsPerBlock)][size_t(row % kRowsPerBlock)];
    }

    std::shared_ptr<const RecordStore> m_store;
    std::vector<const Row *> m_blocks;
    qsizetype m_size = 0;
    FrozenArena m_arena;
    FrozenPool m_pool;
};

} // namespace sendtrail
