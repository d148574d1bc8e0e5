#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sendtrail {

struct TableRow;

// Which column of a CSV file or sheet holds the addresses: a header of the first row (matched
// trimmed and ignoring case) or a 1-based number. Neither: the first column.
struct AddressColumn
{
    QString header;
    int number = 0;

    // "3" is a number, anything else a header; nullopt for "0" or a blank.
    static std::optional<AddressColumn> parse(const QString &text);
};

// One entry of the list: a distinct address, or a line that is not an address.
struct AddressEntry
{
    QString text; // trimmed, as given (for a duplicate: the first spelling)
    int line = 0; // 1-based line of a text, row of a CSV file or sheet, of its first appearance
    bool valid = true;
};

// The recipients a person pasted or exported: one address a line, or a column of a CSV file or
// an XLSX sheet. Entries are trimmed; blank lines and '#' comments are skipped; an address that
// appears again in any letter case is folded into its first appearance (first spelling, first
// place); every line that is not an email address stays, at its place, marked invalid. At most
// kMaxAddresses distinct addresses: a lookup is one call each, and a longer list is a mistake
// or a job for an export.
class AddressList final
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::AddressList)

public:
    static constexpr int kMaxAddresses = 10000;

    enum class Format
    {
        Text,
        Csv,
        Xlsx,
    };

    static std::optional<AddressList> fromText(QStringView text, QString *error = nullptr);
    static std::optional<AddressList> fromCsv(QStringView text, const AddressColumn &column = {},
                                              QString *error = nullptr);
    static std::optional<AddressList> fromXlsx(const QByteArray &book, const AddressColumn &column = {},
                                               QString *error = nullptr);
    // A file's bytes in `format` (text and CSV decoded by their BOM, UTF-8 without one).
    static std::optional<AddressList> fromBytes(const QByteArray &bytes, Format format,
                                                const AddressColumn &column = {}, QString *error = nullptr);
    // XLSX when the bytes are a zip archive; else CSV when a column is named or the file name
    // ends in .csv; else text.
    static Format guessFormat(const QByteArray &bytes, const QString &fileName, bool columnGiven);

    // Plausible as a mailbox the service can have sent to: dot-atom or quoted local part (RFC 5321,
    // non-ASCII allowed as in RFC 6531, so "用户@例子.中国" passes), '@', a domain of two or more
    // labels. "a+b@x.com" is valid; spaces, a second '@' or a missing domain are not.
    static bool isEmailAddress(QStringView text);

    const QList<AddressEntry> &entries() const { return m_entries; } // input order
    QStringList addresses() const;                                   // the distinct valid ones, in order
    int addressCount() const { return m_addresses; }
    int invalidCount() const { return int(m_entries.size()) - m_addresses; }
    int duplicateCount() const { return m_duplicates; }

private:
    static std::optional<AddressList> fromRows(const QList<TableRow> &rows, const AddressColumn &column,
                                               QString *error);
    // False once the list would hold more than kMaxAddresses addresses.
    bool add(const QString &raw, int line);
    static QString tooManyText();

    QList<AddressEntry> m_entries;
    QHash<QString, qsizetype> m_seen; // case-folded address → index in m_entries
    int m_addresses = 0;
    int m_duplicates = 0;
};

} // namespace sendtrail
