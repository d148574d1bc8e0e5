#include "connection/appsession.h"
#include "queryform.h"
#include "quickfilterproxy.h"
#include "recorddetailpanel.h"
#include "records/recordcolumns.h"
#include "resultsview.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <algorithm>

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
    void wrongSecret_saysSoAndOffersEditProfileInsteadOfRetry();
    void defaultColumns_showPoolAndConfigSetNamesNotIds();
    void emptyRecipientQuery_suggestsLowerCase_andTheLinkRunsIt();
    void emptyTagQuery_suggestsTheTagInTheAccountsOwnCase();
    void start_environmentKey_becomesTheSessionOnlyProfile();
    void demoTitle_namesTheDocumentNotTheAppTwice();
    void smallScreen_detailsOpen_nothingIsCut();
};

void TestMainWindow::demoRun_showsRowsAndStatus()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), window->model()->rowCount());
    QVERIFY(window->findChild<QLabel *>(u"demoBannerLabel"_s)->isVisible());
    QTRY_VERIFY(window->findChild<QLabel *>(u"rowsLabel"_s)->text().contains(u"loaded rows"_s));
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
    // The service goes down: every call answers 503, retried with backoff until the attempts run out.
    SandboxOptions working = uitest::sandbox(window)->options();
    SandboxOptions broken = working;
    broken.unavailableEvery = 1;
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000); // no page of the working service in flight
    // Every message the status bar shows, not only the current one: on a slow (sanitizer) build
    // under load the next retry's message can replace this one between two polls.
    QSignalSpy messages(window->statusBar(), &QStatusBar::messageChanged);
    uitest::sandbox(window)->setOptions(broken);
    model->fetchMore({});
    QVERIFY(model->isLoading());
    // While it waits, the status bar says why and when it tries again.
    const auto saidRetry = [&messages] {
        return std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
            return m.at(0).toString().contains(u"The service is temporarily unavailable: retry 1 of 3 in"_s);
        });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(saidRetry(),
                              qPrintable(window->statusBar()->currentMessage() + u" | calls "_s +
                                         QString::number(uitest::sandbox(window)->callCount()) +
                                         u" loading "_s + QString::number(model->isLoading())),
                              20000);
    auto *errorBar = window->findChild<QWidget *>(u"errorBarFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errorBar->isVisible(), 20000);
    const QString text = window->findChild<QLabel *>(u"errorLabel"_s)->text();
    QVERIFY2(text.contains(u"could not be loaded"_s) && text.contains(u"temporarily unavailable"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"refused"_s));
    auto *retry = window->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(!window->findChild<QPushButton *>(u"editProfileButton"_s)->isVisible());
    QVERIFY(model->hasFailed());
    QTRY_VERIFY(window->findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"failed"_s));
    // Scrolling does not hammer the failing endpoint.
    const int calls = uitest::sandbox(window)->callCount();
    window->findChild<QTableView *>(u"resultsTableView"_s)->scrollToBottom();
    QTest::qWait(300);
    QCOMPARE(uitest::sandbox(window)->callCount(), calls);

    uitest::sandbox(window)->setOptions(working);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > firstPage, 20000);
    QVERIFY(!errorBar->isVisible());
}

