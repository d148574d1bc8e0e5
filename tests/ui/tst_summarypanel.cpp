#include "filterchip.h"
#include "insight/summaryformat.h"
#include "queryform.h"
#include "quickfilterproxy.h"
#include "resultsview.h"
#include "servicetotalsview.h"
#include "summarychart.h"
#include "summarycontroller.h"
#include "summaryentrymodel.h"
#include "summaryexport.h"
#include "summarylists.h"
#include "summarypanel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestSummaryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void firstPage_statusCountsAreTheLoadedRows();
    void domainClick_refinesTableAndSecondClickOrEscClears();
    void chartBarClick_refinesTableByTime();
    void complete_countsTheWholeQueryUntilTheZoneChanges();
    void cancelComplete_keepsTheLoadedRowsSummary();
    void exportCsv_writesTheFileAndRemembersTheFolder();
    void exportChart_writesPngAndSvg();
    void shortcutTogglesDock_andBucketSizeIsRemembered();
    void tagQuery_showsServiceTotals_thatAgreeOnceComplete();

private:
    std::unique_ptr<MainWindow> window(int latencyMs = 0, int records = 4000);
    static qint64 matching(MainWindow *window, const SummaryFilter &filter);
    static int visibleRows(MainWindow *window) { return window->resultsView()->filterProxy()->rowCount(); }
};

std::unique_ptr<MainWindow> TestSummaryPanel::window(int latencyMs, int records)
{
    auto w = uitest::demoWindow(latencyMs, records);
    SummaryPanel *panel = w->summaryPanel();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(panel->lists()->statusModel(), mode, panel);
    for (int list = 0; list < SummaryLists::ListCount; ++list)
        new QAbstractItemModelTester(panel->lists()->model(SummaryLists::List(list)), mode, panel);
    return w;
}

// Rows of the table's store the filter lets through.
qint64 TestSummaryPanel::matching(MainWindow *window, const SummaryFilter &filter)
{
    const RecordStore &store = window->model()->store();
    qint64 n = 0;
    for (qsizetype i = 0; i < store.size(); ++i)
        n += filter.matches(store.record(i)) ? 1 : 0;
    return n;
}

void TestSummaryPanel::firstPage_statusCountsAreTheLoadedRows()
{
    auto w = window();
    QVERIFY(uitest::waitForFirstPage(w.get()));
    SummaryEntryModel *statuses = w->summaryPanel()->lists()->statusModel();
    const auto counted = [&w, statuses] {
        QList<qint64> shown;
        QList<qint64> loaded;
        for (const SummaryEntryModel::Entry &entry : statuses->entries()) {
            shown << entry.count;
            loaded << matching(w.get(), entry.filter);
        }
        return shown == loaded && !shown.isEmpty();
    };
    QTRY_VERIFY(counted());
    QCOMPARE(statuses->entries().constFirst().filter, SummaryFilter::byStatus(DeliveryStatus::Delivered));
    qint64 sum = 0;
    for (const SummaryEntryModel::Entry &entry : statuses->entries())
        sum += entry.count;
    QCOMPARE(sum, qint64(w->model()->rowCount()));
    const QString coverage = w->summaryPanel()->coverageText();
    QVERIFY2(coverage.contains(u"loaded rows — more available"_s), qPrintable(coverage));
    QVERIFY(coverage.contains(QLocale().toString(w->model()->rowCount())));
}

