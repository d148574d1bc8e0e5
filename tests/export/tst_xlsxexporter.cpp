#include "export/exporter.h"
#include "exporttestsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::testsupport;

namespace {

const QString kDataDir = QStringLiteral(SENDTRAIL_TEST_DATA_DIR);
const QString kInspector = QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/../xlsx_inspect.py");

QString fieldText(const MailRecord &r, ExportColumn c)
{
    static const QStringList statusWords{u"Delivered"_s, u"?"_s, u"Invalid address"_s, u"Spam"_s,
                                         u"Failed"_s};
    switch (c) {
    case ExportColumn::Time:
        return QDateTime::fromSecsSinceEpoch(r.utcSeconds, QTimeZone(8 * 3600))
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ExportColumn::Status:
        return r.status == DeliveryStatus::Unknown ? u"Unknown"_s : statusWords.at(int(r.status));
    case ExportColumn::Recipient:
        return r.toAddress;
    case ExportColumn::Sender:
        return r.accountName;
    case ExportColumn::Subject:
        return r.subject;
    case ExportColumn::Classification:
        return r.errorClassification;
    case ExportColumn::Message:
        return r.message;
    case ExportColumn::IpPoolId:
        return r.ipPoolId;
    case ExportColumn::IpPoolName:
        return r.ipPoolName;
    case ExportColumn::ConfigSetId:
        return r.configSetId;
    case ExportColumn::ConfigSetName:
        return r.configSetName;
    case ExportColumn::LastUpdateTimeRaw:
        return r.lastUpdateTime;
    case ExportColumn::UnixTime:
        return QString::number(r.utcSeconds);
    }
    return {};
}

// The text Excel shows: XML-illegal characters gone, at most 32,767 characters, nothing else changed.
QString expectedXlsxCell(const MailRecord &r, ExportColumn c)
{
    QString text;
    for (const QChar ch : fieldText(r, c)) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            continue;
        text += ch;
    }
    return text.left(32767);
}

struct Inspection
{
    QJsonObject root;
    QJsonArray sheets() const { return root.value(u"sheets").toArray(); }
};

// Fills book from xlsx_inspect.py; on failure returns why (so the test fails cleanly).
QByteArray inspect(const QString &path, Inspection &book)
{
    const QString python = findPython({u"openpyxl"_s});
    if (python.isEmpty())
        return "python3 with openpyxl is required (Debian: python3-openpyxl)";
    const ProcessResult run = runProcess(python, {kInspector, path}, 120000);
    if (run.exitCode != 0)
        return "xlsx_inspect.py failed: " + run.err;
    book.root = QJsonDocument::fromJson(run.out).object();
    return book.root.isEmpty() ? QByteArray("xlsx_inspect.py printed no JSON") : QByteArray();
}

QStringList rowTexts(const QJsonArray &row)
{
    QStringList texts;
    for (const QJsonValue &v : row)
        texts << v.toString(u"<not a string>"_s);
    return texts;
}

} // namespace

class TestXlsxExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void export_hostileInput_readsBackAsPlainText_data();
    void export_hostileInput_readsBackAsPlainText();
    void export_rollsOverToFurtherSheetsWithHeaders_data();
    void export_rollsOverToFurtherSheetsWithHeaders();
    void export_guardAndAutofilterOff_leaveNoTextFormatOrFilter();
};

void TestXlsxExporter::export_hostileInput_readsBackAsPlainText_data()
{
    QTest::addColumn<XlsxStaging>("staging");
    QTest::newRow("straight into the QSaveFile (/proc/self/fd)") << XlsxStaging::ProcFd;
    QTest::newRow("staging file then copy") << XlsxStaging::StagingCopy;
}

