// The XLSX address-list reader. Most inputs are the workbook's XML parts (workbook, its
// relationships, shared strings, the sheet, split by 0x1f) packed here into a valid zip, so
// mutations reach the XML readers past minizip's CRC check; an input that already starts like a
// zip goes to minizip as it is. Invariants: a refusal says why and yields no rows; rows are
// numbered from 1; cells stay within Excel's 16,384 columns; the address list built on top
// keeps AddressList's rules.
#include "fuzzsupport.h"
#include "lookup/addresslist.h"
#include "lookup/tablereader.h"

#include <zlib.h>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

void put16(QByteArray &out, quint32 v)
{
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// A zip of stored (uncompressed) entries, as small as the format allows.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, content] : entries) {
        const quint32 crc =
            crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()));
        const auto offset = quint32(zip.size());
        QByteArray common;
        put16(common, 20); // version needed
        put16(common, 0);  // flags
        put16(common, 0);  // stored
        put32(common, 0);  // time, date
        put32(common, crc);
        put32(common, quint32(content.size()));
        put32(common, quint32(content.size()));
        put16(common, quint32(name.size()));
        put16(common, 0); // extra
        zip += "PK\x03\x04" + common + name + content;
        central += QByteArray("PK\x01\x02", 4);
        put16(central, 20); // made by
        central += common;
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += name;
    }
    const auto centralOffset = quint32(zip.size());
    zip += central;
    zip += QByteArray("PK\x05\x06", 4);
    put32(zip, 0);
    put16(zip, quint32(entries.size()));
    put16(zip, quint32(entries.size()));
    put32(zip, quint32(central.size()));
    put32(zip, centralOffset);
    put16(zip, 0);
    return zip;
}

QByteArray workbookFrom(const QByteArray &input)
{
    if (looksLikeZip(input))
        return input;
    const QList<QByteArray> parts = fuzz::fields(input, 4);
    QList<std::pair<QByteArray, QByteArray>> entries;
    if (!parts[0].isEmpty())
        entries.append({"xl/workbook.xml", parts[0]});
    if (!parts[1].isEmpty())
        entries.append({"xl/_rels/workbook.xml.rels", parts[1]});
    if (!parts[2].isEmpty())
        entries.append({"xl/sharedStrings.xml", parts[2]});
    entries.append({"xl/worksheets/sheet1.xml", parts[3]});
    return storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray book = workbookFrom(fuzz::bytes(data, size));
    QString error;
    const auto rows = readXlsxRows(book, &error);
    if (!rows) {
        fuzz::check(!error.isEmpty(), "a refused workbook says why");
        return 0;
    }
    for (const TableRow &row : *rows) {
        fuzz::check(row.number >= 1, "rows are numbered from 1");
        fuzz::check(row.cells.size() <= 16384, "a row has at most Excel's 16,384 columns");
    }
    for (const AddressColumn &column :
         {AddressColumn{}, AddressColumn{u"email"_s, 0}, AddressColumn{{}, 2}}) {
        QString listError;
        const auto list = AddressList::fromXlsx(book, column, &listError);
        if (!list) {
            fuzz::check(!listError.isEmpty(), "a refused column says why");
            continue;
        }
        for (const AddressEntry &e : list->entries())
            fuzz::check(e.valid == AddressList::isEmailAddress(e.text), "valid exactly for an address");
    }
    return 0;
}
