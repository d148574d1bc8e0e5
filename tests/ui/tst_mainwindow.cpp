#include "connection/appsession.h"
#include "queryform.h"
#include "quickfilterproxy.h"
#include "recorddetailpanel.h"
#include "resultsview.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void demoRun_showsRowsAndStatus();
    void scrollingToBottom_fetchesMorePages();
    void enterOnRow_opensDetailWithFieldsAndExplanation();
    void invalidForm_flagsFieldsAndSendsNothing();
    void newRunWhilePageInFlight_showsOnlyNewQueryRows();
    void quickFilter_narrowsLoadedRowsOnly();
    void displayZone_changesTimeColumnNotQuery();
    void failedPage_showsErrorBarAndRetryLoadsIt();
    void start_environmentKey_becomesTheSessionOnlyProfile();
};

void TestMainWindow::demoRun_showsRowsAndStatus()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), window->model()->rowCount());
    QVERIFY(window->findChild<QLabel *>(u"demoBannerLabel"_s)->isVisible());
    QTRY_VERIFY(window->findChild<QLabel *>(u"rowsLabel"_s)->text().contains(u"rows loaded"_s));
    QVERIFY(window->findChild<QLabel *>(u"requestIdLabel"_s)->text().startsWith(u"RequestId: "_s));
    QVERIFY(!window->findChild<QLabel *>(u"stateLabel"_s)->text().isEmpty());
    // The status column shows the word, the icon is extra.
    const QModelIndex status = table->model()->index(0, int(Column::Status));
    QVERIFY(!status.data().toString().isEmpty());
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestMainWindow::scrollingToBottom_fetchesMorePages()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *model = window->model();
    const int firstPage = model->rowCount();
    QCOMPARE(model->pagesLoaded(), 1);
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->rowCount() > firstPage), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->pagesLoaded() >= 2, 20000);
}

void TestMainWindow::enterOnRow_opensDetailWithFieldsAndExplanation()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *dock = window->findChild<QDockWidget *>(u"detailDockWidget"_s);
    QTRY_VERIFY(dock->isVisible());
    const MailRecord record =
        window->model()->index(2, 0).data(RecordTableModel::RecordRole).value<MailRecord>();
    auto *panel = window->detailPanel();
    QVERIFY(panel->hasRecord());
    QCOMPARE(panel->fieldValue(u"recipient"_s), record.toAddress);
    QCOMPARE(panel->fieldValue(u"sender"_s), record.accountName);
    QCOMPARE(panel->fieldValue(u"classification"_s), record.errorClassification);
    QVERIFY(panel->fieldValue(u"timeUtc"_s).contains(u"UTC"_s));
    QVERIFY(panel->fieldValue(u"timeService"_s).contains(u"UTC+08:00"_s));
    QVERIFY(!panel->explanationText().isEmpty());
    QVERIFY(panel->explanationText().contains(record.errorClassification));
    const QString raw = panel->findChild<QPlainTextEdit *>(u"rawJsonPlainTextEdit"_s)->toPlainText();
    QVERIFY(raw.contains(u"\"ToAddress\""_s));
    QVERIFY(raw.contains(record.toAddress));
}

void TestMainWindow::invalidForm_flagsFieldsAndSendsNothing()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *form = window->queryForm();
    const int calls = uitest::sandbox(window)->callCount();
    const int rows = window->model()->rowCount();

    auto *start = form->findChild<QDateTimeEdit *>(u"startDateTimeEdit"_s);
    auto *end = form->findChild<QDateTimeEdit *>(u"endDateTimeEdit"_s);
    end->setDateTime(start->dateTime().addDays(-1)); // end before start
    form->findChild<QComboBox *>(u"filterKindComboBox"_s)
        ->setCurrentIndex(int(QueryForm::FilterKind::Recipient));
    form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(u"not-an-address"_s);
    QTest::mouseClick(form->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);

    auto *endError = form->findChild<QLabel *>(u"endErrorLabel"_s);
    auto *filterError = form->findChild<QLabel *>(u"filterErrorLabel"_s);
    QTRY_VERIFY(endError->isVisible());
    QVERIFY(endError->text().startsWith(u"⚠"_s)); // the core's sentence follows
    QVERIFY(filterError->isVisible());
    QVERIFY(filterError->text().contains(u"@"_s));
    QVERIFY(!end->styleSheet().isEmpty()); // the red frame
    QVERIFY(form->hasFieldErrors());
    QTest::qWait(500);
    QCOMPARE(uitest::sandbox(window)->callCount(), calls);
    QCOMPARE(window->model()->rowCount(), rows); // the old results stay

    // Fixing the fields clears the marks on the next run.
    end->setDateTime(start->dateTime().addDays(1));
    form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(u"someone@example.com"_s);
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!endError->isVisible());
    QVERIFY(end->styleSheet().isEmpty());
    QTRY_VERIFY(uitest::sandbox(window)->callCount() > calls);
}

