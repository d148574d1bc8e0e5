// ArchiveSync on a worker thread, as the app runs it: its database connection and its client are
// the worker's own, answers arrive on the caller's thread, a cancel keeps what was written and
// the next run resumes; the archive then equals a sync run on the caller's thread.
#include "archive/archivecoverage.h"
#include "archive/archivedatabase.h"
#include "archive/archivesyncworker.h"
#include "archivetestsupport.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kDay = 86400;

ArchiveSyncOptions options(qint64 now, int days)
{
    ArchiveSyncOptions o;
    o.startUtc = now - days * kDay;
    o.endUtc = now;
    o.withTags = false; // the tag pass is ArchiveSync's own, tested in tst_archivesync
    o.callsPerMinute = 100000;
    o.concurrency = 4;
    return o;
}

qint64 archivedRecords(const ArchiveLocation &location)
{
    ArchiveDatabase db(location);
    QString error;
    if (!db.open(&error))
        return -1;
    ArchiveFilter all;
    all.endUtc = std::numeric_limits<qint32>::max();
    return db.count(all, &error);
}

} // namespace

class tst_ArchiveSyncWorker final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    ArchiveLocation freshLocation()
    {
        ArchiveLocation location;
        location.path = m_dir.filePath(u"worker-%1.sqlite"_s.arg(++m_files));
        return location;
    }

private Q_SLOTS:
    void sync_runsOnItsOwnThread_andReportsOnTheCallers()
    {
        SandboxServer server(SandboxDataset(21, SandboxDataset::currentAnchor(), 2000));
        QVERIFY(server.listen());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const ArchiveLocation location = freshLocation();
        ArchiveSyncWorker worker(location, test::sandboxClientConfig(server), options(now, 3));
        QSignalSpy finished(&worker, &ArchiveSyncWorker::finished);
        QSignalSpy progressed(&worker, &ArchiveSyncWorker::progressed);
        const QThread *caller = QThread::currentThread();
        bool onCaller = true;
        connect(&worker, &ArchiveSyncWorker::progressed, this,
                [&] { onCaller = onCaller && QThread::currentThread() == caller; });
        worker.start();
        QVERIFY(worker.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!worker.isRunning());
        QVERIFY(onCaller);
        QVERIFY(!progressed.isEmpty());
        const auto summary = finished.at(0).at(0).value<ArchiveSyncSummary>();
        QCOMPARE(summary.windowsDone, summary.windowsPlanned);
        QVERIFY(summary.windowsPlanned >= 3);
        QVERIFY(summary.records > 0);
        QVERIFY(summary.calls > 0);
        QCOMPARE(archivedRecords(location), summary.records);
    }

    void cancel_keepsWrittenWindows_andTheNextRunResumes()
    {
        SandboxServer server(SandboxDataset(22, SandboxDataset::currentAnchor(), 3000));
        QVERIFY(server.listen());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const ArchiveLocation location = freshLocation();
        int windowsWritten = 0;
        {
            ArchiveSyncWorker worker(location, test::sandboxClientConfig(server), options(now, 8));
            QSignalSpy cancelled(&worker, &ArchiveSyncWorker::cancelled);
            connect(&worker, &ArchiveSyncWorker::progressed, &worker, [&](const ArchiveSyncSummary &s) {
                if (s.windowsDone >= 2)
                    worker.cancel();
            });
            worker.start();
            QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 60000);
            windowsWritten = worker.summary().windowsDone;
            QVERIFY(windowsWritten >= 2);
            QVERIFY(windowsWritten < worker.summary().windowsPlanned);
        }
        ArchiveDatabase db(location);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(int(db.coverage(&error)->size()), windowsWritten);
        ArchiveSyncWorker again(location, test::sandboxClientConfig(server), options(now, 8));
        QSignalSpy finished(&again, &ArchiveSyncWorker::finished);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto gaps = ArchiveCoverage::gaps(now - 7 * kDay, now, *db.coverage(&error), now);
        QVERIFY(gaps.isEmpty());
    }

    void anArchiveThatCannotOpen_failsOnTheCallersThread()
    {
        SandboxServer server(SandboxDataset(23, SandboxDataset::currentAnchor(), 100));
        QVERIFY(server.listen());
        ArchiveLocation bad;
        bad.path = u"/proc/no-such-dir/archive.sqlite"_s;
        ArchiveSyncWorker worker(bad, test::sandboxClientConfig(server),
                                 options(QDateTime::currentSecsSinceEpoch(), 1));
        QSignalSpy failed(&worker, &ArchiveSyncWorker::failed);
        worker.start();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(!worker.isRunning());
    }

    void configOf_handsOverTheClientsKey()
    {
        SandboxServer server(SandboxDataset(24, SandboxDataset::currentAnchor(), 10));
        test::SandboxApiClient source(server);
        const ClientConfig config = ArchiveSyncWorker::configOf(source.client);
        QCOMPARE(config.endpoint, source.client.config().endpoint);
        QCOMPARE(config.key.id, source.client.config().key.id);
        QCOMPARE(config.key.secret, sandboxDemoAccessKey().secret);
        QVERIFY(source.client.config().key.secret.isEmpty()); // the client's own stays only in secret()
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveSyncWorker)
#include "tst_archivesyncworker.moc"
