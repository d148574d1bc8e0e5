#include "fakeapiclient.h"
#include "records/recordtablemodel.h"
#include "testpages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

MailQuery query(int pageSize = 3)
{
    MailQuery q;
    q.start = utc(u"2021-04-20T00:00:00Z"_s);
    q.end = utc(u"2021-04-29T00:00:00Z"_s);
    q.pageSize = pageSize;
    return q;
}

ApiError serviceError()
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = u"Throttling.User"_s;
    error.message = u"Request was denied due to user flow control."_s;
    error.requestId = u"R-ERR"_s;
    return error;
}

const QString kToken = u"90f0243616#203#a@x.net-1658817689#b+c@x.net.2471"_s;

// Recipients with repeats, mixed case and times out of order: the sort's ties and folding.
QList<QJsonObject> sortItems()
{
    const QList<std::pair<QString, qint64>> rows = {
        {u"bob@x.net"_s, 300},   {u"Alice@x.net"_s, 100}, {u"carol@x.net"_s, 200},
        {u"alice@x.net"_s, 400}, {u"bob@x.net"_s, 100},   {u"dave@x.net"_s, 250},
    };
    QList<QJsonObject> items;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject item = mailItem(int(i), 1619600000 + rows.at(i).second);
        item.insert(u"ToAddress"_s, rows.at(i).first);
        items.append(item);
    }
    return items;
}

QStringList column(const QAbstractItemModel *model, Column c)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, int(c)).data().toString();
    return texts;
}

} // namespace

// Every test runs under QAbstractItemModelTester in Fatal mode. The tester behaves like a
// view: after each reset or insert it calls fetchMore() itself, so these tests also show
// that a polling view never gets two pages in flight.
class TestRecordTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startQuery_requestsFirstPage_once();
    void fetchMore_whileInFlight_doesNotRequestTwice();
    void pageLoaded_appendsWithOneInsertRows();
    void staleReply_afterNewQuery_isDropped();
    void failedPage_stopsFetchingUntilRetry();
    void endReached_canFetchMoreIsFalse();
    void invalidQuery_failsWithoutRequest();
    void stop_abandonsPageUntilRetry();
    void displayZone_switch_changesTimeTextOnly();
    void data_rolesAndHeaders();
    void clear_resetsToEmpty();
    void clientDestroyed_midPage_stopsLoading();
    void sort_ordersLoadedRows_tiesByTime_data();
    void sort_ordersLoadedRows_tiesByTime();
    void sort_keepsSelectedRowOnItsRecord();
    void sort_newPage_mergesInSortedOrder();
    void sort_manyRows_computesOffThread_keepsOldOrderMeanwhile();
    void clearSort_returnsToServiceOrder();
    void sort_lastsAcrossQueries();

private:
    FakeApiClient *m_client = nullptr;
    RecordTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestRecordTableModel::init()
{
    m_client = new FakeApiClient;
    m_model = new RecordTableModel;
    m_model->setDisplayTimeZone(QTimeZone::utc());
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestRecordTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_client;
}

void TestRecordTableModel::startQuery_requestsFirstPage_once()
{
    QSignalSpy loading(m_model, &RecordTableModel::loadingChanged);
    m_model->startQuery(m_client, query());
    QCOMPARE(m_client->callCount(), 1); // the tester's fetchMore and ours share one guard
    QVERIFY(m_model->isLoading());
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.first().at(0).toBool(), true);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRecordTableModel::fetchMore_whileInFlight_doesNotRequestTwice()
{
    m_model->startQuery(m_client, query());
    for (int i = 0; i < 5; ++i)
        m_model->fetchMore({});
    QCOMPARE(m_client->callCount(), 1);

    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken));
    QVERIFY(pages.wait());
    // The tester, like a view with room left, asked for page 2 as soon as rows arrived.
    QCOMPARE(m_client->callCount(), 2);
    m_model->fetchMore({});
    m_model->fetchMore(m_model->index(0, 0)); // children never fetch
    QCOMPARE(m_client->callCount(), 2);
    QCOMPARE(m_client->maxPending(), 1);
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
}

void TestRecordTableModel::pageLoaded_appendsWithOneInsertRows()
{
    m_model->startQuery(m_client, query());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken, u"R-1"_s));
    QVERIFY(pages.wait());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(pages.first().at(0).toInt(), 3);
    QCOMPARE(pages.first().at(1).toString(), u"R-1"_s);

    m_client->lastCall()->succeedLater(pageBody(mailItems(3, 2), kToken + u'2'));
    QVERIFY(pages.wait());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    QCOMPARE(inserted.last().at(2).toInt(), 4);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(4, int(Column::ToAddress)).data().toString(), u"user4@example.net"_s);
    QCOMPARE(m_model->pagesLoaded(), 2);
}

