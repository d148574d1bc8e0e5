#include "addresslist.h"

#include "tablereader.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qsizetype kMaxAddressLength = 254; // RFC 5321 path limit, less the angle brackets
constexpr qsizetype kMaxLocalLength = 64;

QString decode(const QByteArray &bytes)
{
    // A BOM says UTF-16 or UTF-8 (spreadsheets' "Unicode text"); without one UTF-8 is the norm.
    const auto encoding = QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

std::optional<AddressColumn> AddressColumn::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (trimmed.isEmpty() || (isNumber && number < 1))
        return std::nullopt;
    return isNumber ? AddressColumn{{}, number} : AddressColumn{trimmed, 0};
}

bool AddressList::isEmailAddress(QStringView text)
{
    // atext, and any non-ASCII character that is not a space or a control (RFC 6531).
    static const QRegularExpression address(
        uR"(^(?:(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7F\p{Z}\p{C}])+)"
        uR"((?:\.(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\x00-\x7F\p{Z}\p{C}])+)*)"
        uR"(|"(?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\[\x20-\x7E]|[^\x00-\x7F\p{C}])+"))"
        uR"(@(?:[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?\.)+)"
        uR"(\p{L}(?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$)"_s);
    if (text.size() > kMaxAddressLength || text.lastIndexOf(u'@') > kMaxLocalLength)
        return false;
    return address.match(text).hasMatch();
}

AddressList::Format AddressList::guessFormat(const QByteArray &bytes, const QString &fileName,
                                             bool columnGiven)
{
    if (looksLikeZip(bytes))
        return Format::Xlsx;
    if (columnGiven || fileName.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return Format::Csv;
    return Format::Text;
}

QString AddressList::tooManyText()
{
    return tr("The list holds more than %L1 distinct addresses. Look up at most %L1 at a time: split "
              "the list, or export the records of the whole range instead.")
        .arg(kMaxAddresses);
}

bool AddressList::add(const QString &raw, int line)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text.startsWith(u'#'))
        return true;
    if (!isEmailAddress(text)) {
        m_entries.append({text, line, false});
        return true;
    }
    const QString key = text.toCaseFolded();
    if (m_seen.contains(key)) {
        ++m_duplicates;
        return true;
    }
    if (m_addresses == kMaxAddresses)
        return false;
    m_seen.insert(key, m_entries.size());
    m_entries.append({text, line, true});
    ++m_addresses;
    return true;
}

QStringList AddressList::addresses() const
{
    QStringList list;
    list.reserve(m_addresses);
    for (const AddressEntry &e : m_entries)
        if (e.valid)
            list.append(e.text);
    return list;
}

std::optional<AddressList> AddressList::fromText(QStringView text, QString *error)
{
    AddressList list;
    int line = 0;
    for (const QStringView row : text.tokenize(u'\n')) {
        ++line;
        if (!list.add(row.toString(), line)) { // trimmed() also drops a CRLF's '\r'
            if (error)
                *error = tooManyText();
            return std::nullopt;
        }
    }
    return list;
}

std::optional<AddressList> AddressList::fromRows(const QList<TableRow> &rows, const AddressColumn &column,
                                                 QString *error)
{
    const auto failWith = [error](const QString &text) -> std::optional<AddressList> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    qsizetype index = column.number > 0 ? column.number - 1 : 0;
    qsizetype first = 0; // the first data row
    const QStringList header = rows.isEmpty() ? QStringList() : rows.constFirst().cells;
    if (!column.header.isEmpty()) {
        index = -1;
        for (qsizetype i = 0; i < header.size() && index < 0; ++i)
            if (header.at(i).trimmed().compare(column.header, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            QStringList names;
            for (const QString &name : header)
                names.append(u"'%1'"_s.arg(name.trimmed()));
            return failWith(tr("No column is named '%1' in the first row. Its columns are: %2. Name one "
                               "of them, or give the column's number.")
                                .arg(column.header, names.isEmpty() ? tr("(none)") : names.join(u", "_s)));
        }
        first = 1;
    } else if (!rows.isEmpty()) {
        const qsizetype widest =
            std::max_element(rows.cbegin(), rows.cend(), [](const auto &a, const auto &b) {
                return a.cells.size() < b.cells.size();
            })->cells.size();
        if (index >= widest)
            return failWith(tr("There is no column %1: the rows of the file have at most %2 cells.")
                                .arg(index + 1)
                                .arg(widest));
        // By number, a first row that holds no address there is the header row ("Email").
        const QString top = header.value(index).trimmed();
        first = !top.isEmpty() && !isEmailAddress(top) ? 1 : 0;
    }
    AddressList list;
    for (qsizetype r = first; r < rows.size(); ++r)
        if (!list.add(rows.at(r).cells.value(index), rows.at(r).number))
            return failWith(tooManyText());
    return list;
}

std::optional<AddressList> AddressList::fromCsv(QStringView text, const AddressColumn &column, QString *error)
{
    const auto rows = readCsvRows(text, error);
    return rows ? fromRows(*rows, column, error) : std::nullopt;
}

std::optional<AddressList> AddressList::fromXlsx(const QByteArray &book, const AddressColumn &column,
                                                 QString *error)
{
    const auto rows = readXlsxRows(book, error);
    return rows ? fromRows(*rows, column, error) : std::nullopt;
}

std::optional<AddressList> AddressList::fromBytes(const QByteArray &bytes, Format format,
                                                  const AddressColumn &column, QString *error)
{
    switch (format) {
    case Format::Xlsx:
        return fromXlsx(bytes, column, error);
    case Format::Csv:
        return fromCsv(decode(bytes), column, error);
    case Format::Text:
        break;
    }
    return fromText(decode(bytes), error);
}

} // namespace sendtrail