void TestMainWindow::newRunWhilePageInFlight_showsOnlyNewQueryRows()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *form = window->queryForm();
    auto *status = form->findChild<QComboBox *>(u"statusComboBox"_s);
    auto *model = window->model();
    auto *sandbox = uitest::sandbox(window);

    // The sandbox keeps every answer back until the test lets them go: the spam page is in
    // flight for as long as the test wants, not for a latency window.
    sandbox->holdReplies();
    status->setCurrentIndex(status->findData(int(DeliveryStatus::Spam)));
    window->runQuery();
    QVERIFY(model->isLoading());
    QTRY_VERIFY(sandbox->heldReplies() >= 1); // the spam request reached the server
    const int spamHeld = sandbox->heldReplies();
    status->setCurrentIndex(status->findData(int(DeliveryStatus::Delivered)));
    window->runQuery();
    QTRY_VERIFY(sandbox->heldReplies() > spamHeld); // and so did the new query's
    QCOMPARE(model->rowCount(), 0);
    sandbox->releaseHeldReplies(); // the stale spam reply goes out first
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 20000);
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto record = model->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>();
        QCOMPARE(record.status, DeliveryStatus::Delivered);
    }
    QCOMPARE(model->query()->status, std::optional<int>(int(DeliveryStatus::Delivered)));
}

void TestMainWindow::quickFilter_narrowsLoadedRowsOnly()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    const QString address = table->model()->index(0, int(Column::ToAddress)).data().toString();
    const int calls = uitest::sandbox(window)->callCount();
    window->findChild<QLineEdit *>(u"quickFilterLineEdit"_s)->setText(address);
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < window->model()->rowCount());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        bool found = false;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            found = found ||
                    table->model()->index(row, c).data().toString().contains(address, Qt::CaseInsensitive);
        QVERIFY(found);
    }
    table->scrollToBottom();
    QTest::qWait(300);
    QCOMPARE(uitest::sandbox(window)->callCount(), calls); // a filter never pages through the query
    QVERIFY(window->findChild<QLabel *>(u"quickFilterNoteLabel"_s)->text().contains(u"loaded rows only"_s));
}

void TestMainWindow::displayZone_changesTimeColumnNotQuery()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    const MailQuery before = window->queryForm()->query();
    const auto record = window->model()->index(0, 0).data(RecordTableModel::RecordRole).value<MailRecord>();
    window->setDisplayZone(DisplayZone::Service);
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    const QString expected = QDateTime::fromSecsSinceEpoch(record.utcSeconds, QTimeZone(8 * 3600))
                                 .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(table->model()->index(0, int(Column::Time)).data().toString(), expected);
    QVERIFY(
        table->model()->headerData(int(Column::Time), Qt::Horizontal).toString().contains(u"UTC+08:00"_s));
    const MailQuery after = window->queryForm()->query();
    QCOMPARE(after.start, before.start);
    QCOMPARE(after.end, before.end);
}

void TestMainWindow::failedPage_showsErrorBarAndRetryLoadsIt()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *model = window->model();
    const int firstPage = model->rowCount();
    // The key stops working: the service answers InvalidAccessKeyId, which is never retried.
    SandboxOptions working = uitest::sandbox(window)->options();
    SandboxOptions broken = working;
    broken.accessKeys = {SandboxAccessKey{u"SomeOtherKey1"_s, QByteArray("other"), QString()}};
    uitest::sandbox(window)->setOptions(broken);
    model->fetchMore({});
    auto *errorBar = window->findChild<QWidget *>(u"errorBarFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errorBar->isVisible(), 20000);
    QVERIFY(window->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"could not be loaded"_s));
    QVERIFY(model->hasFailed());
    QTRY_VERIFY(window->findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"failed"_s));
    // Scrolling does not hammer the failing endpoint.
    const int calls = uitest::sandbox(window)->callCount();
    window->findChild<QTableView *>(u"resultsTableView"_s)->scrollToBottom();
    QTest::qWait(300);
    QCOMPARE(uitest::sandbox(window)->callCount(), calls);

    uitest::sandbox(window)->setOptions(working);
    QTest::mouseClick(window->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > firstPage, 20000);
    QVERIFY(!errorBar->isVisible());
}

void TestMainWindow::start_environmentKey_becomesTheSessionOnlyProfile()
{
    MainWindow::Options options;
    auto *keychain = new SessionSecretStore;
    options.secretStore = keychain;
    options.environment = QProcessEnvironment();
    options.environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnvWindowKey01"_s);
    options.environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-window-secret"_s);
    options.environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"us-east-1"_s);
    MainWindow window(options);
    window.show();
    QSignalSpy activated(window.session(), &AppSession::profileActivated);
    window.start();
    QVERIFY(activated.wait(5000));
    // With no saved profile it is the one in use: no first-run question.
    const auto profile = activated.at(0).at(0).value<Profile>();
    QCOMPARE(profile.name, u"environment"_s);
    QCOMPARE(profile.regionId, u"us-east-1"_s);
    QVERIFY(window.session()->isSessionOnly(u"environment"_s));
    QCOMPARE(window.queryForm()->currentProfile(), u"environment"_s);
    QVERIFY(!window.findChild<QMessageBox *>(u"firstRunMessageBox"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"“environment” for this session"_s));
    QCOMPARE(readSecretBlocking(*keychain, secretKeyFor(u"environment"_s)).error->kind,
             CredentialError::Kind::NotFound);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
