#include "tablereader.h"

#include <QCoreApplication>
#include <array>

namespace sendtrail {

namespace {

struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::AddressList)
};

char16_t detectDelimiter(QStringView text)
{
    std::array<int, 3> counts{};
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: still right
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    size_t best = 0;
    for (size_t i = 1; i < counts.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return counts[best] > 0 ? candidates[best] : u',';
}

} // namespace

std::optional<QList<TableRow>> readCsvRows(QStringView text, QString *error)
{
    const char16_t delimiter = detectDelimiter(text);
    QList<TableRow> rows;
    TableRow row{1, {}};
    QString cell;
    bool quoted = false;      // inside a quoted field
    bool cellStarted = false; // a cell in progress (an opened quote counts, even for "")
    int line = 1;             // for the error message: where the open quote is
    int quoteLine = 0;
    const auto endCell = [&] {
        row.cells.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        if (cellStarted || !row.cells.isEmpty())
            endCell();
        rows.append(row);
        row = TableRow{row.number + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                line += c == u'\n' ? 1 : 0;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endCell(); // the row now has cells, so its end adds the last one, even if empty
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRow();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = CsvTr::tr("The CSV file ends inside a quoted field that starts on line %1: a quote "
                               "is missing.")
                         .arg(quoteLine);
        return std::nullopt;
    }
    if (cellStarted || !row.cells.isEmpty())
        endRow();
    return rows;
}

} // namespace sendtrail
