#include "stringpool.h"

#include <QHashFunctions>
#include <QStringEncoder>
#include <cstring>

namespace sendtrail {

namespace {

constexpr int kMaxVarintBytes = 5;

int writeVarint(char *out, quint32 value)
{
    int n = 0;
    while (value >= 0x80) {
        out[n++] = char((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out[n++] = char(value);
    return n;
}

quint32 readVarint(const char *in, int *length)
{
    quint32 value = 0;
    int n = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(in[n++]);
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    *length = n;
    return value;
}

} // namespace

bool encodeUtf8(QStringView text, Utf8Buffer &buffer)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    buffer.resize(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(buffer.data(), text);
    buffer.resize(end - buffer.data());
    return !encoder.hasError();
}

ArenaRef StringArena::append(QByteArrayView bytes)
{
    Q_ASSERT(bytes.size() < qsizetype(0xffffffffu) - kMaxVarintBytes);
    const auto needed = quint32(bytes.size() + kMaxVarintBytes);
    Chunk *target = m_current >= 0 ? &m_chunks[size_t(m_current)] : nullptr;
    if (needed > kChunkBytes / 4) {
        // Big strings get a chunk of their own so the current one keeps filling up.
        m_chunks.push_back({std::make_unique_for_overwrite<char[]>(needed), 0, needed});
        target = &m_chunks.back();
    } else if (!target || target->capacity - target->size < needed) {
        m_chunks.push_back({std::make_unique_for_overwrite<char[]>(kChunkBytes), 0, kChunkBytes});
        m_current = qsizetype(m_chunks.size()) - 1;
        target = &m_chunks.back();
    }
    const ArenaRef ref{quint32(target - m_chunks.data()), target->size};
    char *out = target->data.get() + target->size;
    const int prefix = writeVarint(out, quint32(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out + prefix, bytes.data(), size_t(bytes.size()));
    target->size += quint32(prefix + bytes.size());
    return ref;
}

QByteArrayView StringArena::view(ArenaRef ref) const
{
    const char *at = m_chunks[ref.chunk].data.get() + ref.offset;
    int prefix = 0;
    const quint32 length = readVarint(at, &prefix);
    return QByteArrayView(at + prefix, qsizetype(length));
}

FrozenArena StringArena::freeze() const
{
    std::vector<const char *> chunks;
    chunks.reserve(m_chunks.size());
    for (const Chunk &chunk : m_chunks)
        chunks.push_back(chunk.data.get());
    return FrozenArena(std::move(chunks));
}

QByteArrayView FrozenArena::view(ArenaRef ref) const
{
    const char *at = m_chunks[ref.chunk] + ref.offset;
    int prefix = 0;
    const quint32 length = readVarint(at, &prefix);
    return QByteArrayView(at + prefix, qsizetype(length));
}

void StringArena::clear()
{
    std::vector<Chunk>().swap(m_chunks);
    m_current = -1;
}

qsizetype StringArena::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_chunks.capacity()) * qsizetype(sizeof(Chunk));
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.capacity;
    return bytes;
}

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_arena.clear();
    std::vector<ArenaRef>().swap(m_refs);
    m_slots.assign(1024, 0);
    m_refs.push_back(m_arena.append({}));
}

quint32 StringPool::intern(QStringView text, bool *lossless)
{
    if (text.isEmpty()) {
        if (lossless)
            *lossless = true;
        return 0;
    }
    Utf8Buffer buffer;
    const bool exact = encodeUtf8(text, buffer);
    if (lossless)
        *lossless = exact;
    return internUtf8(QByteArrayView(buffer.constData(), buffer.size()));
}

quint32 StringPool::internUtf8(QByteArrayView bytes)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = qHash(bytes) & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0) {
            const auto id = quint32(m_refs.size());
            m_refs.push_back(m_arena.append(bytes));
            m_slots[slot] = id + 1;
            if (m_refs.size() * 10 > m_slots.size() * 7)
                grow();
            return id;
        }
        if (utf8(entry - 1) == bytes)
            return entry - 1;
    }
}

void StringPool::grow()
{
    std::vector<quint32> slots(m_slots.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (quint32 id = 0; id < quint32(m_refs.size()); ++id) {
        size_t slot = qHash(utf8(id)) & mask;
        while (slots[slot] != 0)
            slot = (slot + 1) & mask;
        slots[slot] = id + 1;
    }
    m_slots = std::move(slots);
}

qsizetype StringPool::memoryBytes() const
{
    return m_arena.memoryBytes() + qsizetype(m_refs.capacity()) * qsizetype(sizeof(ArenaRef)) +
           qsizetype(m_slots.capacity()) * qsizetype(sizeof(quint32));
}

} // namespace sendtrail