void TestSummaryPanel::domainClick_refinesTableAndSecondClickOrEscClears()
{
    auto w = window();
    QVERIFY(uitest::waitForFirstPage(w.get()));
    SummaryPanel *panel = w->summaryPanel();
    panel->findChild<QTabWidget *>(u"summaryTabWidget"_s)->setCurrentIndex(SummaryLists::DomainList);
    QTableView *domains = panel->lists()->view(SummaryLists::DomainList);
    QTRY_VERIFY(domains->model()->rowCount() > 1);
    QTRY_VERIFY(!w->model()->isLoading());
    const SummaryEntryModel::Entry entry = panel->lists()->model(SummaryLists::DomainList)->entries().at(1);
    const auto click = [domains] {
        QTest::mouseClick(domains->viewport(), Qt::LeftButton, {},
                          domains->visualRect(domains->model()->index(1, 0)).center());
    };
    const qint64 expected = matching(w.get(), entry.filter);
    QVERIFY(expected > 0 && expected < w->model()->rowCount());

    click();
    QCOMPARE(visibleRows(w.get()), int(expected));
    QCOMPARE(entry.count, expected); // the rows shown are the rows counted
    auto *chip = w->findChild<FilterChip *>(u"summaryFilterChip"_s);
    QVERIFY(chip->isVisible());
    QCOMPARE(chip->text(), u"Showing only: Domain: %1"_s.arg(entry.name));
    QVERIFY(domains->selectionModel()->isRowSelected(1, {}));

    click(); // the same entry again
    QCOMPARE(visibleRows(w.get()), w->model()->rowCount());
    QVERIFY(!chip->isVisible());
    QVERIFY(!domains->selectionModel()->hasSelection());

    click();
    QCOMPARE(visibleRows(w.get()), int(expected));
    QTest::keyClick(domains, Qt::Key_Escape); // Esc in the panel
    QCOMPARE(visibleRows(w.get()), w->model()->rowCount());

    click();
    QCOMPARE(visibleRows(w.get()), int(expected));
    QTableView *table = w->resultsView()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape); // Esc in the table
    QCOMPARE(visibleRows(w.get()), w->model()->rowCount());
    QVERIFY(!w->resultsView()->summaryFilter());

    domains->setFocus(); // the keyboard's click: Enter, then Space again
    domains->setCurrentIndex(domains->model()->index(1, 0));
    QTest::keyClick(domains, Qt::Key_Return);
    QCOMPARE(w->resultsView()->summaryFilter(), std::optional(entry.filter));
    QTest::keyClick(domains, Qt::Key_Space);
    QVERIFY(!w->resultsView()->summaryFilter());
}

void TestSummaryPanel::chartBarClick_refinesTableByTime()
{
    auto w = window();
    QVERIFY(uitest::waitForFirstPage(w.get()));
    QTRY_VERIFY(!w->model()->isLoading());
    SummaryChart *chart = w->summaryPanel()->chart();
    chart->setBucketSize(Summary::BucketSize::Day);
    QTRY_VERIFY(!chart->buckets().isEmpty());
    int busiest = 0;
    for (int i = 0; i < chart->buckets().size(); ++i) {
        if (chart->buckets().at(i).total() > chart->buckets().at(busiest).total())
            busiest = i;
    }
    const Summary::Bucket bucket = chart->buckets().at(busiest);
    const SummaryFilter filter = SummaryFilter::byTime(bucket.startUtc, bucket.endUtc);
    QCOMPARE(matching(w.get(), filter), bucket.total());

    QWidget *viewport = chart->chartView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, chart->barCenter(busiest));
    QTRY_COMPARE(w->resultsView()->summaryFilter(), std::optional(filter));
    QCOMPARE(visibleRows(w.get()), int(bucket.total()));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, chart->barCenter(busiest));
    QTRY_VERIFY(!w->resultsView()->summaryFilter());
    QCOMPARE(visibleRows(w.get()), w->model()->rowCount());
}

void TestSummaryPanel::complete_countsTheWholeQueryUntilTheZoneChanges()
{
    auto w = window(0, 2000);
    QVERIFY(uitest::waitForFirstPage(w.get()));
    const MailQuery query = *w->model()->query();
    SandboxQuery expected;
    const auto windows = splitWindows(query.start, query.end); // the sandbox sees whole minutes
    expected.start = windows.constLast().start;
    expected.end = windows.constFirst().end;
    const qint64 total = uitest::sandbox(w)->dataset().select(expected).size();
    QVERIFY(total > w->model()->rowCount());

    SummaryPanel *panel = w->summaryPanel();
    auto *complete = panel->findChild<QPushButton *>(u"completeSummaryButton"_s);
    QTRY_VERIFY(complete->isEnabled());
    QTest::mouseClick(complete, Qt::LeftButton);
    QVERIFY(w->summary()->isCompleting());
    QTRY_VERIFY_WITH_TIMEOUT(panel->coverageText().contains(u"whole query"_s), 40000);
    QCOMPARE(w->summary()->summary().total(), total);
    qint64 sum = 0;
    for (const SummaryEntryModel::Entry &entry : panel->lists()->statusModel()->entries())
        sum += entry.count;
    QCOMPARE(sum, total);
    QVERIFY(!complete->isEnabled());
    QVERIFY(!panel->findChild<QWidget *>(u"completeProgressBar"_s)->isVisible());

    w->setDisplayZone(DisplayZone::Service); // other days: back to what is loaded
    QVERIFY(panel->coverageText().contains(u"more available"_s));
    QCOMPARE(w->summary()->summary().total(), qint64(w->model()->rowCount()));
    QCOMPARE(w->summary()->summary().zone(), QTimeZone(8 * 3600));
}

