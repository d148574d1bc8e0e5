#include "export/exporter.h"
#include "exporttestsupport.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::testsupport;

namespace {

const QByteArray kOldContents = "the previous export, which must survive\n";

struct Case
{
    ExportFormat format;
    XlsxStaging staging;
    QString fileName;
};

void addFormatRows()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<XlsxStaging>("staging");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << ExportFormat::Csv << XlsxStaging::Auto << u"out.csv"_s;
    QTest::newRow("jsonl") << ExportFormat::Jsonl << XlsxStaging::Auto << u"out.jsonl"_s;
    QTest::newRow("xlsx via /proc/self/fd") << ExportFormat::Xlsx << XlsxStaging::ProcFd << u"out.xlsx"_s;
    QTest::newRow("xlsx via staging copy") << ExportFormat::Xlsx << XlsxStaging::StagingCopy << u"out.xlsx"_s;
}

ExportOptions optionsFor(ExportFormat format, XlsxStaging staging, const QString &target)
{
    ExportOptions options;
    options.format = format;
    options.xlsxStaging = staging;
    options.targetPath = target;
    return options;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void run_success_replacesTheTargetAndLeavesNoDebris_data() { addFormatRows(); }
    void run_success_replacesTheTargetAndLeavesNoDebris();
    void run_cancelledMidway_leavesOldTargetAndNoDebris_data() { addFormatRows(); }
    void run_cancelledMidway_leavesOldTargetAndNoDebris();
    void run_cancelledWithoutOldTarget_createsNothing_data() { addFormatRows(); }
    void run_cancelledWithoutOldTarget_createsNothing();
    void run_cancelledAfterTheLastRow_stillCommitsNothing_data() { addFormatRows(); }
    void run_cancelledAfterTheLastRow_stillCommitsNothing();
    void run_writeFailsMidway_reportsPathAndKeepsOldTarget_data() { addFormatRows(); }
    void run_writeFailsMidway_reportsPathAndKeepsOldTarget();
    void run_xlsxContainerWriteFails_reportsPathAndKeepsOldTarget_data();
    void run_xlsxContainerWriteFails_reportsPathAndKeepsOldTarget();
    void run_parentDirectoryMissing_failsWithPath_data() { addFormatRows(); }
    void run_parentDirectoryMissing_failsWithPath();
    void run_targetIsADirectory_failsAndLeavesItAlone();
    void run_emptyTargetPath_fails();

private:
    std::shared_ptr<VectorExportSource> m_source;
};

void TestExporter::initTestCase()
{
    m_source = makeRealisticSource(40000);
}

void TestExporter::run_success_replacesTheTargetAndLeavesNoDebris()
{
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString target = dir.filePath(fileName);
    QVERIFY(writeFile(target, kOldContents));
    const ExportResult result = Exporter::run(*m_source, optionsFor(format, staging, target));
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.rowsWritten, m_source->count());
    const QByteArray written = readAll(target);
    QVERIFY(written.size() > 100000);
    QVERIFY(written != kOldContents);
    QCOMPARE(dirEntries(dir.path()), QStringList{fileName});
}

void TestExporter::run_cancelledMidway_leavesOldTargetAndNoDebris()
{
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString target = dir.filePath(fileName);
    QVERIFY(writeFile(target, kOldContents));

    std::atomic_bool cancel{false};
    qint64 rowsWhenCancelled = 0;
    ExportControl control;
    control.cancelRequested = &cancel;
    control.checkEveryRows = 1000;
    control.progressed = [&](qint64 rows, qint64) {
        if (rows >= 10000 && !cancel) {
            rowsWhenCancelled = rows;
            cancel = true;
        }
    };
    const ExportResult result = Exporter::run(*m_source, optionsFor(format, staging, target), control);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(rowsWhenCancelled, 10000);
    QCOMPARE(result.rowsWritten, 10000);
    QCOMPARE(readAll(target), kOldContents);
    QCOMPARE(dirEntries(dir.path()), QStringList{fileName});
}

void TestExporter::run_cancelledWithoutOldTarget_createsNothing()
{
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    std::atomic_bool cancel{false};
    ExportControl control;
    control.cancelRequested = &cancel;
    control.progressed = [&](qint64 rows, qint64) {
        cancel = rows > 0;
    };
    const ExportResult result =
        Exporter::run(*m_source, optionsFor(format, staging, dir.filePath(fileName)), control);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(dirEntries(dir.path()), QStringList());
}

