// The results table's own behaviour against the demo window: header sorting, the elided-cell
// tooltip, Tab leaving the table and Ctrl+End asking for every row.
#include "elidedtooltipdelegate.h"
#include "quickfilterproxy.h"
#include "resultscolumns.h"
#include "resultsview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QTableView *tableOf(MainWindow *window)
{
    return window->findChild<QTableView *>(u"resultsTableView"_s);
}

QStringList columnTexts(const QAbstractItemModel *model, Column column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, int(column)).data().toString();
    return texts;
}

void clickHeader(QTableView *table, Column column)
{
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(int(column)) + header->sectionSize(int(column)) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

} // namespace

class TestResultsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void headerClick_sortsAscendingDescendingThenServiceOrder();
    void sorted_statusBarSaysLoadedRows_andSelectionStays();
    void sorted_newPagesMergeInOrder();
    void elidedCell_tooltipShowsFullText();
    void tab_leavesTheTable_arrowsMoveBetweenCells();
    void ctrlEnd_requestsLoadAll();
    void hiddenColumn_isAbsentFromTheTableModel_andComesBackAtItsWidth();
    void hidingTheSortedColumn_hidesTheArrowUntilItIsShownAgain();
    void columnLayout_survivesSaveAndRestore();
    void unreadableColumnLayout_keepsTheDefaults();
};

void TestResultsView::headerClick_sortsAscendingDescendingThenServiceOrder()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QAbstractItemModelTester tester(tableOf(window.get())->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = tableOf(window.get());
    const QStringList serviceOrder = columnTexts(table->model(), Column::ToAddress);
    QStringList ascending = serviceOrder;
    std::stable_sort(ascending.begin(), ascending.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });

    clickHeader(table, Column::ToAddress);
    QTRY_VERIFY(!window->model()->isSorting());
    QCOMPARE(columnTexts(table->model(), Column::ToAddress), ascending);
    QVERIFY(table->horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(Column::ToAddress));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);

    clickHeader(table, Column::ToAddress);
    QTRY_VERIFY(!window->model()->isSorting());
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(columnTexts(table->model(), Column::ToAddress).constFirst().toLower(),
             descending.constFirst().toLower());
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    clickHeader(table, Column::ToAddress);
    QVERIFY(!window->model()->sortKey());
    QVERIFY(!table->horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(columnTexts(table->model(), Column::ToAddress), serviceOrder);
    QVERIFY(window->resultsView()->serviceOrderAction()->isChecked());
}

void TestResultsView::sorted_statusBarSaysLoadedRows_andSelectionStays()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    window->model()->setBackgroundSortThreshold(1); // the worker-thread path, as for many rows
    QTableView *table = tableOf(window.get());
    table->selectRow(3);
    const QString selected = table->model()->index(3, int(Column::ToAddress)).data().toString();
    const auto selectedTime = table->model()->index(3, 0).data(RecordTableModel::SortRole);
    clickHeader(table, Column::ToAddress);
    auto *sortLabel = window->findChild<QLabel *>(u"sortLabel"_s);
    QVERIFY(sortLabel->text().contains(u"Sorting"_s));
    QTRY_VERIFY(!window->model()->isSorting());
    QCOMPARE(sortLabel->text(), u"Sorted by Recipient, ascending (loaded rows only)"_s);
    const QModelIndex current = table->currentIndex();
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->model()->index(current.row(), int(Column::ToAddress)).data().toString(), selected);
    QCOMPARE(table->model()->index(current.row(), 0).data(RecordTableModel::SortRole), selectedTime);
    window->resultsView()->serviceOrderAction()->trigger();
    QVERIFY(sortLabel->text().isEmpty());
}

void TestResultsView::sorted_newPagesMergeInOrder()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    clickHeader(table, Column::ToAddress);
    const int before = window->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), window->model()->rowCount() > before), 20000);
    QTRY_VERIFY(!window->model()->isLoading());
    const QStringList texts = columnTexts(table->model(), Column::ToAddress);
    for (qsizetype i = 1; i < texts.size(); ++i)
        QVERIFY2(texts.at(i - 1).compare(texts.at(i), Qt::CaseInsensitive) <= 0, qPrintable(texts.at(i)));
}

void TestResultsView::elidedCell_tooltipShowsFullText()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    auto *delegate = qobject_cast<ElidedToolTipDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex cell = table->model()->index(0, int(Column::ToAddress));
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.font = table->font();
    option.fontMetrics = table->fontMetrics();
    option.rect = table->visualRect(cell);
    QVERIFY(!delegate->isElided(option, cell)); // the default width fits an address
    table->horizontalHeader()->resizeSection(int(Column::ToAddress), 30);
    option.rect = table->visualRect(cell);
    QVERIFY(delegate->isElided(option, cell));

    QHelpEvent help(QEvent::ToolTip, option.rect.center(),
                    table->viewport()->mapToGlobal(option.rect.center()));
    QVERIFY(delegate->helpEvent(&help, table, option, cell));
    QTRY_COMPARE(QToolTip::text(), cell.data().toString());
}