void TestRecordTableModel::staleReply_afterNewQuery_isDropped()
{
    m_model->startQuery(m_client, query());
    QPointer<FakeCall> oldCall = m_client->lastCall();
    oldCall->setIgnoresCancel(true); // the old reply arrives anyway
    const quint64 oldGeneration = m_model->generation();

    MailQuery other = query();
    other.toAddress = u"only@example.net"_s;
    m_model->startQuery(m_client, other);
    QVERIFY(m_model->generation() > oldGeneration);
    QVERIFY(oldCall->wasCancelled());
    QCOMPARE(m_client->callCount(), 2);
    QCOMPARE(m_client->lastCall()->param(u"ToAddress"_s), u"only@example.net"_s);

    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    QSignalSpy failed(m_model, &RecordTableModel::fetchFailed);
    oldCall->succeedLater(pageBody(mailItems(100, 3), kToken));
    QTest::qWait(20);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(pages.size(), 0);
    QVERIFY(m_model->isLoading()); // still waiting for the new query's page

    QJsonObject only = mailItem(0);
    only.insert(u"ToAddress"_s, u"only@example.net"_s);
    m_client->lastCall()->succeedLater(pageBody({only}, std::nullopt));
    QVERIFY(pages.wait());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, int(Column::ToAddress)).data().toString(), u"only@example.net"_s);
    QCOMPARE(failed.size(), 0);
}

void TestRecordTableModel::failedPage_stopsFetchingUntilRetry()
{
    QSignalSpy failed(m_model, &RecordTableModel::fetchFailed);
    QSignalSpy loading(m_model, &RecordTableModel::loadingChanged);
    m_model->startQuery(m_client, query());
    const QueryParams firstRequest = m_client->lastCall()->params();
    m_client->lastCall()->failLater(serviceError());
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).value<ApiError>().code, u"Throttling.User"_s);
    QVERIFY(m_model->hasFailed());
    QCOMPARE(m_model->lastError().requestId, u"R-ERR"_s);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({}); // a scrolling view must not hammer the failing endpoint
    QCOMPARE(m_client->callCount(), 1);

    m_model->retry();
    QCOMPARE(m_client->callCount(), 2);
    QCOMPARE(m_client->lastCall()->params(), firstRequest);
    QVERIFY(!m_model->hasFailed());
    QVERIFY(m_model->isLoading());
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(mailItems(0, 2), std::nullopt));
    QVERIFY(pages.wait());
    QCOMPARE(m_model->rowCount(), 2);
    m_model->retry(); // nothing failed: no effect
    QCOMPARE(m_client->callCount(), 2);
}

void TestRecordTableModel::endReached_canFetchMoreIsFalse()
{
    QSignalSpy finished(m_model, &RecordTableModel::finished);
    m_model->startQuery(m_client, query());
    m_client->lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken));
    QTRY_COMPARE(m_client->callCount(), 2);
    m_client->lastCall()->succeedLater(pageBody(mailItems(3, 1), QString()));
    QVERIFY(finished.wait());
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->isFinished());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_client->callCount(), 2);
}

void TestRecordTableModel::invalidQuery_failsWithoutRequest()
{
    QSignalSpy failed(m_model, &RecordTableModel::fetchFailed);
    MailQuery bad = query();
    bad.start = bad.end.addDays(1);
    m_model->startQuery(m_client, bad);
    QCOMPARE(failed.size(), 1); // once, although the tester fetched too
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Validation);
    QCOMPARE(m_client->callCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isLoading());
}

void TestRecordTableModel::stop_abandonsPageUntilRetry()
{
    QSignalSpy failed(m_model, &RecordTableModel::fetchFailed);
    m_model->startQuery(m_client, query());
    QPointer<FakeCall> call = m_client->lastCall();
    m_model->stop();
    QVERIFY(call->wasCancelled());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(m_model->isHalted());
    QVERIFY(!m_model->hasFailed()); // stopping is not a failure
    QCOMPARE(failed.size(), 0);
    m_model->retry();
    QVERIFY(!m_model->isHalted());
    QCOMPARE(m_client->callCount(), 2);
    QCOMPARE(m_client->requests().at(1), m_client->requests().at(0));
}