void TestMainWindow::wrongSecret_saysSoAndOffersEditProfileInsteadOfRetry()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    SandboxOptions broken = uitest::sandbox(window)->options();
    broken.accessKeys = {
        SandboxAccessKey{sandboxDemoAccessKey().id, QByteArray("another-secret"), QString()}};
    uitest::sandbox(window)->setOptions(broken);
    window->model()->fetchMore({});
    auto *errorBar = window->findChild<QWidget *>(u"errorBarFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errorBar->isVisible(), 20000);
    const QString text = window->findChild<QLabel *>(u"errorLabel"_s)->text();
    QVERIFY2(text.contains(u"The AccessKey secret does not match this AccessKey ID"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"string to sign"_s), qPrintable(text)); // the service's raw diagnosis
    QVERIFY(!window->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
    auto *edit = window->findChild<QPushButton *>(u"editProfileButton"_s);
    QVERIFY(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(window->findChild<QDialog *>(u"profilesDialog"_s) &&
                window->findChild<QDialog *>(u"profilesDialog"_s)->isVisible());
}

void TestMainWindow::defaultColumns_showPoolAndConfigSetNamesNotIds()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    // The table's model holds the shown columns only: what a screen reader walks is what is seen.
    const QAbstractItemModel *shown = window->findChild<QTableView *>(u"resultsTableView"_s)->model();
    QStringList titles;
    for (int c = 0; c < shown->columnCount(); ++c)
        titles << shown->headerData(c, Qt::Horizontal).toString();
    QVERIFY(titles.contains(RecordColumns::title(Column::IpPoolName)));
    QVERIFY(titles.contains(RecordColumns::title(Column::ConfigSetName)));
    QVERIFY(!titles.contains(RecordColumns::title(Column::IpPoolId)));
    QVERIFY(!titles.contains(RecordColumns::title(Column::ConfigSetId)));
    QCOMPARE(shown->columnCount(), kColumnCount - 3); // the IDs and the raw LastUpdateTime
}

namespace {

void runFilter(MainWindow *window, QueryForm::FilterKind kind, const QString &value)
{
    auto *form = window->queryForm();
    form->findChild<QComboBox *>(u"filterKindComboBox"_s)->setCurrentIndex(int(kind));
    form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(value);
    QTest::mouseClick(form->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
}

} // namespace

void TestMainWindow::emptyRecipientQuery_suggestsLowerCase_andTheLinkRunsIt()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    auto *model = window->model();
    const QString address = model->store().record(0).toAddress;
    QVERIFY(address == address.toLower());
    runFilter(window.get(), QueryForm::FilterKind::Recipient, address.toUpper());
    auto *empty = window->findChild<QLabel *>(u"emptyLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 20000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(empty->text().contains(u"No mail to "_s + address.toUpper()), qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(u"Search "_s + address), qPrintable(empty->text()));

    Q_EMIT empty->linkActivated(u"suggestion"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
    QCOMPARE(model->query()->toAddress, address);
    QCOMPARE(window->queryForm()->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->text(), address);
    QVERIFY(!empty->isVisible());
}

void TestMainWindow::emptyTagQuery_suggestsTheTagInTheAccountsOwnCase()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    runFilter(window.get(), QueryForm::FilterKind::Tag, u"newsletter"_s);
    auto *empty = window->findChild<QLabel *>(u"emptyLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 20000);
    // First the plain statement, then, once the tag list has answered, the tag that is meant.
    QTRY_VERIFY_WITH_TIMEOUT(empty->text().contains(u"Search the tag Newsletter"_s), 20000);
    Q_EMIT empty->linkActivated(u"suggestion"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->rowCount() > 0, 20000);
    QCOMPARE(window->model()->query()->tagName, u"Newsletter"_s);
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

// Qt appends the application display name ("… — Sendtrail") itself: the title holds the document.
void TestMainWindow::demoTitle_namesTheDocumentNotTheAppTwice()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    QCOMPARE(window->windowTitle(), u"Demo"_s);
}

// A 1024×700 screen less the window frame, the record details open: the window fits, and the
// form's fields keep at least their minimum size inside the form.
void TestMainWindow::smallScreen_detailsOpen_nothingIsCut()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    window->showDetail(0);
    const QSize screen(1008, 652);
    QVERIFY2(window->minimumSizeHint().width() <= screen.width(),
             qPrintable(QString::number(window->minimumSizeHint().width())));
    QVERIFY2(window->minimumSizeHint().height() <= screen.height(),
             qPrintable(QString::number(window->minimumSizeHint().height())));
    window->resize(screen);
    QTRY_COMPARE(window->size(), screen);
    QWidget *form = window->queryForm();
    for (const char *name :
         {"startDateTimeEdit", "endDateTimeEdit", "zoneLabel", "runButton", "statusComboBox"}) {
        auto *widget = form->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY(widget);
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), name);
        QVERIFY2(form->rect().contains(QRect(widget->mapTo(form, QPoint(0, 0)), widget->size())), name);
    }
    QVERIFY(window->findChild<QDockWidget *>(u"detailDockWidget"_s)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
