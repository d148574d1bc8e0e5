// The CSV and XLSX cell sanitizers on arbitrary cell text (UTF-16, lone surrogates included).
// CSV invariants: the file parses back (RFC 4180) to the cells, with an apostrophe before
// exactly the ones that start with a formula trigger, NULs dropped, lone surrogates as U+FFFD,
// capped at kMaxCellLength; no field starts with a trigger. XLSX invariants: valid UTF-8 with
// no XML-illegal character, within Excel's length, and Excel's _xHHHH_ decoding gives back the
// text minus what XML forbids; the guard decision sees the first character that stays.
#include "cli/cellquote.h"
#include "export/cellsanitizer.h"
#include "export/csvwriter.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QStringDecoder>
#include <cstring>
#include <memory>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

// Well-formed text a reader would see: lone surrogates as U+FFFD.
QString wellFormed(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        out += QStringView(QChar::fromUcs4(c));
    }
    return out;
}

QStringList parseCsvRow(const QString &text, char16_t delimiter)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                cells.last() += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                cells.last() += c;
        } else if (c == u'"' && cells.last().isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            cells.append(QString());
        } else if (c == u'\r' && text.mid(i) == "\r\n"_L1) {
            break;
        } else {
            fuzz::check(c != u'"', "a quote outside a quoted field", text.toUtf8());
            cells.last() += c;
        }
    }
    return cells;
}

void checkCsv(const QStringList &cells, char16_t delimiter, bool guard)
{
    // One writer per setting for the whole run: each owns a 4 MiB buffer, too slow to make anew
    // for every input under ASan. endRow() and flush() leave it as new.
    static QBuffer files[6];
    static std::unique_ptr<CsvWriter> writers[6];
    const int slot = (delimiter == u',' ? 0 : delimiter == u';' ? 1 : 2) * 2 + (guard ? 1 : 0);
    QBuffer &file = files[slot];
    if (!writers[slot]) {
        file.open(QIODevice::ReadWrite);
        writers[slot] = std::make_unique<CsvWriter>(file, CsvWriter::Settings{delimiter, guard});
    }
    file.buffer().clear();
    file.seek(0);
    for (const QString &cell : cells)
        writers[slot]->writeCell(cell);
    writers[slot]->endRow();
    fuzz::check(writers[slot]->flush(), "the CSV writer flushes");
    const QByteArray bytes = file.data();
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::ConvertInitialBom); // a cell may start with U+FEFF
    const QString text = utf8.decode(bytes);
    fuzz::check(!utf8.hasError(), "the CSV file is valid UTF-8", bytes);
    fuzz::check(text.endsWith("\r\n"_L1), "the row ends with CRLF", bytes);
    const QStringList back = parseCsvRow(text, delimiter);
    fuzz::check(back.size() == cells.size(), "the row has every cell", bytes);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool trigger = startsLikeFormula(cells[i]);
        const QString apostrophe = guard && trigger ? u"'"_s : QString();
        const QString capped = cells[i].first(cappedLength(cells[i], kMaxCellLength - apostrophe.size()));
        QString expected = apostrophe + wellFormed(capped);
        expected.remove(QChar(0));
        fuzz::check(back[i] == expected, "the cell reads back guarded", bytes);
        if (guard)
            fuzz::check(back[i].isEmpty() || !isFormulaTrigger(back[i].front().unicode()),
                        "no CSV field starts with a formula trigger", bytes);
    }
}

void checkCliCell(const QString &cell)
{
    const QStringList back = parseCsvRow(csvCell(cell) + "\r\n"_L1, u',');
    fuzz::check(back.size() == 1 && (back[0].isEmpty() || !isFormulaTrigger(back[0].front().unicode())),
                "the CLI's CSV cell is guarded", cell.toUtf8());
}

// Excel's reading of a string cell: _xHHHH_ is the character U+HHHH.
QString excelDecode(const QString &text)
{
    static const auto isHex = [](QChar c) {
        return std::isxdigit(c.unicode() < 128 ? int(c.unicode()) : 0) != 0;
    };
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            std::all_of(text.begin() + i + 2, text.begin() + i + 6, isHex)) {
            out += QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out += text[i];
        }
    }
    return out;
}

void checkXlsx(const QString &cell)
{
    std::string out;
    const bool truncated = toXlsxCellText(cell, out);
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::ConvertInitialBom); // a cell may start with U+FEFF
    const QString text = utf8.decode(QByteArrayView(out.data(), qsizetype(out.size())));
    fuzz::check(!utf8.hasError(), "the XLSX text is valid UTF-8", QByteArray::fromStdString(out));
    for (qsizetype i = 0; i < text.size();)
        fuzz::check(!isXmlIllegal(nextCodePoint(text, i)), "the XLSX text is legal XML",
                    QByteArray::fromStdString(out));
    fuzz::check(text.size() <= kMaxCellLength, "the XLSX text fits a cell");
    QString legal;
    for (qsizetype i = 0; i < cell.size();) {
        const char32_t c = nextCodePoint(cell, i);
        if (!isXmlIllegal(c))
            legal += QStringView(QChar::fromUcs4(c));
    }
    const QString decoded = excelDecode(text);
    if (truncated)
        fuzz::check(legal.startsWith(decoded) && decoded.size() < legal.size(), "a cut cell is a prefix",
                    cell.toUtf8());
    else
        fuzz::check(decoded == legal, "Excel reads the cell back",
                    cell.toUtf8() + " -> " + QByteArray::fromStdString(out));
    // The exporter applies its text format when the first byte is a trigger: it must be the
    // first character Excel shows.
    if (!out.empty())
        fuzz::check(isFormulaTrigger(char16_t(out.front())) ==
                        (!legal.isEmpty() && isFormulaTrigger(legal.front().unicode())),
                    "the guard sees the first shown character", cell.toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // UTF-16 from the bytes directly, so lone surrogates and NULs occur.
    QString all(qsizetype((size - 1) / 2), Qt::Uninitialized);
    std::memcpy(all.data(), data + 1, std::size_t(all.size()) * 2);
    const QStringList cells = all.split(u'\x1f');
    constexpr char16_t delimiters[] = {u',', u';', u'\t'};
    checkCsv(cells, delimiters[data[0] % 3], (data[0] & 4) == 0);
    for (const QString &cell : cells) {
        checkCliCell(cell);
        checkXlsx(cell);
    }
    return 0;
}
