// The UI's way in: queries on a worker thread with its own connection, answers as signals on the
// caller's thread, numbered; the same rows as the database answers directly.
#include "archive/archivereader.h"
#include "archivetestsupport.h"

#include <QElapsedTimer>
#include <QPointer>
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
    test::ArchiveEngines m_engines;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_engines.start(&error), qPrintable(error)); // no PostgreSQL: a failure, not a skip
    }

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

    // A reader retired with its query held in flight: retire() returns at once, no answer of it
    // arrives, and it is deleted once the released query has ended on its thread.
    void retire_returnsAtOnceAndDeletesTheReaderOnceItsQueryEnded_data()
    {
        test::ArchiveEngines::addEngineRows();
    }

    void retire_returnsAtOnceAndDeletesTheReaderOnceItsQueryEnded()
    {
        QFETCH(QString, engine);
        const ArchiveLocation location = m_engines.fresh(engine);
        const qint64 start = 1'795'000'000;
        {
            QString error;
            QVERIFY2(test::writeDay(location, start, test::sampleRecords(start, 1, 100), &error),
                     qPrintable(error));
        }
        test::ArchiveHold hold; // before the reader's connection: SQLite's exclusive lock wants none open
        QString error;
        QVERIFY2(hold.hold(location, &error), qPrintable(error));
        auto reader = std::make_unique<ArchiveReader>(location);
        QPointer<ArchiveReader> alive = reader.get();
        bool answered = false;
        connect(reader.get(), &ArchiveReader::counted, this, [&] { answered = true; });
        connect(reader.get(), &ArchiveReader::failed, this, [&] { answered = true; });
        ArchiveFilter day;
        day.startUtc = start;
        day.endUtc = start + 86400;
        reader->requestCount(day);
        if (engine == u"postgres"_s)
            QTRY_VERIFY(hold.waiters() > 0); // the count is in the server, waiting for the lock
        QElapsedTimer retiring;
        retiring.start();
        ArchiveReader::retire(std::move(reader));
        QVERIFY2(retiring.elapsed() < 1000, qPrintable(QString::number(retiring.elapsed())));
        QVERIFY(alive);
        QCOMPARE(alive->parent(), QCoreApplication::instance()); // deleted at the end at the latest
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 20000);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveReader)
#include "tst_archivereader.moc"
