// What the status bar says about the table in the demo window: labelled numbers, the quick
// filter's "n of m", and Cancel before any row arrived.
#include "statusbarpresenter.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QString label(MainWindow *window, const QString &name)
{
    return window->findChild<QLabel *>(name)->text();
}

} // namespace

class TestStatusBarPresenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void afterPage_labelsRowsAndEachTime();
    void quickFilter_showsShownOfLoadedRows();
    void cancelBeforeFirstPage_saysNoRowsLoaded();
};

void TestStatusBarPresenter::afterPage_labelsRowsAndEachTime()
{
    auto window = uitest::demoWindow(30);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    const QString rows = QLocale().toString(window->model()->rowCount());
    QTRY_COMPARE(label(window.get(), u"rowsLabel"_s), u"%1 loaded rows"_s.arg(rows));
    QCOMPARE(label(window.get(), u"stateLabel"_s),
             u"More available: scroll down or Load All (Ctrl+Shift+End)"_s);
    const QString timing = label(window.get(), u"elapsedLabel"_s);
    QVERIFY2(timing.startsWith(u"Last page: "_s) && timing.contains(u" · Since Run: "_s), qPrintable(timing));
    QVERIFY(window->model()->lastPageMilliseconds() >= 30); // the sandbox's latency
    QVERIFY(label(window.get(), u"requestIdLabel"_s).startsWith(u"RequestId: "_s));
}

void TestStatusBarPresenter::quickFilter_showsShownOfLoadedRows()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    const QString address = table->model()->index(0, int(Column::ToAddress)).data().toString();
    window->findChild<QLineEdit *>(u"quickFilterLineEdit"_s)->setText(address);
    QTRY_VERIFY(table->model()->rowCount() < window->model()->rowCount());
    const QLocale locale;
    QTRY_COMPARE(label(window.get(), u"rowsLabel"_s),
                 u"%1 of %2 loaded rows"_s.arg(locale.toString(table->model()->rowCount()),
                                               locale.toString(window->model()->rowCount())));
    window->findChild<QLineEdit *>(u"quickFilterLineEdit"_s)->clear();
    QTRY_VERIFY(!label(window.get(), u"rowsLabel"_s).contains(u" of "_s));
}

void TestStatusBarPresenter::cancelBeforeFirstPage_saysNoRowsLoaded()
{
    auto window = uitest::demoWindow(3000);
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->isLoading(), 20000);
    window->cancelQuery();
    QCOMPARE(window->model()->rowCount(), 0);
    QCOMPARE(label(window.get(), u"stateLabel"_s), u"Cancelled — no rows loaded"_s);
    QCOMPARE(window->statusBar()->currentMessage(), u"Cancelled — no rows loaded."_s);
    QVERIFY(!label(window.get(), u"stateLabel"_s).contains(u"scroll"_s));
}

QTEST_MAIN(TestStatusBarPresenter)
#include "tst_statusbarpresenter.moc"