void TestRecordTableModel::displayZone_switch_changesTimeTextOnly()
{
    m_model->startQuery(m_client, query());
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody({mailItem(0, 1619601108)}, std::nullopt));
    QVERIFY(pages.wait());
    const QModelIndex time = m_model->index(0, int(Column::Time));
    QCOMPARE(time.data().toString(), u"2021-04-28 09:11:48"_s);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setDisplayTimeZone(QTimeZone(8 * 3600));
    QCOMPARE(time.data().toString(), u"2021-04-28 17:11:48"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), time);
    QCOMPARE(changed.first().at(1).toModelIndex(), time);
    m_model->setDisplayTimeZone(QTimeZone(u"America/New_York"_s.toLatin1()));
    QCOMPARE(time.data().toString(), u"2021-04-28 05:11:48"_s); // EDT, through the zone's rules
    m_model->setDisplayTimeZone(QTimeZone(-(5 * 3600 + 30 * 60)));
    QCOMPARE(time.data().toString(), u"2021-04-28 03:41:48"_s);
    // Sorting and the tooltip stay in absolute terms.
    QCOMPARE(time.data(RecordTableModel::SortRole).toLongLong(), 1619601108);
    QCOMPARE(time.data(Qt::ToolTipRole).toString(), u"2021-04-28 09:11:48 UTC"_s);
    QCOMPARE(m_model->index(0, int(Column::Subject)).data().toString(), u"Newsletter 0"_s);
}

void TestRecordTableModel::data_rolesAndHeaders()
{
    m_model->startQuery(m_client, query());
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    QJsonObject longOne = mailItem(4, 1619601000);
    longOne.insert(u"Message"_s,
                   u"550 5.1.1 <user4@example.net>: Recipient address rejected: User unknown"_s);
    longOne.insert(u"X-Unknown"_s, u"kept"_s);
    m_client->lastCall()->succeedLater(pageBody({mailItem(0), longOne}, std::nullopt));
    QVERIFY(pages.wait());

    QCOMPARE(m_model->columnCount(), kColumnCount);
    QCOMPARE(m_model->headerData(int(Column::ToAddress), Qt::Horizontal).toString(), u"Recipient"_s);
    QCOMPARE(m_model->headerData(int(Column::Time), Qt::Horizontal).toString(), u"Time"_s);
    const QModelIndex status = m_model->index(1, int(Column::Status));
    QCOMPARE(status.data().toString(), u"Failed"_s);
    QCOMPARE(status.data(RecordTableModel::SortRole).toInt(), 4);
    const QModelIndex message = m_model->index(1, int(Column::Message));
    QCOMPARE(message.data(Qt::ToolTipRole).toString(), longOne[u"Message"_s].toString());
    QVERIFY(!m_model->index(0, int(Column::Message)).data(Qt::ToolTipRole).isValid()); // short
    const auto record = message.data(RecordTableModel::RecordRole).value<MailRecord>();
    QCOMPARE(record.toAddress, u"user4@example.net"_s);
    QCOMPARE(record.status, DeliveryStatus::Failed);
    QCOMPARE(message.data(RecordTableModel::RawJsonRole).toJsonObject(), longOne);
    QVERIFY(m_model->flags(message).testFlag(Qt::ItemNeverHasChildren));
}

void TestRecordTableModel::clear_resetsToEmpty()
{
    m_model->startQuery(m_client, query());
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(mailItems(0, 3), kToken));
    QVERIFY(pages.wait());
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->query());
    QCOMPARE(m_model->store().size(), 0);
}

void TestRecordTableModel::clientDestroyed_midPage_stopsLoading()
{
    QSignalSpy failed(m_model, &RecordTableModel::fetchFailed);
    m_model->startQuery(m_client, query());
    QVERIFY(m_model->isLoading());
    delete m_client; // e.g. the user switched profiles
    m_client = nullptr;
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->hasFailed());
    m_model->retry(); // nothing to talk to: a clear failure, not a hang
    QCOMPARE(failed.size(), 2);
    QVERIFY(!m_model->isLoading());
}

void TestRecordTableModel::sort_ordersLoadedRows_tiesByTime_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    // Case folds; equal recipients go by time in the same direction.
    QTest::newRow("ascending") << int(Qt::AscendingOrder)
                               << QStringList{u"Alice@x.net"_s, u"alice@x.net"_s, u"bob@x.net"_s,
                                              u"bob@x.net"_s,   u"carol@x.net"_s, u"dave@x.net"_s};
    QTest::newRow("descending") << int(Qt::DescendingOrder)
                                << QStringList{u"dave@x.net"_s, u"carol@x.net"_s, u"bob@x.net"_s,
                                               u"bob@x.net"_s,  u"alice@x.net"_s, u"Alice@x.net"_s};
}