void TestExporter::run_cancelledAfterTheLastRow_stillCommitsNothing()
{
    // E.g. the user cancels while the XLSX is being zipped: no progress check follows.
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString target = dir.filePath(fileName);
    QVERIFY(writeFile(target, kOldContents));
    std::atomic_bool cancel{false};
    ExportControl control;
    control.cancelRequested = &cancel;
    control.checkEveryRows = m_source->count() + 1; // no check happens while rows are written
    control.progressed = [&](qint64 rows, qint64 total) {
        cancel = rows == total;
    };
    const ExportResult result = Exporter::run(*m_source, optionsFor(format, staging, target), control);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(result.rowsWritten, m_source->count());
    QCOMPARE(readAll(target), kOldContents);
    QCOMPARE(dirEntries(dir.path()), QStringList{fileName});
}

void TestExporter::run_writeFailsMidway_reportsPathAndKeepsOldTarget()
{
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString target = dir.filePath(fileName);
    QVERIFY(writeFile(target, kOldContents));
    ExportResult result;
    {
        FileSizeLimit limit(256 * 1024); // the export needs several MB
        QVERIFY(limit.isActive());
        result = Exporter::run(*m_source, optionsFor(format, staging, target));
    }
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    qInfo("%s", qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(QDir::toNativeSeparators(target)), qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(u"the disk is full or the file is too large"_s),
             qPrintable(result.errorText));
    QCOMPARE(readAll(target), kOldContents);
    QCOMPARE(dirEntries(dir.path()), QStringList{fileName});
}

void TestExporter::run_xlsxContainerWriteFails_reportsPathAndKeepsOldTarget_data()
{
    QTest::addColumn<XlsxStaging>("staging");
    QTest::newRow("/proc/self/fd") << XlsxStaging::ProcFd;
    QTest::newRow("staging copy") << XlsxStaging::StagingCopy;
}

void TestExporter::run_xlsxContainerWriteFails_reportsPathAndKeepsOldTarget()
{
    // Small sheets keep every scratch file under the per-file limit, so the failure hits
    // libxlsxwriter's zip writing (or the copy) instead.
    QFETCH(XlsxStaging, staging);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"out.xlsx"_s);
    QVERIFY(writeFile(target, kOldContents));
    ExportOptions options = optionsFor(ExportFormat::Xlsx, staging, target);
    options.columns = allExportColumns();
    options.xlsxRowsPerSheet = 1001;
    ExportResult result;
    {
        FileSizeLimit limit(1024 * 1024);
        QVERIFY(limit.isActive());
        result = Exporter::run(*m_source, options);
    }
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    qInfo("%s", qPrintable(result.errorText));
    QVERIFY(result.errorText.contains(target));
    QVERIFY2(result.errorText.contains(u"the disk is full or the file is too large"_s),
             qPrintable(result.errorText));
    QCOMPARE(readAll(target), kOldContents);
    QCOMPARE(dirEntries(dir.path()), QStringList{u"out.xlsx"_s});
}

void TestExporter::run_parentDirectoryMissing_failsWithPath()
{
    QFETCH(ExportFormat, format);
    QFETCH(XlsxStaging, staging);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"missing/"_s + fileName);
    const ExportResult result = Exporter::run(*m_source, optionsFor(format, staging, target));
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    qInfo("%s", qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(QDir::toNativeSeparators(target)), qPrintable(result.errorText));
    QCOMPARE(dirEntries(dir.path()), QStringList());
}

void TestExporter::run_targetIsADirectory_failsAndLeavesItAlone()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"taken.csv"_s));
    const QString target = dir.filePath(u"taken.csv"_s);
    const ExportResult result =
        Exporter::run(*m_source, optionsFor(ExportFormat::Csv, XlsxStaging::Auto, target));
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY(result.errorText.contains(target));
    QVERIFY(QFileInfo(target).isDir());
    QCOMPARE(dirEntries(dir.path()), QStringList{u"taken.csv"_s});
}

void TestExporter::run_emptyTargetPath_fails()
{
    const ExportResult result = Exporter::run(*m_source, ExportOptions{});
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY(!result.errorText.isEmpty());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
