#include "export/exportjob.h"
#include "exporttestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::testsupport;

class TestExportJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_source = makeRealisticSource(200000); }
    void start_returnsAtOnceThenReportsProgressAndFinishes();
    void cancel_whileRunning_emitsCancelledAndWritesNothing();
    void start_unwritableTarget_emitsFailedWithPath();
    void destructor_whileRunning_cancelsAndLeavesNoFile();

private:
    std::shared_ptr<VectorExportSource> m_source;
};

void TestExportJob::start_returnsAtOnceThenReportsProgressAndFinishes()
{
    QTemporaryDir dir;
    ExportOptions options;
    options.targetPath = dir.filePath(u"job.csv"_s);
    ExportJob job(m_source, options);
    QSignalSpy progressed(&job, &ExportJob::progressed);
    QSignalSpy finished(&job, &ExportJob::finished);
    QSignalSpy failed(&job, &ExportJob::failed);
    bool allOnCallerThread = true;
    connect(
        &job, &ExportJob::progressed, this,
        [&allOnCallerThread] { allOnCallerThread &= QThread::currentThread() == qApp->thread(); },
        Qt::DirectConnection);

    QElapsedTimer timer;
    timer.start();
    job.start();
    const qint64 startMs = timer.elapsed();
    QVERIFY(job.isRunning());
    QVERIFY2(startMs < 250, qPrintable(u"start() blocked for %1 ms"_s.arg(startMs)));
    QVERIFY(finished.isEmpty()); // nothing is delivered before the event loop runs

    QVERIFY(finished.wait(60000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), options.targetPath);
    QVERIFY(!job.isRunning());
    QVERIFY(progressed.size() >= 2);
    qint64 previous = -1;
    for (const QList<QVariant> &signal : std::as_const(progressed)) {
        const qint64 rows = signal.at(0).toLongLong();
        QCOMPARE(signal.at(1).toLongLong(), m_source->count());
        QVERIFY(rows >= previous);
        previous = rows;
    }
    QCOMPARE(previous, m_source->count());
    QVERIFY(allOnCallerThread); // receivers never run on the worker
    QCOMPARE(job.result().rowsWritten, m_source->count());
    QVERIFY(QFileInfo(options.targetPath).size() > 10000000);
}

void TestExportJob::cancel_whileRunning_emitsCancelledAndWritesNothing()
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.targetPath = dir.filePath(u"job.xlsx"_s);
    ExportJob job(m_source, options);
    QSignalSpy cancelled(&job, &ExportJob::cancelled);
    QSignalSpy finished(&job, &ExportJob::finished);
    connect(&job, &ExportJob::progressed, &job, &ExportJob::cancel); // cancel at the first report
    job.start();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(finished.isEmpty());
    QVERIFY(job.result().rowsWritten < m_source->count());
    QCOMPARE(dirEntries(dir.path()), QStringList());
}

void TestExportJob::start_unwritableTarget_emitsFailedWithPath()
{
    QTemporaryDir dir;
    ExportOptions options;
    options.targetPath = dir.filePath(u"no/such/dir/job.csv"_s);
    ExportJob job(m_source, options);
    QSignalSpy failed(&job, &ExportJob::failed);
    job.start();
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.at(0).at(0).toString().contains(options.targetPath));
    QCOMPARE(job.result().outcome, ExportResult::Outcome::Failed);
}

void TestExportJob::destructor_whileRunning_cancelsAndLeavesNoFile()
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Jsonl;
    options.targetPath = dir.filePath(u"job.jsonl"_s);
    {
        ExportJob job(m_source, options);
        job.start();
        QTest::qWait(5);
        QVERIFY(job.isRunning()); // still writing when the job goes away
    }
    QCOMPARE(dirEntries(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
