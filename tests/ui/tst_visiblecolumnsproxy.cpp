// The results table's column subset: hidden columns are absent from the model the view (and so
// AT-SPI) sees, rows pass through one for one, and QAbstractItemModelTester watches throughout.
#include "visiblecolumnsproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// Cell text "r<row>c<column>"; header "h<column>".
std::unique_ptr<QStandardItemModel> grid(int rows, int columns)
{
    auto model = std::make_unique<QStandardItemModel>(rows, columns);
    for (int c = 0; c < columns; ++c)
        model->setHorizontalHeaderItem(c, new QStandardItem(u"h%1"_s.arg(c)));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            model->setItem(r, c, new QStandardItem(u"r%1c%2"_s.arg(r).arg(c)));
    }
    return model;
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.headerData(c, Qt::Horizontal).toString();
    return texts;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.index(row, c).data().toString();
    return texts;
}

} // namespace

class TestVisibleColumnsProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenColumns_areAbsentAndMapBothWays_data();
    void hiddenColumns_areAbsentAndMapBothWays();
    void showingAgain_insertsTheColumnInSourceOrder();
    void hidingWithoutSource_isRememberedForTheSource();
    void rowsAndResets_passThrough();
    void dataChangedInHiddenColumns_isNotForwarded();
    void sourceLayoutChange_keepsTheSelectedCell();
};

void TestVisibleColumnsProxy::hiddenColumns_areAbsentAndMapBothWays_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<QStringList>("expectedHeaders");
    QTest::newRow("none") << QList<int>{} << QStringList{u"h0"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s};
    QTest::newRow("first") << QList<int>{0} << QStringList{u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s};
    QTest::newRow("middle two") << QList<int>{3, 1} << QStringList{u"h0"_s, u"h2"_s, u"h4"_s};
    QTest::newRow("last") << QList<int>{4} << QStringList{u"h0"_s, u"h1"_s, u"h2"_s, u"h3"_s};
    QTest::newRow("all") << QList<int>{0, 1, 2, 3, 4} << QStringList{};
}

void TestVisibleColumnsProxy::hiddenColumns_areAbsentAndMapBothWays()
{
    QFETCH(QList<int>, hidden);
    QFETCH(QStringList, expectedHeaders);
    auto source = grid(3, 5);
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(source.get());
    for (int column : std::as_const(hidden))
        proxy.setColumnHidden(column, true);

    QCOMPARE(proxy.columnCount(), 5 - hidden.size());
    QCOMPARE(headers(proxy), expectedHeaders);
    for (int c = 0; c < proxy.columnCount(); ++c) {
        const QModelIndex cell = proxy.index(2, c);
        const QModelIndex sourceCell = proxy.mapToSource(cell);
        QCOMPARE(cell.data().toString(), u"r2c%1"_s.arg(sourceCell.column()));
        QCOMPARE(proxy.mapFromSource(sourceCell), cell);
        QCOMPARE(proxy.proxyColumn(proxy.sourceColumn(c)), c);
    }
    for (int column : std::as_const(hidden)) {
        QVERIFY(proxy.isColumnHidden(column));
        QCOMPARE(proxy.proxyColumn(column), -1);
        QVERIFY(!proxy.mapFromSource(source->index(0, column)).isValid());
    }
}

void TestVisibleColumnsProxy::showingAgain_insertsTheColumnInSourceOrder()
{
    auto source = grid(2, 4);
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(source.get());
    proxy.setColumnHidden(1, true);
    proxy.setColumnHidden(2, true);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::columnsInserted);

    proxy.setColumnHidden(2, false);

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 1); // between h0 and h3
    QCOMPARE(rowTexts(proxy, 1), (QStringList{u"r1c0"_s, u"r1c2"_s, u"r1c3"_s}));
    proxy.setColumnHidden(2, false); // already shown: nothing happens
    QCOMPARE(inserted.size(), 1);
}

void TestVisibleColumnsProxy::hidingWithoutSource_isRememberedForTheSource()
{
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setColumnHidden(0, true);
    auto source = grid(1, 3);
    proxy.setSourceModel(source.get());
    QCOMPARE(headers(proxy), (QStringList{u"h1"_s, u"h2"_s}));
}

void TestVisibleColumnsProxy::rowsAndResets_passThrough()
{
    auto source = grid(2, 3);
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(source.get());
    proxy.setColumnHidden(1, true);

    source->insertRow(
        1, {new QStandardItem(u"new0"_s), new QStandardItem(u"new1"_s), new QStandardItem(u"new2"_s)});
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(rowTexts(proxy, 1), (QStringList{u"new0"_s, u"new2"_s}));
    source->removeRows(0, 2);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(rowTexts(proxy, 0), (QStringList{u"r1c0"_s, u"r1c2"_s}));
    source->clear(); // a reset; the hidden column stays hidden for the next columns
    source->setColumnCount(3);
    QCOMPARE(proxy.columnCount(), 2);
    QVERIFY(proxy.isColumnHidden(1));
}

void TestVisibleColumnsProxy::dataChangedInHiddenColumns_isNotForwarded()
{
    auto source = grid(2, 4);
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(source.get());
    proxy.setColumnHidden(1, true);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

    source->item(0, 1)->setText(u"unseen"_s);
    QCOMPARE(changed.size(), 0);
    source->item(1, 3)->setText(u"seen"_s);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.constFirst().at(0).value<QModelIndex>();
    QCOMPARE(topLeft, proxy.index(1, 2));
    QCOMPARE(topLeft.data().toString(), u"seen"_s);
}

void TestVisibleColumnsProxy::sourceLayoutChange_keepsTheSelectedCell()
{
    auto source = grid(4, 3);
    VisibleColumnsProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(source.get());
    proxy.setColumnHidden(0, true);
    const QPersistentModelIndex selected(proxy.index(1, 1)); // r1c2

    source->sort(0, Qt::DescendingOrder); // r3, r2, r1, r0

    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 2);
    QCOMPARE(selected.column(), 1);
    QCOMPARE(selected.data().toString(), u"r1c2"_s);
}

QTEST_MAIN(TestVisibleColumnsProxy)
#include "tst_visiblecolumnsproxy.moc"
