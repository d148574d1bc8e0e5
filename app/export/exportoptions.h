#pragma once

#include "export/exportcolumn.h"

#include <QList>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <optional>

namespace sendtrail {

enum class ExportFormat : quint8
{
    Csv,
    Xlsx,
    Jsonl
};

// Excel: UTF-8 with BOM so Excel detects the encoding. Plain: no BOM. Both use CRLF (RFC 4180).
enum class CsvPreset : quint8
{
    Excel,
    Plain
};

enum class CsvDelimiter : quint8
{
    Comma,
    Semicolon,
    Tab
};

// How libxlsxwriter's output reaches the QSaveFile. Auto picks ProcFd where /proc exists.
// ProcFd: libxlsxwriter writes straight into the QSaveFile's own (anonymous) temp file via
// /proc/self/fd/N, so a crash leaves nothing behind. StagingCopy: it writes a hidden staging
// file next to the target, which is then copied into the QSaveFile and removed.
enum class XlsxStaging : quint8
{
    Auto,
    ProcFd,
    StagingCopy
};

inline constexpr qint64 kXlsxMaxRowsPerSheet = 1048576; // Excel's limit, header row included
inline constexpr qsizetype kMaxCellLength = 32767;      // Excel's limit, in UTF-16 units

// The zone times are rendered in. UTC, the machine's zone, or a fixed offset (e.g. UTC+8).
struct ExportTimeZone
{
    enum class Kind : quint8
    {
        Utc,
        Local,
        FixedOffset
    };

    Kind kind = Kind::Utc;
    int offsetSeconds = 0; // east of UTC; FixedOffset only

    static ExportTimeZone utc() { return {}; }
    static ExportTimeZone local() { return {Kind::Local, 0}; }
    static ExportTimeZone fixedOffset(int seconds) { return {Kind::FixedOffset, seconds}; }

    QString label() const; // "UTC", "UTC+08:00", "UTC-03:30", or the system zone's id
    QTimeZone toQTimeZone() const;
    friend bool operator==(const ExportTimeZone &, const ExportTimeZone &) = default;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvPreset csvPreset = CsvPreset::Excel;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    bool formulaGuard = true; // CSV: prefix '; XLSX: text number format on risky cells
    ExportTimeZone timeZone;
    QList<ExportColumn> columns = defaultExportColumns();
    QString targetPath;
    std::optional<QList<qsizetype>> rowOrder; // nullopt: every row in source order

    bool xlsxAutofilter = true;
    qint64 xlsxRowsPerSheet = kXlsxMaxRowsPerSheet; // header included; tests inject small values
    XlsxStaging xlsxStaging = XlsxStaging::Auto;
};

struct ExportResult
{
    enum class Outcome : quint8
    {
        Finished,
        Cancelled,
        Failed
    };

    Outcome outcome = Outcome::Finished;
    QString errorText;         // Failed only; names the path
    qint64 rowsWritten = 0;    // data rows, headers excluded
    qint64 truncatedCells = 0; // cells cut to kMaxCellLength
    int sheetCount = 0;        // XLSX only

    bool ok() const { return outcome == Outcome::Finished; }
    static ExportResult failed(QString text);
    static ExportResult cancelled(qint64 rows);
};

// Progress and cancellation, polled by the writers every checkEveryRows rows.
struct ExportControl
{
    const std::atomic_bool *cancelRequested = nullptr;
    std::function<void(qint64 rowsWritten, qint64 total)> progressed;
    qint64 checkEveryRows = 2048;

    bool isCancelled() const { return cancelRequested && cancelRequested->load(std::memory_order_relaxed); }
};

QChar csvDelimiterChar(CsvDelimiter delimiter);

} // namespace sendtrail
