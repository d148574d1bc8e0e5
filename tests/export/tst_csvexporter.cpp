#include "export/csvexporter.h"
#include "export/csvwriter.h"
#include "export/exporter.h"
#include "exporttestsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::testsupport;

namespace {

const QString kDataDir = QStringLiteral(SENDTRAIL_TEST_DATA_DIR);

// Readers of the golden files get a precise pointer to the first differing byte.
QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    return "sizes " + QByteArray::number(actual.size()) + "/" + QByteArray::number(expected.size()) +
           ", first difference at byte " + QByteArray::number(i) + ": actual «" +
           actual.mid(std::max<qsizetype>(0, i - 20), 60).toPercentEncoding(" ,;\"'=+-@") + "» expected «" +
           expected.mid(std::max<qsizetype>(0, i - 20), 60).toPercentEncoding(" ,;\"'=+-@") + "»";
}

QString statusWord(DeliveryStatus s)
{
    switch (s) {
    case DeliveryStatus::Delivered:
        return u"Delivered"_s;
    case DeliveryStatus::InvalidAddress:
        return u"Invalid address"_s;
    case DeliveryStatus::Spam:
        return u"Spam"_s;
    case DeliveryStatus::Failed:
        return u"Failed"_s;
    case DeliveryStatus::Unknown:
        break;
    }
    return u"Unknown"_s;
}

// What a spreadsheet user should see in a cell, computed without the exporter's own code.
QString expectedCell(const MailRecord &r, ExportColumn c, bool guard, int offsetSeconds)
{
    QString text;
    switch (c) {
    case ExportColumn::Time:
        text = QDateTime::fromSecsSinceEpoch(r.utcSeconds, QTimeZone(offsetSeconds))
                   .toString(u"yyyy-MM-dd HH:mm:ss"_s);
        break;
    case ExportColumn::Status:
        text = statusWord(r.status);
        break;
    case ExportColumn::Recipient:
        text = r.toAddress;
        break;
    case ExportColumn::Sender:
        text = r.accountName;
        break;
    case ExportColumn::Subject:
        text = r.subject;
        break;
    case ExportColumn::Message:
        text = r.message;
        break;
    case ExportColumn::Classification:
        text = r.errorClassification;
        break;
    case ExportColumn::IpPoolName:
        text = r.ipPoolName;
        break;
    case ExportColumn::ConfigSetName:
        text = r.configSetName;
        break;
    default:
        qFatal("column not used by these tests");
    }
    const bool risky = guard && !text.isEmpty() && u"=+-@\t\r\n"_s.append(QChar(0)).contains(text.front());
    text = (risky ? u"'"_s : QString()) + text.left(32767 - (risky ? 1 : 0));
    return text.remove(QChar(0));
}

} // namespace

class TestCsvExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_hostileInput_matchesGoldenBytes_data();
    void write_hostileInput_matchesGoldenBytes();
    void exportedFile_pythonCsvReadsBackEveryCell_data();
    void exportedFile_pythonCsvReadsBackEveryCell();
    void writeCell_quotesAndGuardsPerRfc4180AndOwasp_data();
    void writeCell_quotesAndGuardsPerRfc4180AndOwasp();
    void write_excelPresetHasBomPlainHasNone();
    void write_followsTheGivenRowOrder();
    void write_invalidRowOrder_fails();
    void write_cancelFlag_stopsWithinOneCheckInterval();
    void write_reportsProgressUpToTheTotal();
};

void TestCsvExporter::write_hostileInput_matchesGoldenBytes_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<ExportOptions>("options");
    ExportOptions excel;
    excel.csvPreset = CsvPreset::Excel;
    excel.delimiter = CsvDelimiter::Comma;
    excel.timeZone = ExportTimeZone::fixedOffset(8 * 3600);
    excel.columns = allExportColumns();
    QTest::newRow("excel, comma, UTC+8, all columns") << u"hostile_excel_comma_utc8.csv"_s << excel;

    ExportOptions plain;
    plain.csvPreset = CsvPreset::Plain;
    plain.delimiter = CsvDelimiter::Semicolon;
    QTest::newRow("plain, semicolon, UTC, default columns") << u"hostile_plain_semicolon_utc.csv"_s << plain;

    plain.delimiter = CsvDelimiter::Tab;
    plain.formulaGuard = false;
    QTest::newRow("plain, tab, guard off") << u"hostile_plain_tab_noguard.csv"_s << plain;
}