void TestXlsxExporter::export_hostileInput_readsBackAsPlainText()
{
    QFETCH(XlsxStaging, staging);
    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.columns = allExportColumns();
    options.timeZone = ExportTimeZone::fixedOffset(8 * 3600);
    options.targetPath = dir.filePath(u"records.xlsx"_s);
    options.xlsxStaging = staging;
    const ExportResult result = Exporter::run(*source, options);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.rowsWritten, 11);
    QCOMPARE(result.sheetCount, 1);
    QCOMPARE(result.truncatedCells, 1);
    QCOMPARE(dirEntries(dir.path()), QStringList{u"records.xlsx"_s});

    Inspection book;
    const QByteArray problem = inspect(options.targetPath, book);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QCOMPARE(book.root.value(u"formula_elements").toInt(-1), 0);
    QCOMPARE(book.sheets().size(), 1);
    const QJsonObject sheet = book.sheets().at(0).toObject();
    QCOMPARE(sheet.value(u"name").toString(), u"Records"_s);
    QCOMPARE(sheet.value(u"max_row").toInt(), 12);
    QCOMPARE(sheet.value(u"max_column").toInt(), 13);
    QCOMPARE(sheet.value(u"freeze_panes").toString(), u"A2"_s);
    QCOMPARE(sheet.value(u"autofilter").toString(), u"A1:M12"_s);
    QVERIFY(sheet.value(u"header_bold").toBool());
    // Strings, and date-times ('d': numbers with a date format) for the Time column only; never
    // a formula ('f') nor a bare number ('n').
    QCOMPARE(sheet.value(u"data_types").toArray(), (QJsonArray{u"d"_s, u"s"_s}));
    QJsonArray expectedDates;
    for (int row = 2; row <= 12; ++row)
        expectedDates.append(QJsonArray{row, 1, u"yyyy-mm-dd hh:mm:ss"_s});
    QCOMPARE(sheet.value(u"date_cells").toArray(), expectedDates);
    const QJsonArray widths = sheet.value(u"widths").toArray();
    for (qsizetype c = 0; c < options.columns.size(); ++c)
        QVERIFY(widths.at(c).toDouble() >= exportColumnWidth(options.columns.at(c)));

    const QJsonArray rows = sheet.value(u"rows").toArray();
    QCOMPARE(rowTexts(rows.at(0).toArray()).first(), u"Time (UTC+08:00)"_s);
    QJsonArray expectedTextFormat;
    for (qsizetype i = 0; i < source->count(); ++i) {
        const QStringList cells = rowTexts(rows.at(i + 1).toArray());
        for (qsizetype c = 0; c < options.columns.size(); ++c) {
            const QString expected = expectedXlsxCell(source->record(i), options.columns.at(c));
            QVERIFY2(cells.at(c) == expected,
                     qPrintable(u"row %1 column %2: «%3» vs «%4»"_s.arg(i).arg(c).arg(cells.at(c).left(60),
                                                                                      expected.left(60))));
            if (!expected.isEmpty() && u"=+-@\t\r\n"_s.contains(expected.front()))
                expectedTextFormat.append(QJsonArray{i + 2, c + 1});
        }
    }
    QVERIFY(expectedTextFormat.size() >= 8);
    QCOMPARE(sheet.value(u"text_format_cells").toArray(), expectedTextFormat);
}

void TestXlsxExporter::export_rollsOverToFurtherSheetsWithHeaders_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("sheetRows"); // max_row per sheet, header included
    // A limit of 4 rows per sheet: a header and 3 records.
    QTest::newRow("empty") << 0 << QList<int>{1};
    QTest::newRow("exactly one sheet") << 3 << QList<int>{4};
    QTest::newRow("one over") << 4 << QList<int>{4, 2};
    QTest::newRow("ten") << 10 << QList<int>{4, 4, 4, 2};
}

void TestXlsxExporter::export_rollsOverToFurtherSheetsWithHeaders()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, sheetRows);
    const auto source = makeRealisticSource(rows);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.columns = {ExportColumn::Recipient, ExportColumn::Status};
    options.targetPath = dir.filePath(u"rollover.xlsx"_s);
    options.xlsxRowsPerSheet = 4;
    const ExportResult result = Exporter::run(*source, options);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.sheetCount, sheetRows.size());

    Inspection book;
    const QByteArray problem = inspect(options.targetPath, book);
    QVERIFY2(problem.isEmpty(), problem.constData());
    const QJsonArray sheets = book.sheets();
    QCOMPARE(sheets.size(), sheetRows.size());
    qsizetype next = 0;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QJsonObject sheet = sheets.at(s).toObject();
        QCOMPARE(sheet.value(u"name").toString(), s == 0 ? u"Records"_s : u"Records (%1)"_s.arg(s + 1));
        QCOMPARE(sheet.value(u"max_row").toInt(), sheetRows.at(s));
        QCOMPARE(sheet.value(u"freeze_panes").toString(), u"A2"_s);
        QCOMPARE(sheet.value(u"autofilter").toString(), u"A1:B%1"_s.arg(sheetRows.at(s)));
        const QJsonArray sheetRowsJson = sheet.value(u"rows").toArray();
        QCOMPARE(rowTexts(sheetRowsJson.at(0).toArray()), (QStringList{u"Recipient"_s, u"Status"_s}));
        for (qsizetype r = 1; r < sheetRowsJson.size(); ++r, ++next)
            QCOMPARE(rowTexts(sheetRowsJson.at(r).toArray()).first(), source->record(next).toAddress);
    }
    QCOMPARE(next, rows); // every record once, in order
}

void TestXlsxExporter::export_guardAndAutofilterOff_leaveNoTextFormatOrFilter()
{
    VectorExportSource source;
    MailRecord r;
    r.subject = u"=1+1"_s;
    source.append(r);
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.columns = {ExportColumn::Subject};
    options.formulaGuard = false;
    options.xlsxAutofilter = false;
    options.targetPath = dir.filePath(u"plain.xlsx"_s);
    QVERIFY(Exporter::run(source, options).ok());
    Inspection book;
    const QByteArray problem = inspect(options.targetPath, book);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QCOMPARE(book.root.value(u"formula_elements").toInt(-1), 0);
    const QJsonObject sheet = book.sheets().at(0).toObject();
    QCOMPARE(sheet.value(u"text_format_cells").toArray(), QJsonArray());
    QVERIFY(sheet.value(u"autofilter").isNull());
    QCOMPARE(rowTexts(sheet.value(u"rows").toArray().at(1).toArray()), QStringList{u"=1+1"_s});
    QCOMPARE(sheet.value(u"data_types").toArray(), QJsonArray{u"s"_s});
}

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"