void TestSummaryPanel::cancelComplete_keepsTheLoadedRowsSummary()
{
    auto w = window(300);
    QVERIFY(uitest::waitForFirstPage(w.get()));
    SummaryPanel *panel = w->summaryPanel();
    QSignalSpy progressed(w->summary(), &SummaryController::completeProgressed);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"completeSummaryButton"_s), Qt::LeftButton);
    auto *cancel = panel->findChild<QPushButton *>(u"cancelCompleteButton"_s);
    QVERIFY(cancel->isVisible());
    QVERIFY(progressed.wait(20000)); // pages of the whole query are arriving
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!w->summary()->isCompleting());
    QVERIFY(!cancel->isVisible());
    QVERIFY(panel->coverageText().contains(u"more available"_s));
    QCOMPARE(w->summary()->summary().total(), qint64(w->model()->rowCount()));
    QVERIFY(panel->findChild<QPushButton *>(u"completeSummaryButton"_s)->isEnabled());
}

void TestSummaryPanel::exportCsv_writesTheFileAndRemembersTheFolder()
{
    auto w = window();
    QVERIFY(uitest::waitForFirstPage(w.get()));
    QTRY_VERIFY(!w->model()->isLoading());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"summary.csv"_s);
    // The dialog is modal: answer it from the event loop it runs.
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&answer, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            answer.stop();
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        }
    });
    answer.start(50);
    auto *button = w->summaryPanel()->findChild<QToolButton *>(u"exportSummaryButton"_s);
    button->menu()->actions().constFirst()->trigger(); // "Summary as CSV…"
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), SummaryFormat::toCsv(w->summary()->summary()));
    QCOMPARE(QSettings().value(u"summary/lastFolder"_s).toString(), QFileInfo(path).absolutePath());
}

void TestSummaryPanel::exportChart_writesPngAndSvg()
{
    auto w = window();
    QVERIFY(uitest::waitForFirstPage(w.get()));
    QTemporaryDir dir;
    QString error;
    QChartView *view = w->summaryPanel()->chart()->chartView();
    const QString png = dir.filePath(u"chart.png"_s);
    QVERIFY2(SummaryExport::writeChart(png, SummaryExport::Kind::Png, view, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), view->size() * view->devicePixelRatio());
    const QString svg = dir.filePath(u"chart.svg"_s);
    QVERIFY2(SummaryExport::writeChart(svg, SummaryExport::Kind::Svg, view, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
}

void TestSummaryPanel::shortcutTogglesDock_andBucketSizeIsRemembered()
{
    {
        auto w = window();
        auto *dock = w->findChild<QDockWidget *>(u"summaryDockWidget"_s);
        QVERIFY(dock->isVisible());
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
        w->summaryPanel()->chart()->setBucketSize(Summary::BucketSize::Hour);
        w->close(); // saves the window state
    }
    auto w = window();
    auto *dock = w->findChild<QDockWidget *>(u"summaryDockWidget"_s);
    QVERIFY(!dock->isVisible());
    QCOMPARE(w->summaryPanel()->chart()->bucketSize(), Summary::BucketSize::Hour);
    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
}

void TestSummaryPanel::tagQuery_showsServiceTotals_thatAgreeOnceComplete()
{
    auto w = window(0, 6000);
    QVERIFY(uitest::waitForFirstPage(w.get()));
    auto *totals = w->summaryPanel()->findChild<ServiceTotalsView *>();
    QVERIFY(totals);
    QTabWidget *tabs = w->summaryPanel()->lists()->tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(totals))); // not a tag or sender query
    QueryForm *form = w->queryForm();
    form->findChild<QComboBox *>(u"filterKindComboBox"_s)->setCurrentIndex(int(QueryForm::FilterKind::Tag));
    form->filterValueEdit()->setText(uitest::sandbox(w)->dataset().tagNames().constFirst());
    form->applyPreset(QueryForm::Preset::Last7Days);
    w->runQuery();
    QTRY_VERIFY(tabs->isTabVisible(tabs->indexOf(totals)));
    QTRY_VERIFY_WITH_TIMEOUT(totals->hasTotals(), 20000);
    QVERIFY(totals->table()->rowCount() >= 6); // the whole days of the last 7
    SummaryController *controller = w->summary();
    if (controller->canComplete()) {
        QTRY_VERIFY(!w->model()->isLoading());
        controller->complete();
    }
    QTRY_VERIFY_WITH_TIMEOUT(controller->coverage() == SummaryController::Coverage::WholeQuery ||
                                 controller->coverage() == SummaryController::Coverage::AllLoaded,
                             30000);
    QTRY_VERIFY2(totals->verdictText().contains(u"agree"_s), qPrintable(totals->verdictText()));
}

QTEST_MAIN(TestSummaryPanel)
#include "tst_summarypanel.moc"
