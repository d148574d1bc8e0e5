// The quick filter over the table model: narrowing, following the model's sort and its sorted
// inserts while filtering, and back to every row; QAbstractItemModelTester watches throughout.
#include "../records/fakeapiclient.h"
#include "../records/testpages.h"
#include "quickfilterproxy.h"
#include "records/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

MailQuery query()
{
    MailQuery q;
    q.start = QDateTime::fromString(u"2021-04-20T00:00:00Z"_s, Qt::ISODate);
    q.end = QDateTime::fromString(u"2021-04-29T00:00:00Z"_s, Qt::ISODate);
    q.pageSize = 10;
    return q;
}

QStringList recipients(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, int(Column::ToAddress)).data().toString();
    return texts;
}

} // namespace

class TestQuickFilterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void text_narrowsAndClearingShowsAll();
    void sourceSort_whileFiltering_keepsShownRowsAndSelection();
    void sortedPage_whileFiltering_insertsMatchingRowsOnly();
    void filtering_neverFetchesMore();

private:
    void loadPage(const QList<QJsonObject> &items, bool last);

    FakeApiClient *m_client = nullptr;
    RecordTableModel *m_model = nullptr;
    QuickFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestQuickFilterProxy::init()
{
    m_client = new FakeApiClient;
    m_model = new RecordTableModel;
    m_proxy = new QuickFilterProxy;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setQuery(m_client, query());
}

void TestQuickFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
    delete m_client;
}

void TestQuickFilterProxy::loadPage(const QList<QJsonObject> &items, bool last)
{
    QSignalSpy pages(m_model, &RecordTableModel::pageLoaded);
    m_model->fetchMore({});
    m_client->lastCall()->succeedLater(
        pageBody(items, last ? std::nullopt : std::optional(u"t%1"_s.arg(m_client->callCount()))));
    QVERIFY(pages.wait());
}

void TestQuickFilterProxy::text_narrowsAndClearingShowsAll()
{
    loadPage(mailItems(0, 20), true);
    m_proxy->setText(u"user1"_s); // user1, user10..user19
    QCOMPARE(m_proxy->rowCount(), 11);
    for (const QString &to : recipients(m_proxy))
        QVERIFY(to.startsWith(u"user1"_s));
    m_proxy->setText(u"  "_s);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(recipients(m_proxy), recipients(m_model));
}

void TestQuickFilterProxy::sourceSort_whileFiltering_keepsShownRowsAndSelection()
{
    loadPage(mailItems(0, 20), true);
    m_proxy->setText(u"user1"_s);
    const QPersistentModelIndex user12 =
        m_proxy->index(int(recipients(m_proxy).indexOf(u"user12@example.net"_s)), 3);
    QVERIFY(user12.isValid());
    m_model->sort(int(Column::ToAddress), Qt::DescendingOrder);
    QCOMPARE(m_proxy->rowCount(), 11);
    QStringList expected = recipients(m_proxy);
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(recipients(m_proxy), expected);
    QCOMPARE(m_proxy->index(user12.row(), int(Column::ToAddress)).data().toString(), u"user12@example.net"_s);
    QCOMPARE(user12.column(), 3);
}

void TestQuickFilterProxy::sortedPage_whileFiltering_insertsMatchingRowsOnly()
{
    loadPage(mailItems(0, 10), false);
    m_model->sort(int(Column::ToAddress));
    m_proxy->setText(u"user1"_s); // user1 only
    QCOMPARE(m_proxy->rowCount(), 1);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    loadPage(mailItems(10, 10), true); // user10..user19, merged into the sorted rows
    QCOMPARE(m_proxy->rowCount(), 11);
    QCOMPARE(inserted.size(), 1);
    const QStringList shown = recipients(m_proxy);
    QVERIFY(std::is_sorted(shown.begin(), shown.end()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(m_proxy->index(row, 2))).row(), row);
}

void TestQuickFilterProxy::filtering_neverFetchesMore()
{
    m_proxy->setText(u"nothing matches this"_s);
    loadPage(mailItems(0, 10), false); // the tester, like a view, asks for more: it must not get it
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(!m_proxy->canFetchMore({}));
    const qsizetype calls = m_client->callCount();
    m_proxy->fetchMore({});
    QCOMPARE(m_client->callCount(), calls);
}

QTEST_GUILESS_MAIN(TestQuickFilterProxy)
#include "tst_quickfilterproxy.moc"
