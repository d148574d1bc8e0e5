// AddressList: what a pasted list, a CSV column or an XLSX column becomes. XLSX fixtures are
// written here with libxlsxwriter (shared strings and, in constant-memory mode, inline strings);
// hostile ones (found by tests/fuzz/fuzz_xlsxreader) are zipped by hand with minizip.
#include "lookup/addresslist.h"
#include "lookup/tablereader.h"

#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// "text" for a valid entry, "!text" for an invalid one, in list order.
QStringList describe(const AddressList &list)
{
    QStringList out;
    for (const AddressEntry &e : list.entries())
        out.append((e.valid ? QString() : u"!"_s) + e.text);
    return out;
}

struct Cell
{
    int row;
    int column;
    QString text;
};

QByteArray xlsxBook(const QTemporaryDir &dir, const QList<Cell> &cells, bool constantMemory,
                    const QList<Cell> &secondSheet = {})
{
    const QByteArray path = dir.filePath(u"book.xlsx"_s).toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Customers");
    for (const Cell &c : cells)
        worksheet_write_string(sheet, lxw_row_t(c.row), lxw_col_t(c.column), c.text.toUtf8().constData(),
                               nullptr);
    lxw_worksheet *other = workbook_add_worksheet(book, "Other");
    for (const Cell &c : secondSheet)
        worksheet_write_string(other, lxw_row_t(c.row), lxw_col_t(c.column), c.text.toUtf8().constData(),
                               nullptr);
    worksheet_write_number(sheet, 20, 5, 42.0, nullptr); // a number far away: ignored, widens the sheet
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    QFile file(QString::fromUtf8(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A workbook of one part, the first sheet at its default path, as a hostile file would be.
QByteArray sheetBook(const QTemporaryDir &dir, const QByteArray &sheetXml)
{
    const QByteArray path = dir.filePath(u"hostile.xlsx"_s).toUtf8();
    zipFile zip = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    const bool ok = zipOpenNewFileInZip(zip, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0,
                                        nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION) == ZIP_OK &&
                    zipWriteInFileInZip(zip, sheetXml.constData(), unsigned(sheetXml.size())) == ZIP_OK &&
                    zipCloseFileInZip(zip) == ZIP_OK;
    if (zipClose(zip, nullptr) != ZIP_OK || !ok)
        return {};
    QFile file(QString::fromUtf8(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sheetOf(const QByteArray &rows)
{
    return "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
}

} // namespace

class tst_LookupAddressList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isEmailAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"ann@example.com"_s << true;
        QTest::newRow("plus") << u"a+b@x.com"_s << true;
        QTest::newRow("leading plus") << u"+plus.sign@example.com"_s << true;
        QTest::newRow("apostrophe") << u"O'Brien@example.ie"_s << true;
        QTest::newRow("hash inside") << u"hash#dot.name@example.com"_s << true;
        QTest::newRow("subdomains, upper case") << u"UPPER.Case@Mail.Example.COM"_s << true;
        QTest::newRow("chinese (RFC 6531)") << u"用户@例子.中国"_s << true;
        QTest::newRow("emoji local part") << u"emoji😀user@example.com"_s << true;
        QTest::newRow("quoted local part") << u"\"quoted,name\"@example.com"_s << true;
        QTest::newRow("hyphenated domain") << u"x@my-shop.example"_s << true;
        QTest::newRow("no at") << u"ann.example.com"_s << false;
        QTest::newRow("two ats") << u"@at.start@example.net"_s << false;
        QTest::newRow("no domain") << u"ann@"_s << false;
        QTest::newRow("no local part") << u"@example.com"_s << false;
        QTest::newRow("single-label domain") << u"root@localhost"_s << false;
        QTest::newRow("space") << u"a b@example.com"_s << false;
        QTest::newRow("tab") << u"tab\tuser@example.com"_s << false;
        QTest::newRow("comma") << u"comma,user@example.com"_s << false;
        QTest::newRow("double dot") << u"a..b@example.com"_s << false;
        QTest::newRow("trailing dot") << u"a.@example.com"_s << false;
        QTest::newRow("domain starts with hyphen") << u"a@-x.com"_s << false;
        QTest::newRow("numeric tld") << u"a@1.2"_s << false;
        QTest::newRow("display name form") << u"Ann <ann@example.com>"_s << false;
        QTest::newRow("local part of 65") << QString(65, u'a') + u"@x.com"_s << false;
        QTest::newRow("local part of 64") << QString(64, u'a') + u"@x.com"_s << true;
    }

    void isEmailAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(AddressList::isEmailAddress(text), valid);
    }

    void text_isTrimmedFoldedAndKeepsInvalidLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<int>("duplicates");
        QTest::newRow("one a line, trimmed")
            << u"  ann@x.com \n\tbob@y.org\t\n"_s << QStringList{u"ann@x.com"_s, u"bob@y.org"_s} << 0;
        QTest::newRow("duplicates in other case keep the first spelling and place")
            << u"Ann@X.com\nbob@y.org\nann@x.COM\nANN@x.com\nBOB@Y.ORG"_s
            << QStringList{u"Ann@X.com"_s, u"bob@y.org"_s} << 3;
        QTest::newRow("plus addresses are valid and distinct from the plain one")
            << u"a+b@x.com\na@x.com\nA+B@X.COM"_s << QStringList{u"a+b@x.com"_s, u"a@x.com"_s} << 1;
        QTest::newRow("blank lines and comments are skipped")
            << u"\n# ticket 4711: reset mails\nann@x.com\n   \n  # indented comment\n\n"_s
            << QStringList{u"ann@x.com"_s} << 0;
        QTest::newRow("invalid lines stay at their place")
            << u"ann@x.com\nnot an address\nbob@\nann@x.com\ncy@z.net\nx@y"_s
            << QStringList{u"ann@x.com"_s, u"!not an address"_s, u"!bob@"_s, u"cy@z.net"_s, u"!x@y"_s} << 1;
        QTest::newRow("an invalid line repeated is reported each time")
            << u"oops\nann@x.com\noops"_s << QStringList{u"!oops"_s, u"ann@x.com"_s, u"!oops"_s} << 0;
        QTest::newRow("CRLF line ends")
            << u"ann@x.com\r\nbob@y.org\r\n"_s << QStringList{u"ann@x.com"_s, u"bob@y.org"_s} << 0;
        QTest::newRow("nothing but comments") << u"# none yet\n"_s << QStringList{} << 0;
    }

    void text_isTrimmedFoldedAndKeepsInvalidLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, entries);
        QFETCH(int, duplicates);
        QString error;
        const auto list = AddressList::fromText(text, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(describe(*list), entries);
        QCOMPARE(list->duplicateCount(), duplicates);
        QCOMPARE(list->addressCount() + list->invalidCount(), int(entries.size()));
    }

    void text_entriesKnowTheirLine()
    {
        const auto list = AddressList::fromText(u"# head\nann@x.com\n\nbad line\nANN@X.COM\nbob@y.org"_s);
        QVERIFY(list);
        QList<int> lines;
        for (const AddressEntry &e : list->entries())
            lines.append(e.line);
        QCOMPARE(lines, (QList<int>{2, 4, 6}));
        QCOMPARE(list->addresses(), (QStringList{u"ann@x.com"_s, u"bob@y.org"_s}));
    }

    void csv_readsTheNamedColumn_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("entries");
        const QString people =
            u"Name,Email,Note\r\nAnn,ann@x.com,first\r\n\"Smith, Bob\",bob@y.org,\"says \"\"hi\"\"\"\r\n"_s;
        QTest::newRow("by header, any case")
            << people << u"email"_s << QStringList{u"ann@x.com"_s, u"bob@y.org"_s};
        QTest::newRow("by header with spaces around")
            << u" Name , E-mail \nAnn, ann@x.com \n"_s << u"e-mail"_s << QStringList{u"ann@x.com"_s};
        QTest::newRow("by number: a header row is skipped")
            << people << u"2"_s << QStringList{u"ann@x.com"_s, u"bob@y.org"_s};
        QTest::newRow("by number: no header row")
            << u"ann@x.com,1\nbob@y.org,2\n"_s << u"1"_s << QStringList{u"ann@x.com"_s, u"bob@y.org"_s};
        QTest::newRow("quoted cells: delimiter, doubled quotes, line break")
            << u"id,addr\n1,\"\"\"quoted,name\"\"@example.com\"\n2,\"multi\nline\"\n3,\"cy@z.net\"\n"_s
            << u"addr"_s << QStringList{u"\"quoted,name\"@example.com"_s, u"!multi\nline"_s, u"cy@z.net"_s};
        QTest::newRow("semicolon delimiter (spreadsheets in many locales)")
            << u"Email;Name\nann@x.com;Ann\n\"bob@y.org\";\"Bob; Jr\"\n"_s << u"Email"_s
            << QStringList{u"ann@x.com"_s, u"bob@y.org"_s};
        QTest::newRow("short rows have blank cells")
            << u"a,b,c\n1,2\n3,4,cy@z.net\n5\n"_s << u"3"_s << QStringList{u"cy@z.net"_s};
        QTest::newRow("default: the first column") << u"Email,Name\nAnn@x.com,Ann\nann@X.com,Ann again\n"_s
                                                   << QString() << QStringList{u"Ann@x.com"_s};
    }

    void csv_readsTheNamedColumn()
    {
        QFETCH(QString, csv);
        QFETCH(QString, column);
        QFETCH(QStringList, entries);
        QString error;
        const auto list =
            AddressList::fromCsv(csv, AddressColumn::parse(column).value_or(AddressColumn{}), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(describe(*list), entries);
    }

    void csv_refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown header names the columns")
            << u"Name,Email\nAnn,ann@x.com\n"_s << u"mail"_s
            << u"No column is named 'mail' in the first row. Its columns are: 'Name', 'Email'."_s;
        QTest::newRow("column beyond the widest row")
            << u"Name,Email\nAnn,ann@x.com\n"_s << u"5"_s << u"There is no column 5"_s;
        QTest::newRow("unterminated quote") << u"Email\nann@x.com\n\"bob@y.org\ncy@z.net\n"_s << u"1"_s
                                            << u"quoted field that starts on line 3"_s;
    }

    void csv_refusesWhatItCannotRead()
    {
        QFETCH(QString, csv);
        QFETCH(QString, column);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!AddressList::fromCsv(csv, *AddressColumn::parse(column), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void columnSpec_numberOrHeader()
    {
        QCOMPARE(AddressColumn::parse(u"3"_s)->number, 3);
        QCOMPARE(AddressColumn::parse(u" Email "_s)->header, u"Email"_s);
        QVERIFY(!AddressColumn::parse(u"0"_s));
        QVERIFY(!AddressColumn::parse(u"  "_s));
    }

    void xlsx_readsAColumnOfTheFirstSheet_data()
    {
        QTest::addColumn<bool>("constantMemory"); // true: inline strings, false: shared strings
        QTest::addColumn<QString>("column");
        for (bool inlineStrings : {false, true})
            for (const QString &column : {u"email"_s, u"2"_s}) {
                const QByteArray name = QByteArray(inlineStrings ? "inline strings" : "shared strings") +
                                        " / column " + column.toUtf8();
                QTest::newRow(name.constData()) << inlineStrings << column;
            }
    }

    void xlsx_readsAColumnOfTheFirstSheet()
    {
        QFETCH(bool, constantMemory);
        QFETCH(QString, column);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray book =
            xlsxBook(dir,
                     {{0, 0, u"Customer"_s},
                      {0, 1, u"Email"_s},
                      {1, 0, u"Ann"_s},
                      {1, 1, u" Ann@X.com "_s},
                      {2, 1, u"+plus.sign@example.com"_s},
                      {3, 1, u"ann@x.com"_s},
                      {5, 1, u"not an address"_s},
                      {6, 1, u"用户@例子.中国"_s},
                      {7, 1, u"# note"_s}},
                     constantMemory, {{0, 0, u"Email"_s}, {1, 0, u"other@sheet.example"_s}});
        QVERIFY(!book.isEmpty());
        QCOMPARE(AddressList::guessFormat(book, u"list.txt"_s, false), AddressList::Format::Xlsx);
        QString error;
        const auto list = AddressList::fromXlsx(book, *AddressColumn::parse(column), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(describe(*list), (QStringList{u"Ann@X.com"_s, u"+plus.sign@example.com"_s,
                                               u"!not an address"_s, u"用户@例子.中国"_s}));
        QList<int> rows;
        for (const AddressEntry &e : list->entries())
            rows.append(e.line);
        QCOMPARE(rows, (QList<int>{2, 3, 6, 7})); // sheet row numbers, the empty row 5 included
        QCOMPARE(list->duplicateCount(), 1);
    }

    void xlsx_refusesWhatIsNoWorkbook()
    {
        QString error;
        QVERIFY(!AddressList::fromXlsx("PK\x03\x04 not really a zip", {}, &error));
        QVERIFY2(error.contains(u"not an XLSX workbook"_s), qPrintable(error));
        QTemporaryDir dir;
        const QByteArray book = xlsxBook(dir, {{0, 0, u"ann@x.com"_s}}, false);
        error.clear();
        QVERIFY(!AddressList::fromXlsx(book.left(book.size() / 2), {}, &error)); // truncated download
        QVERIFY(!error.isEmpty());
    }

    // Found by fuzz_xlsxreader: a reference past column XFD made the reader pad the row to it
    // (or overflow an int), and a non-ASCII "letter" counted as a column letter.
    void xlsx_ignoresReferencesBeyondTheGrid_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("lines");
        const QByteArray ann = "<c r=\"A1\" t=\"inlineStr\"><is><t>ann@x.com</t></is></c>";
        QTest::newRow("a column past XFD")
            << "<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>far@x.com</t></is></c>" + ann + "</row>"
            << QStringList{u"ann@x.com"_s} << QList<int>{1};
        QTest::newRow("a column that would overflow")
            << "<row r=\"1\"><c r=\"ZZZZZZZZZZZZZZ1\"><v>1</v></c>" + ann + "</row>"
            << QStringList{u"ann@x.com"_s} << QList<int>{1};
        QTest::newRow("non-ASCII letters name no column")
            << QByteArray("<row r=\"1\"><c r=\"\xc3\x84\xc3\x85"
                          "1\" t=\"inlineStr\"><is><t>ann@x.com</t></is></c></row>")
            << QStringList{u"ann@x.com"_s} << QList<int>{1};
        QTest::newRow("a row past the last one")
            << "<row r=\"2147483647\">" + ann +
                   "</row><row><c t=\"inlineStr\"><is><t>bob@x.com</t></is></c></row>"
            << QStringList{u"ann@x.com"_s, u"bob@x.com"_s} << QList<int>{1, 2};
    }

    void xlsx_ignoresReferencesBeyondTheGrid()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, lines);
        QTemporaryDir dir;
        const QByteArray book = sheetBook(dir, sheetOf(rows));
        QVERIFY(!book.isEmpty());
        QString error;
        const auto table = readXlsxRows(book, &error);
        QVERIFY2(table, qPrintable(error));
        for (const TableRow &row : *table)
            QVERIFY(row.cells.size() <= 16384);
        const auto list = AddressList::fromXlsx(book, {}, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(describe(*list), expected);
        QList<int> got;
        for (const AddressEntry &e : list->entries())
            got.append(e.line);
        QCOMPARE(got, lines);
    }

    void xlsx_keepsTheLastColumnXfd()
    {
        QTemporaryDir dir;
        const QByteArray book = sheetBook(dir, sheetOf("<row r=\"1\"><c r=\"XFD1\"><v>7</v></c></row>"));
        const auto table = readXlsxRows(book);
        QVERIFY(table && table->size() == 1);
        QCOMPARE(table->first().cells.size(), 16384);
        QCOMPARE(table->first().cells.last(), u"7"_s);
    }

    // Each row reaching XFD costs 16,384 cells: a few KB of XML must not become gigabytes.
    void xlsx_refusesASheetOfTooManyCells()
    {
        QTemporaryDir dir;
        const QByteArray book =
            sheetBook(dir, sheetOf(QByteArray("<row><c r=\"XFD1\"/></row>").repeated(250)));
        QString error;
        QVERIFY(!readXlsxRows(book, &error));
        QVERIFY2(error.contains(u"cells"_s), qPrintable(error));
    }

    void bytes_decodeByBom_andGuessTheFormat()
    {
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : u"ann@x.com\nbob@y.org\n"_s) {
            utf16.append(char(c.unicode() & 0xFF));
            utf16.append(char(c.unicode() >> 8));
        }
        auto list = AddressList::fromBytes(utf16, AddressList::Format::Text);
        QVERIFY(list);
        QCOMPARE(list->addresses(), (QStringList{u"ann@x.com"_s, u"bob@y.org"_s}));
        // A UTF-8 BOM must not stick to the first header.
        list = AddressList::fromBytes("\xEF\xBB\xBF"
                                      "Email,Name\nann@x.com,Ann\n",
                                      AddressList::Format::Csv, {u"email"_s, 0});
        QVERIFY(list);
        QCOMPARE(list->addresses(), QStringList{u"ann@x.com"_s});
        QCOMPARE(AddressList::guessFormat("a@x.com\n", u"list.CSV"_s, false), AddressList::Format::Csv);
        QCOMPARE(AddressList::guessFormat("a@x.com\n", u"list.txt"_s, true), AddressList::Format::Csv);
        QCOMPARE(AddressList::guessFormat("a@x.com\n", u"list.txt"_s, false), AddressList::Format::Text);
    }

    void cap_tenThousandDistinctAddresses_data()
    {
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("extraDuplicates");
        QTest::addColumn<int>("extraInvalid");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly 10,000") << 10000 << 0 << 0 << true;
        QTest::newRow("10,000 plus duplicates and invalid lines") << 10000 << 500 << 500 << true;
        QTest::newRow("10,001") << 10001 << 0 << 0 << false;
    }

    void cap_tenThousandDistinctAddresses()
    {
        QFETCH(int, distinct);
        QFETCH(int, extraDuplicates);
        QFETCH(int, extraInvalid);
        QFETCH(bool, accepted);
        QString text;
        for (int i = 0; i < distinct; ++i)
            text += u"user%1@example.com\n"_s.arg(i);
        for (int i = 0; i < extraDuplicates; ++i)
            text += u"USER%1@EXAMPLE.COM\n"_s.arg(i);
        for (int i = 0; i < extraInvalid; ++i)
            text += u"not an address %1\n"_s.arg(i);
        QString error;
        const auto list = AddressList::fromText(text, &error);
        QCOMPARE(bool(list), accepted);
        if (accepted) {
            QCOMPARE(list->addressCount(), distinct);
            QCOMPARE(list->duplicateCount(), extraDuplicates);
            QCOMPARE(list->invalidCount(), extraInvalid);
        } else {
            // "10,000" or "10000", as the locale writes numbers.
            QVERIFY2(error.contains(u"more than %L1"_s.arg(AddressList::kMaxAddresses)), qPrintable(error));
        }
        // The same cap holds for a CSV column.
        const auto csv = AddressList::fromCsv(u"Email\n"_s + text, {u"Email"_s, 0});
        QCOMPARE(bool(csv), accepted);
    }
};

QTEST_GUILESS_MAIN(tst_LookupAddressList)
#include "tst_lookupaddresslist.moc"
