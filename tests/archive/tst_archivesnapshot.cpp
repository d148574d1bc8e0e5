// An export's rows read out of the archive on a thread of its own: every record of the filter,
// newest first, answered on the caller's thread; Cancel stops the read.
#include "archive/archivesnapshot.h"
#include "archivetestsupport.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_ArchiveSnapshot final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ArchiveLocation m_location;
    ArchiveFilter m_all;
    static constexpr qint64 kStart = 1'795'000'000;

private Q_SLOTS:
    void initTestCase()
    {
        m_location.path = m_dir.filePath(u"snapshot.sqlite"_s);
        QString error;
        QVERIFY2(test::writeDay(m_location, kStart, test::sampleRecords(kStart, 1, 25000), &error),
                 qPrintable(error));
        m_all.startUtc = kStart;
        m_all.endUtc = kStart + 86400;
    }

    void everyRecordOfTheFilter_newestFirst_onTheCallersThread_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("tag");
        QTest::newRow("all") << -1 << QString();
        QTest::newRow("spam and a tag") << 3 << u"Welcome"_s;
    }

    void everyRecordOfTheFilter_newestFirst_onTheCallersThread()
    {
        QFETCH(int, status);
        QFETCH(QString, tag);
        ArchiveFilter filter = m_all;
        if (status >= 0)
            filter.status = status;
        filter.tag = tag;
        ArchiveDatabase db(m_location);
        QString error;
        QVERIFY(db.open(&error));
        const qint64 expected = db.count(filter, &error);
        ArchiveSnapshot snapshot(m_location, filter);
        std::shared_ptr<ExportSource> rows;
        qint64 progressed = 0;
        const QThread *caller = QThread::currentThread();
        bool onCaller = true;
        connect(&snapshot, &ArchiveSnapshot::progressed, this, [&](qint64 n) {
            progressed = n;
            onCaller = onCaller && QThread::currentThread() == caller;
        });
        connect(&snapshot, &ArchiveSnapshot::loaded, this, [&](const std::shared_ptr<ExportSource> &r) {
            rows = r;
            onCaller = onCaller && QThread::currentThread() == caller;
        });
        snapshot.start();
        QTRY_VERIFY_WITH_TIMEOUT(rows != nullptr, 20000);
        QVERIFY(onCaller);
        QCOMPARE(rows->count(), expected);
        if (expected >= 10000)
            QVERIFY(progressed >= 10000);
        for (qsizetype i = 1; i < rows->count(); ++i)
            QVERIFY(rows->record(i - 1).utcSeconds >= rows->record(i).utcSeconds);
        if (status >= 0)
            QCOMPARE(rows->record(0).status, DeliveryStatus(status));
    }

    void cancel_endsInCancelled()
    {
        ArchiveSnapshot snapshot(m_location, m_all);
        bool cancelled = false;
        bool loaded = false;
        connect(&snapshot, &ArchiveSnapshot::cancelled, this, [&] { cancelled = true; });
        connect(&snapshot, &ArchiveSnapshot::loaded, this, [&] { loaded = true; });
        snapshot.start();
        snapshot.cancel();
        QTRY_VERIFY(cancelled);
        QVERIFY(!loaded);
    }

    void anArchiveThatCannotOpen_fails()
    {
        ArchiveLocation bad;
        bad.path = u"/proc/no-such-dir/archive.sqlite"_s;
        ArchiveSnapshot snapshot(bad, m_all);
        QString message;
        connect(&snapshot, &ArchiveSnapshot::failed, this, [&](const QString &m) { message = m; });
        snapshot.start();
        QTRY_VERIFY(!message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveSnapshot)
#include "tst_archivesnapshot.moc"
