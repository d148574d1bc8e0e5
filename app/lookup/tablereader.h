#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace sendtrail {

// One row of a table read from a file: its 1-based number in the file (a CSV record that spans
// lines counts once; an XLSX row keeps its sheet row number) and its cells, left to right, with
// empty strings for cells the file leaves out.
struct TableRow
{
    int number = 0;
    QStringList cells;
};

// The biggest part of an XLSX file (sheet or shared strings) that is unpacked: far more than
// 10,000 addresses need, small enough that a hostile file cannot exhaust memory.
inline constexpr qint64 kMaxXlsxPartBytes = qint64(64) * 1024 * 1024;

// RFC 4180: quoted fields with doubled quotes and line breaks, CRLF, LF or CR row ends. The
// delimiter is the one of ',', ';' and TAB found most often outside quotes in the first row
// (spreadsheets in many locales save CSV with ';'), comma when none is. Lenient where a reader
// can be without guessing (text after a closing quote is kept); a file that ends inside a quoted
// field is refused, since everything after the stray quote would have become one cell.
std::optional<QList<TableRow>> readCsvRows(QStringView text, QString *error = nullptr);

// The first worksheet of an XLSX (Office Open XML) workbook: shared strings, inline strings and
// formula results as text, numbers as written. Unpacked from memory with minizip, read with
// QXmlStreamReader.
std::optional<QList<TableRow>> readXlsxRows(const QByteArray &book, QString *error = nullptr);

// True when the bytes start like a zip archive (an XLSX file).
bool looksLikeZip(const QByteArray &bytes);

} // namespace sendtrail
