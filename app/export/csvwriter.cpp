#include "export/csvwriter.h"

#include "export/cellsanitizer.h"

namespace sendtrail {

namespace {

constexpr qsizetype kBufferSize = qsizetype(4) * 1024 * 1024;
// The worst cell: every UTF-16 unit becomes 3 bytes, plus quotes, apostrophe, delimiter.
constexpr qsizetype kWorstCell = 3 * kMaxCellLength + 8;

} // namespace

CsvWriter::CsvWriter(QIODevice &device, Settings settings)
    : m_device(device), m_settings(settings), m_buffer(new char[kBufferSize])
{}

CsvWriter::~CsvWriter() = default;

void CsvWriter::writeBom()
{
    reserve(3);
    std::copy_n("\xEF\xBB\xBF", 3, m_buffer.get() + m_used);
    m_used += 3;
}

void CsvWriter::writeCell(QStringView cell)
{
    const bool guard = m_settings.formulaGuard && startsLikeFormula(cell);
    const qsizetype keep = cappedLength(cell, kMaxCellLength - (guard ? 1 : 0));
    if (keep < cell.size()) {
        ++m_truncated;
        cell = cell.first(keep);
    }
    const bool quoted = needsQuotes(cell);
    reserve(kWorstCell);
    char *p = m_buffer.get() + m_used;
    if (m_rowStarted)
        p = putUtf8(m_settings.delimiter, p);
    m_rowStarted = true;
    if (quoted)
        *p++ = '"';
    if (guard)
        *p++ = '\'';
    p = putEscaped(cell, p);
    if (quoted)
        *p++ = '"';
    m_used = p - m_buffer.get();
}

void CsvWriter::endRow()
{
    reserve(2);
    m_buffer[m_used++] = '\r';
    m_buffer[m_used++] = '\n';
    m_rowStarted = false;
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    qsizetype done = 0;
    while (done < m_used) {
        const qint64 written = m_device.write(m_buffer.get() + done, m_used - done);
        if (written <= 0) {
            m_failed = true;
            break;
        }
        done += written;
    }
    m_used = 0;
    return !m_failed;
}

void CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > kBufferSize)
        flush();
}

bool CsvWriter::needsQuotes(QStringView cell) const
{
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == m_settings.delimiter || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

char *CsvWriter::putEscaped(QStringView cell, char *out) const
{
    qsizetype i = 0;
    while (i < cell.size()) {
        const char16_t u = cell[i].unicode();
        if (u < 0x80) { // the common case: one byte, no decoding
            if (u == u'"')
                *out++ = '"';
            if (u != 0) // NUL carries no text and breaks many CSV readers
                *out++ = static_cast<char>(u);
            ++i;
            continue;
        }
        out = putUtf8(nextCodePoint(cell, i), out);
    }
    return out;
}

} // namespace sendtrail
