// The app's archive table: keyset pages from the reader's worker thread as the view asks for
// more, header sorts as new SQL queries over the whole selection, stale answers dropped.
#include "archive/archivetablemodel.h"
#include "archivetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_ArchiveTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ArchiveLocation m_location;
    ArchiveFilter m_all;
    static constexpr qint64 kStart = 1'795'000'000;

    static void loadEverything(ArchiveTableModel &model)
    {
        QSignalSpy finished(&model, &ArchiveTableModel::finished);
        while (finished.isEmpty()) {
            QTRY_VERIFY(!model.isLoading());
            if (!finished.isEmpty())
                break;
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
        }
    }

    std::optional<ArchivePage> directPage(const ArchiveFilter &filter, const ArchiveSort &sort, int limit)
    {
        ArchiveDatabase db(m_location);
        QString error;
        if (!db.open(&error))
            return std::nullopt;
        return db.page(filter, sort, {}, limit, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_location.path = m_dir.filePath(u"table.sqlite"_s);
        QString error;
        QVERIFY2(test::writeDay(m_location, kStart, test::sampleRecords(kStart, 1, 500), &error),
                 qPrintable(error));
        m_all.startUtc = kStart;
        m_all.endUtc = kStart + 86400;
    }

    void scrolling_loadsEveryRowOnceInKeysetPages()
    {
        ArchiveTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(m_location);
        model.setPageSize(64);
        QSignalSpy counted(&model, &ArchiveTableModel::counted);
        model.setFilter(m_all);
        QVERIFY(model.isLoading());
        loadEverything(model);
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isFinished());
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.recordAt(row).id);
        QCOMPARE(ids.size(), 500);
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(model.totalCount(), 500);
        // Newest first by default, without a sort arrow.
        QVERIFY(!model.sortKey());
        QVERIFY(model.recordAt(0).record.utcSeconds >= model.recordAt(499).record.utcSeconds);
    }

    void headerSort_isANewQueryOverTheWholeSelection_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("subject ascending") << int(Column::Subject) << int(Qt::AscendingOrder);
        QTest::newRow("recipient descending") << int(Column::ToAddress) << int(Qt::DescendingOrder);
        QTest::newRow("status ascending") << int(Column::Status) << int(Qt::AscendingOrder);
        QTest::newRow("time ascending") << int(Column::Time) << int(Qt::AscendingOrder);
    }

    void headerSort_isANewQueryOverTheWholeSelection()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ArchiveTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(m_location);
        model.setPageSize(40);
        model.setFilter(m_all);
        QTRY_VERIFY(model.rowCount() >= 40); // the tester asks for more pages too
        QSignalSpy sortChanged(&model, &RecordListModel::sortStateChanged);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(sortChanged.size(), 1);
        QCOMPARE(model.sortKey()->column, Column(column));
        QCOMPARE(int(model.sortKey()->order), order);
        QTRY_VERIFY(model.rowCount() >= 40); // the tester asks for more pages too
        const ArchiveSort sort{Column(column), order == Qt::DescendingOrder};
        const auto direct = directPage(m_all, sort, 40);
        QVERIFY(direct);
        for (int row = 0; row < 40; ++row)
            QCOMPARE(model.recordAt(row).id, direct->rows.at(row).id);
        model.clearSort();
        QVERIFY(!model.sortKey());
        QTRY_VERIFY(model.rowCount() >= 40); // the tester asks for more pages too
        QCOMPARE(model.recordAt(0).id, directPage(m_all, {}, 1)->rows.at(0).id);
    }

    void answersToAnOlderQuery_areDropped()
    {
        ArchiveTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocation(m_location);
        ArchiveFilter spam = m_all;
        spam.status = 3;
        model.setFilter(m_all); // its page and count are still in flight
        model.setFilter(spam);
        QSignalSpy counted(&model, &ArchiveTableModel::counted);
        loadEverything(model);
        QTRY_COMPARE(counted.size(), 1);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(qint64(model.rowCount()), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.recordAt(row).record.status, DeliveryStatus::Spam);
    }

    void rows_answerTheRolesOfTheServiceTable()
    {
        ArchiveTableModel model;
        model.setLocation(m_location);
        model.setDisplayTimeZone(QTimeZone::utc());
        model.setFilter(m_all);
        QTRY_VERIFY(model.rowCount() > 0);
        const MailRecord record = model.recordAt(0).record;
        const QModelIndex time = model.index(0, int(Column::Time));
        QCOMPARE(time.data().toString(), RecordColumns::formatTime(record.utcSeconds, 0));
        QCOMPARE(time.data(RecordListModel::SortRole).toLongLong(), record.utcSeconds);
        QCOMPARE(model.index(0, int(Column::Status)).data().toString(),
                 RecordColumns::statusText(record.status));
        QCOMPARE(model.index(0, int(Column::Subject)).data().toString(), record.subject);
        QCOMPARE(time.data(RecordListModel::RecordRole).value<MailRecord>().toAddress, record.toAddress);
        QCOMPARE(time.data(RecordListModel::RawJsonRole).toJsonObject().value(u"ToAddress"_s).toString(),
                 record.toAddress);
        QCOMPARE(model.headerData(int(Column::Subject), Qt::Horizontal).toString(),
                 RecordColumns::title(Column::Subject));
    }

    void anArchiveThatCannotOpen_failsOnceAndStops()
    {
        ArchiveTableModel model;
        ArchiveLocation bad;
        bad.path = u"/proc/no-such-dir/archive.sqlite"_s;
        model.setLocation(bad);
        QSignalSpy failed(&model, &ArchiveTableModel::fetchFailed);
        model.setFilter(m_all);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveTableModel)
#include "tst_archivetablemodel.moc"
