#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <memory>
#include <vector>

namespace sendtrail {

// Where a string lives in a StringArena: 8 bytes, O(1) to resolve.
struct ArenaRef
{
    quint32 chunk = 0;
    quint32 offset = 0;
};

// What a StringArena held when frozen, readable on another thread while the arena keeps
// appending: chunks never move once allocated and stored bytes never change, so only the list
// of chunk addresses is copied.
class FrozenArena final
{
public:
    FrozenArena() = default;
    explicit FrozenArena(std::vector<const char *> chunks) : m_chunks(std::move(chunks)) {}
    QByteArrayView view(ArenaRef ref) const;

private:
    std::vector<const char *> m_chunks;
};

// Append-only UTF-8 storage in 1 MiB chunks, so growth never copies what is stored and
// never needs twice the memory. Each string is a varint length followed by its bytes.
class StringArena final
{
public:
    ArenaRef append(QByteArrayView bytes);
    QByteArrayView view(ArenaRef ref) const;
    void clear();
    qsizetype memoryBytes() const;
    // O(chunks); must be called on the thread that appends.
    FrozenArena freeze() const;

private:
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        quint32 size = 0;
        quint32 capacity = 0;
    };
    static constexpr quint32 kChunkBytes = 1u << 20;

    std::vector<Chunk> m_chunks;
    qsizetype m_current = -1; // the chunk small strings go into; big ones get their own
};

// The ids a StringPool had when frozen, and their texts; see FrozenArena.
class FrozenPool final
{
public:
    FrozenPool() = default;
    FrozenPool(FrozenArena arena, std::vector<ArenaRef> refs)
        : m_arena(std::move(arena)), m_refs(std::move(refs))
    {}
    QByteArrayView utf8(quint32 id) const { return m_arena.view(m_refs[id]); }
    qsizetype size() const { return qsizetype(m_refs.size()); }

private:
    FrozenArena m_arena;
    std::vector<ArenaRef> m_refs;
};

// Interns strings: each distinct text is stored once (UTF-8) and named by a dense id.
// Id 0 is always the empty string. Open addressing keeps the index at ~6 bytes a string.
class StringPool final
{
public:
    StringPool();

    // lossless is cleared when the text cannot round-trip through UTF-8 (a lone surrogate).
    quint32 intern(QStringView text, bool *lossless = nullptr);
    QByteArrayView utf8(quint32 id) const { return m_arena.view(m_refs[id]); }
    QString text(quint32 id) const { return QString::fromUtf8(utf8(id)); }
    qsizetype size() const { return qsizetype(m_refs.size()); }
    void clear();
    qsizetype memoryBytes() const;
    // O(distinct strings); must be called on the thread that interns.
    FrozenPool freeze() const { return FrozenPool(m_arena.freeze(), m_refs); }

private:
    quint32 internUtf8(QByteArrayView bytes);
    void grow();

    StringArena m_arena;
    std::vector<ArenaRef> m_refs;
    std::vector<quint32> m_slots; // id + 1, 0 = empty; size is a power of two
};

using Utf8Buffer = QVarLengthArray<char, 512>;
// UTF-8 of text into buffer, without touching the heap for short text. False when the text
// holds a lone surrogate, which UTF-8 cannot carry (it is replaced).
bool encodeUtf8(QStringView text, Utf8Buffer &buffer);

} // namespace sendtrail
