#pragma once

#include <QIODevice>
#include <QStringView>
#include <memory>

namespace sendtrail {

// RFC 4180 writer: UTF-8, CRLF, a field is quoted when it holds the delimiter, '"', CR or LF,
// and quotes are doubled. Cells are capped at kMaxCellLength; with the formula guard on, a
// cell starting with = + - @ TAB CR LF or NUL gets a leading apostrophe. NUL characters are
// dropped (no mail text contains them; many readers stop at them). Output is gathered
// in a large buffer and written to the device in big chunks.
class CsvWriter final
{
public:
    struct Settings
    {
        char16_t delimiter = u',';
        bool formulaGuard = true;
    };

    CsvWriter(QIODevice &device, Settings settings);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeBom();
    void writeCell(QStringView cell);
    void endRow();
    // Hands everything buffered to the device. False (and errorString()) after a write error.
    bool flush();

    bool hasError() const { return m_failed; }
    QString errorString() const { return m_device.errorString(); }
    qint64 truncatedCells() const { return m_truncated; }

private:
    void reserve(qsizetype bytes);
    bool needsQuotes(QStringView cell) const;
    char *putEscaped(QStringView cell, char *out) const;

    QIODevice &m_device;
    Settings m_settings;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_used = 0;
    qint64 m_truncated = 0;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace sendtrail
