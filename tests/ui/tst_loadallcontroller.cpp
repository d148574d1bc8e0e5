// Query → Load All Rows in the demo window: to the end with progress, Cancel (button and Esc),
// and the question before going past the (here small) row threshold.
#include "loadallcontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestLoadAllController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void loadAll_fetchesToTheEnd_withProgress();
    void cancelButton_stopsAndKeepsRows();
    void escape_cancelsLoadAll();
    void threshold_stopThere_keepsRowsAndAsksAgainNextTime();
    void threshold_continue_loadsEverything();
};

void TestLoadAllController::loadAll_fetchesToTheEnd_withProgress()
{
    auto window = uitest::demoWindow(20);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *loadAll = window->loadAll();
    QSignalSpy ended(loadAll, &LoadAllController::ended);
    window->findChild<QAction *>(u"loadAllAction"_s)->trigger();
    QVERIFY(loadAll->isRunning());
    QTRY_VERIFY(loadAll->progressWidget()->isVisible());
    QTRY_VERIFY(window->findChild<QLabel *>(u"loadAllLabel"_s)->text().startsWith(u"Loading all rows: "_s));
    const int firstPage = window->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(!loadAll->isRunning(), 60000);
    QVERIFY(window->model()->isFinished());
    QVERIFY(window->model()->rowCount() > firstPage * 5); // many pages, one trigger
    QVERIFY(!loadAll->progressWidget()->isVisible());
    QCOMPARE(ended.size(), 1);
    QVERIFY(ended.first().at(0).toString().startsWith(u"All "_s));
    QCOMPARE(window->findChild<QLabel *>(u"stateLabel"_s)->text(), u"All rows loaded"_s);
}

void TestLoadAllController::cancelButton_stopsAndKeepsRows()
{
    auto window = uitest::demoWindow(150);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *loadAll = window->loadAll();
    loadAll->start();
    const int before = window->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->rowCount() > before, 20000);
    QTest::mouseClick(window->findChild<QPushButton *>(u"loadAllCancelButton"_s), Qt::LeftButton);
    QVERIFY(!loadAll->isRunning());
    QVERIFY(!window->model()->isLoading());
    const int kept = window->model()->rowCount();
    QVERIFY(kept > before);
    QTest::qWait(400);
    QCOMPARE(window->model()->rowCount(), kept); // nothing more arrives
    QVERIFY(window->findChild<QLabel *>(u"stateLabel"_s)->text().startsWith(u"Cancelled — Load All"_s));
}

void TestLoadAllController::escape_cancelsLoadAll()
{
    auto window = uitest::demoWindow(150);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *loadAll = window->loadAll();
    loadAll->start();
    QTRY_VERIFY(window->model()->isLoading());
    window->findChild<QTableView *>(u"resultsTableView"_s)->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!loadAll->isRunning());
    QVERIFY(window->model()->isHalted());
}

void TestLoadAllController::threshold_stopThere_keepsRowsAndAsksAgainNextTime()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *loadAll = window->loadAll();
    const int threshold = window->model()->rowCount() * 3;
    loadAll->setWarningThreshold(threshold);
    loadAll->start();
    QTRY_VERIFY_WITH_TIMEOUT(loadAll->question() && loadAll->question()->isVisible(), 20000);
    const int atQuestion = window->model()->rowCount();
    QVERIFY(atQuestion >= threshold);
    QVERIFY(!window->model()->isLoading()); // paused: not one page past it
    QTest::mouseClick(loadAll->question()->findChild<QPushButton *>(u"loadAllStopButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!loadAll->isRunning());
    QCOMPARE(window->model()->rowCount(), atQuestion);
    QVERIFY(!window->model()->isFinished());

    loadAll->setWarningThreshold(atQuestion);
    loadAll->start();
    QTRY_VERIFY(loadAll->question());
    QTest::keyClick(loadAll->question(), Qt::Key_Escape); // Esc means Stop there
    QTRY_VERIFY(!loadAll->isRunning());
    QCOMPARE(window->model()->rowCount(), atQuestion);
}

void TestLoadAllController::threshold_continue_loadsEverything()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *loadAll = window->loadAll();
    loadAll->setWarningThreshold(window->model()->rowCount() * 2);
    loadAll->start();
    QTRY_VERIFY_WITH_TIMEOUT(loadAll->question(), 20000);
    QTest::mouseClick(loadAll->question()->findChild<QPushButton *>(u"loadAllContinueButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loadAll->isRunning(), 60000);
    QVERIFY(window->model()->isFinished());
}

QTEST_MAIN(TestLoadAllController)
#include "tst_loadallcontroller.moc"
