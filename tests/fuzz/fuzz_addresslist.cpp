// Address lists the user loads or pastes: text and CSV (BOM-detected bytes), with a column by
// number or header. Invariants: a refusal says why; every entry is trimmed, not blank, not a
// comment, marked valid exactly when it is an address; valid ones are distinct ignoring case,
// at most kMaxAddresses, in line order; CSV rows are numbered 1, 2, 3...
#include "fuzzsupport.h"
#include "lookup/addresslist.h"
#include "lookup/tablereader.h"

#include <QSet>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

void checkList(const AddressList &list)
{
    QSet<QString> folded;
    int lastLine = 0;
    int valid = 0;
    for (const AddressEntry &e : list.entries()) {
        fuzz::check(!e.text.isEmpty() && e.text == e.text.trimmed() && !e.text.startsWith(u'#'),
                    "an entry is trimmed, not blank and not a comment", e.text.toUtf8());
        fuzz::check(e.valid == AddressList::isEmailAddress(e.text), "valid exactly for an address",
                    e.text.toUtf8());
        fuzz::check(e.line >= lastLine && e.line >= 1, "entries are in line order");
        lastLine = e.line;
        if (e.valid) {
            ++valid;
            fuzz::check(!folded.contains(e.text.toCaseFolded()), "addresses are distinct ignoring case",
                        e.text.toUtf8());
            folded.insert(e.text.toCaseFolded());
        }
    }
    fuzz::check(valid == list.addressCount() && valid <= AddressList::kMaxAddresses, "the count holds");
    fuzz::check(list.addresses().size() == valid, "addresses() lists the valid entries");
}

void checkRows(QStringView text)
{
    QString error;
    const auto rows = readCsvRows(text, &error);
    if (!rows) {
        fuzz::check(!error.isEmpty(), "a refused CSV file says why");
        return;
    }
    for (qsizetype i = 0; i < rows->size(); ++i)
        fuzz::check(rows->at(i).number == i + 1, "CSV records are numbered in order");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 3);
    const QByteArray &bytes = parts[2];
    const bool csv = !parts[0].isEmpty() && (parts[0][0] & 1);
    const AddressColumn column = AddressColumn::parse(QString::fromUtf8(parts[1])).value_or(AddressColumn{});
    if (looksLikeZip(bytes))
        return 0; // fuzz_xlsxreader's part
    QString error;
    const auto list = AddressList::fromBytes(
        bytes, csv ? AddressList::Format::Csv : AddressList::Format::Text, column, &error);
    if (list)
        checkList(*list);
    else
        fuzz::check(!error.isEmpty(), "a refused list says why");
    checkRows(QString::fromUtf8(bytes));
    return 0;
}
