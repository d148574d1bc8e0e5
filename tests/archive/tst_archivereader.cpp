// The UI's way in: queries on a worker thread with its own connection, answers as signals on the
// caller's thread, numbered; the same rows as the database answers directly.
#include "archive/archivereader.h"
#include "archivetestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_ArchiveReader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pagesAndAggregates_arriveOnTheCallersThread()
    {
        ArchiveLocation location;
        location.path = m_dir.filePath(u"reader.sqlite"_s);
        const qint64 start = 1'795'000'000;
        const QList<ArchivedRecord> records = test::sampleRecords(start, 1, 500);
        ArchiveFilter all;
        all.startUtc = start;
        all.endUtc = start + 86400;
        std::optional<ArchivePage> direct;
        {
            ArchiveDatabase db(location);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY2(db.replaceWindow({start, start + 86400, start + 90000, 0, true, 1}, records, &error),
                     qPrintable(error));
            direct = db.page(all, {Column::Subject, false}, {}, 50, &error);
        }
        ArchiveReader reader(location);
        QSignalSpy pages(&reader, &ArchiveReader::pageLoaded);
        QSignalSpy counts(&reader, &ArchiveReader::counted);
        QSignalSpy coverage(&reader, &ArchiveReader::coverageLoaded);
        const QThread *callerThread = QThread::currentThread();
        bool onCallerThread = false;
        connect(&reader, &ArchiveReader::pageLoaded, this,
                [&] { onCallerThread = QThread::currentThread() == callerThread; });
        const int first = reader.requestPage(all, {Column::Subject, false}, {}, 50);
        const int second = reader.requestCount(all);
        reader.requestCoverage();
        QTRY_COMPARE(pages.size(), 1);
        QTRY_COMPARE(counts.size(), 1);
        QTRY_COMPARE(coverage.size(), 1);
        QVERIFY(onCallerThread);
        QCOMPARE(pages.at(0).at(0).toInt(), first);
        const auto page = pages.at(0).at(1).value<ArchivePage>();
        QCOMPARE(page.rows.size(), 50);
        QVERIFY(page.next);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(page.rows.at(i).id, direct->rows.at(i).id);
        QCOMPARE(counts.at(0).at(0).toInt(), second);
        QCOMPARE(counts.at(0).at(1).toLongLong(), 500);
        QCOMPARE(coverage.at(0).at(1).value<QList<ArchiveWindow>>().size(), 1);
    }

    void anArchiveThatCannotOpen_fails()
    {
        ArchiveLocation location;
        location.path = u"/proc/no-such-dir/archive.sqlite"_s;
        ArchiveReader reader(location);
        QSignalSpy failed(&reader, &ArchiveReader::failed);
        const int request = reader.requestCoverage();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), request);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveReader)
#include "tst_archivereader.moc"
