#pragma once

// Test helper: searches this process's own writable memory (/proc/self/maps + /proc/self/mem) for
// a secret. The needle is kept XOR-masked and only unmasked byte by byte inside the comparison, so
// the scanner's own pattern is never a hit.

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define SENDTRAIL_SCAN_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SENDTRAIL_SCAN_UNDER_ASAN 1
#endif
#endif
#ifdef SENDTRAIL_SCAN_UNDER_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace sendtrail::test {

class MaskedNeedle final
{
public:
    // Masks `plain` in place of a copy; the caller wipes `plain` afterwards.
    explicit MaskedNeedle(QByteArrayView plain) : m_masked(plain.size(), '\0'), m_mask(plain.size(), '\0')
    {
        QRandomGenerator::system()->generate(m_mask.begin(), m_mask.end());
        for (qsizetype i = 0; i < plain.size(); ++i)
            m_masked[i] = char(plain[i] ^ m_mask[i]);
    }
    // The same text as UTF-16LE (how a QString would hold an ASCII secret).
    MaskedNeedle utf16() const
    {
        MaskedNeedle wide;
        for (qsizetype i = 0; i < m_masked.size(); ++i) {
            const char low = char(m_masked[i] ^ m_mask[i]);
            wide.append(low);
            wide.append('\0');
        }
        return wide;
    }
    qsizetype size() const { return m_masked.size(); }
    char at(qsizetype i) const { return char(m_masked[i] ^ m_mask[i]); }

    bool matchesAt(const char *data) const
    {
        for (qsizetype i = 0; i < m_masked.size(); ++i) {
            if (data[i] != at(i))
                return false;
        }
        return true;
    }

private:
    MaskedNeedle() = default;
    void append(char plain)
    {
        const char mask = char(QRandomGenerator::system()->generate());
        m_mask.append(mask);
        m_masked.append(char(plain ^ mask));
    }
    QByteArray m_masked;
    QByteArray m_mask;
};

struct MemoryScan
{
    int hits = 0;
    qint64 bytesScanned = 0;
    int regions = 0;
    QList<QByteArray> hitRegions; // the maps lines where something was found
};

struct Region
{
    quintptr start = 0;
    quintptr end = 0;
};

// AddressSanitizer's shadow memory: one byte for every 8 of the process's, saying which of them
// may be touched. It never holds the process's data, and its mappings span terabytes (reserved,
// mostly never touched) that a read of every page would take hours over. The heap itself, and
// ASan's quarantine of freed blocks (kept unreused and unwiped, so a copy freed without wiping
// stays findable), are scanned as in any build.
inline bool isSanitizerShadow(const Region &region)
{
#ifdef SENDTRAIL_SCAN_UNDER_ASAN
    size_t scale = 0;
    size_t offset = 0;
    __asan_get_shadow_mapping(&scale, &offset);
    const quintptr userEnd = 0x7fffffffffffULL; // x86-64's user address space
    return region.start >= offset && region.end <= (userEnd >> scale) + offset + 1;
#else
    Q_UNUSED(region)
    return false;
#endif
}

// /proc/self/maps read with plain syscalls into `buffer`, and parsed without allocating: a scan
// that allocated would reuse freed heap chunks, the very places a forgotten copy would be.
inline int writableRegions(char *buffer, size_t size, Region *regions, int maxRegions)
{
    const int fd = ::open("/proc/self/maps", O_RDONLY);
    if (fd < 0)
        return 0;
    size_t used = 0;
    for (ssize_t got; used < size - 1 && (got = ::read(fd, buffer + used, size - 1 - used)) > 0;)
        used += size_t(got);
    ::close(fd);
    buffer[used] = '\0';
    int count = 0;
    for (char *line = buffer; *line && count < maxRegions;) {
        char *next = std::strchr(line, '\n');
        if (next)
            *next = '\0';
        char *cursor = nullptr;
        const quintptr start = std::strtoull(line, &cursor, 16);
        const quintptr end = std::strtoull(cursor + 1, &cursor, 16);
        const bool writable = cursor[0] == ' ' && cursor[1] == 'r' && cursor[2] == 'w';
        if (writable && !std::strstr(line, "[vvar]") && !std::strstr(line, "[vsyscall]") &&
            !isSanitizerShadow({start, end}))
            regions[count++] = {start, end};
        line = next ? next + 1 : line + std::strlen(line);
    }
    return count;
}

// Every readable and writable mapping except the scanner's own buffer (mmap'd apart, zeroed
// after), the kernel's [vvar]/[vsyscall] pages and a sanitizer's shadow. Needles must be at least 2 bytes
// long.
inline MemoryScan scanOwnMemory(const QList<MaskedNeedle> &needles)
{
    MemoryScan scan;
    constexpr size_t kChunk = 1 << 20;
    constexpr size_t kOverlap = 4096; // > any needle, so a match across chunks is still seen
    constexpr int kMaxRegions = 4096;
    const size_t bytes = kChunk + kOverlap + sizeof(Region) * kMaxRegions;
    void *raw = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return scan;
    char *buffer = static_cast<char *>(raw);
    auto *regions = reinterpret_cast<Region *>(buffer + kChunk + kOverlap);
    const int count = writableRegions(buffer, kChunk, regions, kMaxRegions);
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    const auto own = reinterpret_cast<quintptr>(buffer);
    for (int r = 0; mem >= 0 && r < count; ++r) {
        const Region region = regions[r];
        if (region.start == own)
            continue;
        ++scan.regions;
        const int hitsBefore = scan.hits;
        for (quintptr at = region.start; at < region.end; at += kChunk) {
            const size_t want = std::min<size_t>(kChunk + kOverlap, region.end - at);
            const ssize_t got = ::pread(mem, buffer, want, static_cast<off_t>(at));
            if (got <= 0)
                break;
            scan.bytesScanned += std::min<ssize_t>(got, kChunk);
            for (const MaskedNeedle &needle : needles) {
                const char first = needle.at(0);
                const char *cursor = buffer;
                const char *limit = buffer + got - needle.size();
                while (cursor <= limit) {
                    const void *found = std::memchr(cursor, first, size_t(limit - cursor) + 1);
                    if (!found)
                        break;
                    cursor = static_cast<const char *>(found);
                    // A hit starting in the overlap belongs to the next chunk.
                    if (size_t(cursor - buffer) < kChunk && needle.matchesAt(cursor))
                        ++scan.hits;
                    ++cursor;
                }
            }
        }
        if (scan.hits > hitsBefore)
            scan.hitRegions.append(QByteArray::number(qulonglong(region.start), 16) + '-' +
                                   QByteArray::number(qulonglong(region.end), 16));
    }
    if (mem >= 0)
        ::close(mem);
    std::memset(buffer, 0, bytes);
    ::munmap(raw, bytes);
    return scan;
}

} // namespace sendtrail::test
