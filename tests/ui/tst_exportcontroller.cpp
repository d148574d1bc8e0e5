#include "exportcontroller.h"
#include "exportprogressdialog.h"
#include "filesizelimit.h"
#include "queryform.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestExportController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void exportLoadedRows_writesCsvThatReadsBack();
    void exportWholeQuery_fetchesEveryPage();
    void cancelWholeQueryExport_leavesNothingBehind();
    void diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris_data();
    void diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris();

private:
    static ExportRequest csvRequest(const QString &path, bool wholeQuery);
    static QStringList readLines(const QString &path);
    static QStringList parseCsvLine(const QString &line);
};

// RFC 4180 fields of one line (the test data has no line breaks inside cells).
QStringList TestExportController::parseCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

ExportRequest TestExportController::csvRequest(const QString &path, bool wholeQuery)
{
    ExportRequest request;
    request.wholeQuery = wholeQuery;
    request.options.format = ExportFormat::Csv;
    request.options.csvPreset = CsvPreset::Plain;
    request.options.columns = {ExportColumn::Time, ExportColumn::Status, ExportColumn::Recipient,
                               ExportColumn::Sender};
    request.options.timeZone = ExportTimeZone::utc();
    request.options.formulaGuard = false; // compare the cells byte for byte
    request.options.targetPath = path;
    return request;
}

QStringList TestExportController::readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void TestExportController::exportLoadedRows_writesCsvThatReadsBack()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"loaded.csv"_s);
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    window->exporter()->startExport(csvRequest(path, false));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toString(), path);

    const QStringList lines = readLines(path);
    auto *model = window->model();
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QVERIFY(lines.at(0).contains(u"Recipient"_s));
    QVERIFY(!lines.at(0).startsWith(QChar(0xFEFF))); // plain CSV: no BOM
    QStringList exported;
    for (qsizetype i = 1; i < lines.size(); ++i)
        exported << parseCsvLine(lines.at(i)).value(2);
    QStringList loaded;
    for (int row = 0; row < model->rowCount(); ++row)
        loaded << model->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>().toAddress;
    exported.sort();
    loaded.sort();
    QCOMPARE(exported, loaded);
    auto *progress = window->exporter()->progressDialog();
    QVERIFY(progress);
    QVERIFY(progress->isDone());
    QVERIFY(progress->findChild<QWidget *>(u"openFolderButton"_s)->isVisible());
}

void TestExportController::exportWholeQuery_fetchesEveryPage()
{
    auto window = uitest::demoWindow(0, 2000);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    const MailQuery query = *window->model()->query();
    SandboxQuery expected;
    expected.start = query.start;
    expected.end = query.end;
    // The sandbox sees whole minutes, like the service.
    const auto windows = splitWindows(query.start, query.end);
    expected.start = windows.constLast().start;
    expected.end = windows.constFirst().end;
    const qsizetype total = uitest::sandbox(window)->dataset().select(expected).size();
    QVERIFY(total > window->model()->rowCount()); // more than the first page

    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.csv"_s);
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    window->exporter()->startExport(csvRequest(path, true));
    QVERIFY(finished.wait(40000));
    QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(total));
    QCOMPARE(readLines(path).size(), total + 1);
}

void TestExportController::cancelWholeQueryExport_leavesNothingBehind()
{
    auto window = uitest::demoWindow(300);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cancelled.csv"_s);
    QSignalSpy cancelled(window->exporter(), &ExportController::exportCancelled);
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    window->exporter()->startExport(csvRequest(path, true));
    QVERIFY(window->exporter()->isRunning());
    QTest::qWait(150); // a page is in flight
    auto *progress = window->exporter()->progressDialog();
    QTest::keyClick(progress, Qt::Key_Escape); // Esc cancels, like the Cancel button
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(!window->exporter()->isRunning());
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QVERIFY(progress->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"No file was written"_s));
}

void TestExportController::diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << ExportFormat::Csv << u"rows.csv"_s;
    QTest::newRow("xlsx") << ExportFormat::Xlsx << u"rows.xlsx"_s;
    QTest::newRow("jsonl") << ExportFormat::Jsonl << u"rows.jsonl"_s;
}

void TestExportController::diskFull_failsInWords_keepsTheOldFileAndLeavesNoDebris()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, fileName);
    constexpr rlim_t kLimit = 4096;
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    ExportRequest request = csvRequest(path, false);
    request.options.format = format;
    request.options.columns = allExportColumns();
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    QSignalSpy failed(window->exporter(), &ExportController::exportFailed);
    window->exporter()->startExport(request); // the earlier export, which must survive
    QVERIFY(finished.wait(20000));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    const QByteArray before = old.readAll();
    old.close();
    QVERIFY(qint64(before.size()) > qint64(kLimit)); // so the second export cannot fit
    {
        // The whole process: the export's worker thread writes under it.
        testsupport::FileSizeLimit limit(kLimit);
        QVERIFY(limit.isActive());
        window->exporter()->startExport(request);
        QVERIFY(failed.wait(20000));
    }
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"Could not write \"%1\": the disk is full or the file is too large ("_s.arg(
                 QDir::toNativeSeparators(path))),
             qPrintable(message));
    auto *progress = window->exporter()->progressDialog();
    QVERIFY(progress);
    QVERIFY(progress->findChild<QLabel *>(u"resultLabel"_s)->text().contains(u"the disk is full"_s));
    QCOMPARE(finished.size(), 1);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{fileName});
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