void TestCsvExporter::write_hostileInput_matchesGoldenBytes()
{
    QFETCH(QString, golden);
    QFETCH(ExportOptions, options);
    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    QCOMPARE(source->count(), 11);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = CsvExporter::write(*source, options, buffer);
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.rowsWritten, 11);
    QCOMPARE(result.truncatedCells, 1); // the 40,000-character subject

    const QString goldenPath = kDataDir + u'/' + golden;
    if (qEnvironmentVariableIsSet("SENDTRAIL_UPDATE_GOLDENS")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(buffer.data()) == buffer.data().size());
    }
    const QByteArray expected = readAll(goldenPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
    QVERIFY2(buffer.data() == expected, firstDifference(buffer.data(), expected).constData());
}

void TestCsvExporter::exportedFile_pythonCsvReadsBackEveryCell_data()
{
    QTest::addColumn<CsvDelimiter>("delimiter");
    QTest::addColumn<QString>("pythonDelimiter");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<CsvPreset>("preset");
    QTest::newRow("comma, guard, excel") << CsvDelimiter::Comma << u","_s << true << CsvPreset::Excel;
    QTest::newRow("semicolon, guard, plain") << CsvDelimiter::Semicolon << u";"_s << true << CsvPreset::Plain;
    QTest::newRow("tab, no guard, plain") << CsvDelimiter::Tab << u"\t"_s << false << CsvPreset::Plain;
    QTest::newRow("comma, no guard, excel") << CsvDelimiter::Comma << u","_s << false << CsvPreset::Excel;
}

void TestCsvExporter::exportedFile_pythonCsvReadsBackEveryCell()
{
    QFETCH(CsvDelimiter, delimiter);
    QFETCH(QString, pythonDelimiter);
    QFETCH(bool, guard);
    QFETCH(CsvPreset, preset);
    const QString python = findPython();
    QVERIFY2(!python.isEmpty(), "python3 is required");

    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    QTemporaryDir dir;
    ExportOptions options;
    options.delimiter = delimiter;
    options.formulaGuard = guard;
    options.csvPreset = preset;
    options.timeZone = ExportTimeZone::fixedOffset(8 * 3600);
    options.targetPath = dir.filePath(u"out.csv"_s);
    QVERIFY(Exporter::run(*source, options).ok());

    const QString script = u"import csv,json,sys\n"
                           u"with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                           u"    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
                           u"json.dump(rows, sys.stdout)\n"_s;
    const ProcessResult run = runProcess(python, {u"-c"_s, script, options.targetPath, pythonDelimiter});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), source->count() + 1);

    QStringList header;
    for (const QJsonValue &v : rows.at(0).toArray())
        header << v.toString();
    QCOMPARE(header.first(), u"Time (UTC+08:00)"_s);
    QCOMPARE(header.size(), options.columns.size());
    for (qsizetype i = 0; i < source->count(); ++i) {
        const QJsonArray cells = rows.at(i + 1).toArray();
        QCOMPARE(cells.size(), options.columns.size());
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString expected = expectedCell(source->record(i), options.columns.at(c), guard, 8 * 3600);
            QVERIFY2(cells.at(c).toString() == expected, qPrintable(u"row %1, column %2: %3"_s.arg(i).arg(
                                                             header.at(c), cells.at(c).toString().left(80))));
        }
    }
}