void TestResultsView::tab_leavesTheTable_arrowsMoveBetweenCells()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Backtab);
    QTRY_VERIFY(!table->hasFocus());
}

void TestResultsView::ctrlEnd_requestsLoadAll()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    QSignalSpy requested(window->resultsView(), &ResultsView::loadAllRequested);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
}

namespace {

QStringList headerTitles(const QAbstractItemModel *model)
{
    QStringList titles;
    for (int c = 0; c < model->columnCount(); ++c)
        titles << model->headerData(c, Qt::Horizontal).toString();
    return titles;
}

} // namespace

void TestResultsView::hiddenColumn_isAbsentFromTheTableModel_andComesBackAtItsWidth()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResultsColumns *columns = window->resultsView()->columns();
    const int before = table->model()->columnCount();
    table->horizontalHeader()->resizeSection(columns->section(Column::Subject), 123);

    columns->setVisible(Column::Subject, false);
    QCOMPARE(table->model()->columnCount(), before - 1);
    QVERIFY(!headerTitles(table->model()).contains(RecordColumns::title(Column::Subject)));
    table->selectRow(0);
    window->resultsView()->copyRowsAsTsv();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.section(u'\n', 0, 0).contains(RecordColumns::title(Column::Subject)));
    QVERIFY(copied.section(u'\n', 0, 0).contains(RecordColumns::title(Column::ToAddress)));

    columns->setVisible(Column::Subject, true);
    QCOMPARE(table->model()->columnCount(), before);
    QCOMPARE(table->model()->headerData(columns->section(Column::Subject), Qt::Horizontal).toString(),
             RecordColumns::title(Column::Subject));
    QCOMPARE(table->horizontalHeader()->sectionSize(columns->section(Column::Subject)), 123);
}

void TestResultsView::hidingTheSortedColumn_hidesTheArrowUntilItIsShownAgain()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QTableView *table = tableOf(window.get());
    ResultsColumns *columns = window->resultsView()->columns();
    columns->setVisible(Column::Status, false); // the sections after it move left by one
    QVERIFY(columns->section(Column::Subject) < int(Column::Subject));
    clickHeader(table, Column::Subject); // the section now at Subject's old place, one further on
    const auto sorted = window->model()->sortKey();
    QVERIFY(sorted);
    QCOMPARE(*columns->column(int(Column::Subject)), Column(sorted->column));
    QTRY_VERIFY(!window->model()->isSorting());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(Column::Subject));

    columns->setVisible(Column(sorted->column), false);
    QVERIFY(!table->horizontalHeader()->isSortIndicatorShown());
    columns->setVisible(Column(sorted->column), true);
    QVERIFY(table->horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), columns->section(Column(sorted->column)));
}

void TestResultsView::columnLayout_survivesSaveAndRestore()
{
    QByteArray state;
    QList<Column> order;
    int width = 0;
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        QHeaderView *header = tableOf(window.get())->horizontalHeader();
        ResultsColumns *columns = window->resultsView()->columns();
        columns->setVisible(Column::IpPoolId, true);
        columns->setVisible(Column::Message, false);
        header->moveSection(header->visualIndex(columns->section(Column::Subject)), 0);
        header->resizeSection(columns->section(Column::ToAddress), 211);
        width = header->sectionSize(columns->section(Column::ToAddress));
        order = columns->visibleInOrder();
        state = window->resultsView()->saveHeaderState();
    }
    QCOMPARE(order.constFirst(), Column::Subject);
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QVERIFY(window->resultsView()->restoreHeaderState(state));
    ResultsColumns *columns = window->resultsView()->columns();
    QCOMPARE(columns->visibleInOrder(), order);
    QVERIFY(!columns->isVisible(Column::Message));
    QVERIFY(columns->isVisible(Column::IpPoolId));
    QCOMPARE(tableOf(window.get())->horizontalHeader()->sectionSize(columns->section(Column::ToAddress)),
             width);
}

void TestResultsView::unreadableColumnLayout_keepsTheDefaults()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    ResultsColumns *columns = window->resultsView()->columns();
    const QList<Column> defaults = columns->visibleInOrder();
    // What an older version saved: QHeaderView's own binary state.
    const QByteArray old = tableOf(window.get())->horizontalHeader()->saveState();
    QVERIFY(!window->resultsView()->restoreHeaderState(old));
    QVERIFY(!window->resultsView()->restoreHeaderState(QByteArray("[{\"key\":\"nonsense\"}]")));
    QCOMPARE(columns->visibleInOrder(), defaults);
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