void TestRecordTableModel::sort_ordersLoadedRows_tiesByTime()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems(), std::nullopt));
    QVERIFY(pages.wait());
    QSignalSpy state(m_model, &RecordTableModel::sortStateChanged);
    m_model->sort(int(Column::ToAddress), Qt::SortOrder(order));
    QCOMPARE(state.size(), 1);
    QVERIFY(!m_model->isSorting());
    QCOMPARE(column(m_model, Column::ToAddress), expected);
    // bob@ at 300 and at 100: ascending puts the earlier first.
    const int firstBob = int(column(m_model, Column::ToAddress).indexOf(u"bob@x.net"_s));
    const qint64 t0 = m_model->index(firstBob, 0).data(RecordTableModel::SortRole).toLongLong();
    const qint64 t1 = m_model->index(firstBob + 1, 0).data(RecordTableModel::SortRole).toLongLong();
    QCOMPARE(t0 < t1, order == int(Qt::AscendingOrder));
}

void TestRecordTableModel::sort_keepsSelectedRowOnItsRecord()
{
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems(), std::nullopt));
    QVERIFY(pages.wait());
    const QPersistentModelIndex carol = m_model->index(2, int(Column::Subject));
    m_model->sort(int(Column::ToAddress));
    QCOMPARE(carol.row(), 4);
    QCOMPARE(carol.column(), int(Column::Subject));
    QCOMPARE(m_model->index(carol.row(), int(Column::ToAddress)).data().toString(), u"carol@x.net"_s);
    m_model->clearSort();
    QCOMPARE(carol.row(), 2);
}

void TestRecordTableModel::sort_newPage_mergesInSortedOrder()
{
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems().mid(0, 3), kToken));
    QVERIFY(pages.wait());
    m_model->sort(int(Column::ToAddress));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_client->lastCall()->succeedLater(pageBody(sortItems().mid(3), std::nullopt));
    QVERIFY(pages.wait());
    QCOMPARE(column(m_model, Column::ToAddress),
             (QStringList{u"Alice@x.net"_s, u"alice@x.net"_s, u"bob@x.net"_s, u"bob@x.net"_s,
                          u"carol@x.net"_s, u"dave@x.net"_s}));
    // alice@ after Alice@ and the earlier bob@ before the other land together; dave@ at the end.
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
}

void TestRecordTableModel::sort_manyRows_computesOffThread_keepsOldOrderMeanwhile()
{
    m_model->setBackgroundSortThreshold(1);
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems(), std::nullopt));
    QVERIFY(pages.wait());
    const QStringList serviceOrder = column(m_model, Column::ToAddress);
    QSignalSpy state(m_model, &RecordTableModel::sortStateChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_model->sort(int(Column::ToAddress), Qt::DescendingOrder);
    QVERIFY(m_model->isSorting());
    QCOMPARE(m_model->sortKey()->column, Column::ToAddress);
    QCOMPARE(column(m_model, Column::ToAddress), serviceOrder);
    QVERIFY(layout.wait());
    QVERIFY(!m_model->isSorting());
    QCOMPARE(state.size(), 2);
    QCOMPARE(m_model->index(0, int(Column::ToAddress)).data().toString(), u"dave@x.net"_s);
}

void TestRecordTableModel::clearSort_returnsToServiceOrder()
{
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems(), std::nullopt));
    QVERIFY(pages.wait());
    const QStringList serviceOrder = column(m_model, Column::ToAddress);
    m_model->sort(int(Column::Time), Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, int(Column::ToAddress)).data().toString(), u"Alice@x.net"_s); // t=100, first
    m_model->clearSort();
    QVERIFY(!m_model->sortKey());
    QCOMPARE(column(m_model, Column::ToAddress), serviceOrder);
}

void TestRecordTableModel::sort_lastsAcrossQueries()
{
    m_model->sort(int(Column::ToAddress));
    m_model->startQuery(m_client, query(10));
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_client->lastCall()->succeedLater(pageBody(sortItems(), std::nullopt));
    QVERIFY(pages.wait());
    QCOMPARE(column(m_model, Column::ToAddress).constFirst(), u"Alice@x.net"_s);
    QCOMPARE(column(m_model, Column::ToAddress).constLast(), u"dave@x.net"_s);
}

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