void TestCsvExporter::writeCell_quotesAndGuardsPerRfc4180AndOwasp_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << u"abc"_s << true << QByteArray("abc");
    QTest::newRow("empty") << QString() << true << QByteArray("");
    QTest::newRow("comma") << u"a,b"_s << true << QByteArray("\"a,b\"");
    QTest::newRow("semicolon is not the delimiter") << u"a;b"_s << true << QByteArray("a;b");
    QTest::newRow("quote doubled") << u"say \"hi\""_s << true << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << u"a\nb"_s << true << QByteArray("\"a\nb\"");
    QTest::newRow("crlf") << u"a\r\nb"_s << true << QByteArray("\"a\r\nb\"");
    QTest::newRow("equals guarded") << u"=1+1"_s << true << QByteArray("'=1+1");
    QTest::newRow("equals unguarded") << u"=1+1"_s << false << QByteArray("=1+1");
    QTest::newRow("plus with comma") << u"+1,2"_s << true << QByteArray("\"'+1,2\"");
    QTest::newRow("minus") << u"-2"_s << true << QByteArray("'-2");
    QTest::newRow("at") << u"@x"_s << true << QByteArray("'@x");
    QTest::newRow("tab") << u"\tx"_s << true << QByteArray("'\tx");
    QTest::newRow("leading lf quoted") << u"\nx"_s << true << QByteArray("\"'\nx\"");
    QTest::newRow("leading cr quoted") << u"\rx"_s << true << QByteArray("\"'\rx\"");
    QTest::newRow("nul dropped, still guarded") << (QString(QChar(0)) + u"x"_s) << true << QByteArray("'x");
    QTest::newRow("cjk emoji") << u"池一 \U0001F4E6"_s << true << QByteArray("池一 \xF0\x9F\x93\xA6");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << true << QByteArray("\xEF\xBF\xBD");
}

void TestCsvExporter::writeCell_quotesAndGuardsPerRfc4180AndOwasp()
{
    QFETCH(QString, cell);
    QFETCH(bool, guard);
    QFETCH(QByteArray, bytes);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, {u',', guard});
    writer.writeCell(cell);
    writer.writeCell(u"z"_s);
    writer.endRow();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), bytes + ",z\r\n");
}

void TestCsvExporter::write_excelPresetHasBomPlainHasNone()
{
    VectorExportSource source;
    ExportOptions options;
    options.columns = {ExportColumn::Status};
    for (const CsvPreset preset : {CsvPreset::Excel, CsvPreset::Plain}) {
        options.csvPreset = preset;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(CsvExporter::write(source, options, buffer).ok());
        QCOMPARE(buffer.data(), preset == CsvPreset::Excel ? QByteArray("\xEF\xBB\xBFStatus\r\n")
                                                           : QByteArray("Status\r\n"));
    }
}

void TestCsvExporter::write_followsTheGivenRowOrder()
{
    VectorExportSource source;
    for (const char *subject : {"zero", "one", "two"}) {
        MailRecord r;
        r.subject = QString::fromLatin1(subject);
        source.append(r);
    }
    ExportOptions options;
    options.csvPreset = CsvPreset::Plain;
    options.columns = {ExportColumn::Subject};
    options.rowOrder = QList<qsizetype>{2, 0, 2};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = CsvExporter::write(source, options, buffer);
    QCOMPARE(result.rowsWritten, 3);
    QCOMPARE(buffer.data(), QByteArray("Subject\r\ntwo\r\nzero\r\ntwo\r\n"));
}

void TestCsvExporter::write_invalidRowOrder_fails()
{
    VectorExportSource source;
    source.append(MailRecord{});
    ExportOptions options;
    options.rowOrder = QList<qsizetype>{0, 1};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = CsvExporter::write(source, options, buffer);
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY(result.errorText.contains(u"row order"_s));
}

void TestCsvExporter::write_cancelFlag_stopsWithinOneCheckInterval()
{
    const auto source = makeRealisticSource(50000);
    std::atomic_bool cancel{false};
    ExportControl control;
    control.cancelRequested = &cancel;
    control.checkEveryRows = 1000;
    control.progressed = [&cancel](qint64 rows, qint64) {
        if (rows >= 5000)
            cancel = true;
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = CsvExporter::write(*source, ExportOptions{}, buffer, control);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(result.rowsWritten, 5000);
}

void TestCsvExporter::write_reportsProgressUpToTheTotal()
{
    const auto source = makeRealisticSource(10500);
    QList<qint64> seen;
    ExportControl control;
    control.checkEveryRows = 2500;
    control.progressed = [&seen](qint64 rows, qint64 total) {
        QCOMPARE(total, 10500);
        seen << rows;
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(CsvExporter::write(*source, ExportOptions{}, buffer, control).ok());
    QCOMPARE(seen, (QList<qint64>{2500, 5000, 7500, 10000, 10500}));
    QCOMPARE(buffer.data().count("\r\n"), 10501);
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
