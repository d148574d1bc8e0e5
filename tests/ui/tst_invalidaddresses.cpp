// The invalid-address list in the app: the detail panel's check and removal for an invalid-address
// record, and the Invalid Addresses window (every page, multi-select removal, export), against the
// demo sandbox and the list rebuilt from its data set (sandboxinvalidexpectations).
#include "connection/appsession.h"
#include "credentials/profile.h"
#include "invalidaddresscheck.h"
#include "invalidaddressmodel.h"
#include "invalidaddresswindow.h"
#include "present/invalidaddressrule.h"
#include "recorddetailpanel.h"
#include "sandboxinvalidexpectations.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

int serviceOffset(const std::unique_ptr<MainWindow> &window)
{
    return window->session()->activeProfile()->serviceUtcOffsetSeconds;
}

QDate serviceToday(int offset)
{
    return QDateTime::currentDateTimeUtc().addSecs(offset).date();
}

// What QueryInvalidAddress lists for the last 30 days, newest first.
QList<QJsonObject> expectedList(const std::unique_ptr<MainWindow> &window, const QStringList &gone = {})
{
    const int offset = serviceOffset(window);
    const QDate today = serviceToday(offset);
    return test::expectedInvalidAddresses(uitest::sandbox(window)->dataset(),
                                          {today.addDays(-29), today, {}, gone}, offset);
}

QStringList addressesOf(const QList<QJsonObject> &items)
{
    QStringList out;
    for (const QJsonObject &item : items)
        out.append(item.value(u"ToAddress"_s).toString());
    return out;
}

// First loaded row that is an invalid-address failure and (or not) on the expected list.
int findRow(const std::unique_ptr<MainWindow> &window, bool onList, const QString &skip = {})
{
    const QStringList listed = addressesOf(expectedList(window));
    RecordTableModel *model = window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto record = model->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>();
        if (InvalidAddressRule::isInvalidAddressFailure(record) && record.toAddress != skip &&
            listed.contains(record.toAddress) == onList)
            return row;
    }
    return -1;
}

QString addressAt(const std::unique_ptr<MainWindow> &window, int row)
{
    return window->model()->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>().toAddress;
}

void accept(QMessageBox *box)
{
    QVERIFY(box);
    auto *remove = box->findChild<QPushButton *>(u"confirmRemoveButton"_s);
    QVERIFY(remove);
    remove->click();
}

InvalidAddressWindow *openLoaded(const std::unique_ptr<MainWindow> &window)
{
    if (!uitest::waitForFirstPage(window.get())) // the demo profile is active
        return nullptr;
    window->findChild<QAction *>(u"invalidAddressesAction"_s)->trigger();
    InvalidAddressWindow *list = window->invalidAddressWindow();
    if (!list || !list->isVisible())
        return nullptr;
    QSignalSpy done(list, &InvalidAddressWindow::loadFinished);
    list->load();
    return done.wait(20000) ? list : nullptr;
}

} // namespace

class TestInvalidAddresses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void detail_invalidRecord_showsSinceAndRemoves();
    void detail_staleAnswer_isDropped();
    void detail_deliveredRecord_hidesTheCheck();
    void window_loadsEveryPage_asTheExpectedList();
    void window_removesThreeSelected_goneFromTableAndReload();
    void window_export_writesCsvAndJsonl();
    void window_rangeIsClamped_andCancelStops();
};

void TestInvalidAddresses::detail_invalidRecord_showsSinceAndRemoves()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    const int row = findRow(window, true);
    QVERIFY2(row >= 0, "no listed invalid-address record on the first page");
    const QString address = addressAt(window, row);
    qint64 since = 0;
    for (const QJsonObject &item : expectedList(window)) {
        if (item.value(u"ToAddress"_s).toString() == address)
            since = item.value(u"UtcLastUpdateTime"_s).toInteger();
    }
    InvalidAddressCheck *check = window->detailPanel()->invalidAddressCheck();
    window->showDetail(row);
    QTRY_COMPARE_WITH_TIMEOUT(check->state(), InvalidAddressCheck::State::OnList, 10000);
    QVERIFY(check->isVisible());
    const QString date = DisplayZones::format(since, window->displayZone(), serviceOffset(window));
    QVERIFY2(check->statusText().startsWith(u"On your invalid-address list since %1"_s.arg(date)),
             qPrintable(check->statusText()));

    check->findChild<QPushButton *>(u"invalidRemoveButton"_s)->click();
    QTRY_VERIFY(check->confirmation() && check->confirmation()->isVisible());
    QVERIFY(check->confirmation()->text().contains(address));
    QVERIFY(check->confirmation()->informativeText().contains(u"next mail"_s));
    QSignalSpy removed(check, &InvalidAddressCheck::removalFinished);
    accept(check->confirmation());
    QVERIFY(removed.wait(10000));
    QVERIFY2(check->resultText().startsWith(u"Removed %1"_s.arg(address)), qPrintable(check->resultText()));

    QSignalSpy checked(check, &InvalidAddressCheck::checked);
    check->findChild<QPushButton *>(u"invalidRecheckButton"_s)->click();
    QVERIFY(checked.wait(10000));
    QCOMPARE(check->state(), InvalidAddressCheck::State::NotOnList);
    QVERIFY(check->statusText().startsWith(u"Not on your invalid-address list in the last 30 days"_s));
}

void TestInvalidAddresses::detail_staleAnswer_isDropped()
{
    auto window = uitest::demoWindow(150);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    const int listed = findRow(window, true);
    const int other = findRow(window, true, addressAt(window, listed));
    QVERIFY(listed >= 0 && other >= 0);
    InvalidAddressCheck *check = window->detailPanel()->invalidAddressCheck();
    QSignalSpy checked(check, &InvalidAddressCheck::checked);
    window->showDetail(listed);
    QCOMPARE(check->state(), InvalidAddressCheck::State::Checking); // never blocks
    window->showDetail(other);
    QVERIFY(checked.wait(10000));
    QCOMPARE(check->address(), addressAt(window, other));
    QCOMPARE(check->state(), InvalidAddressCheck::State::OnList);
    QVERIFY(!checked.wait(600)); // the first record's answer never arrives
    QCOMPARE(checked.size(), 1);
}

void TestInvalidAddresses::detail_deliveredRecord_hidesTheCheck()
{
    auto window = uitest::demoWindow();
    QVERIFY(uitest::waitForFirstPage(window.get()));
    RecordTableModel *model = window->model();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>().status !=
               DeliveryStatus::Delivered)
        ++row;
    QVERIFY(row < model->rowCount());
    window->showDetail(row);
    InvalidAddressCheck *check = window->detailPanel()->invalidAddressCheck();
    QCOMPARE(check->state(), InvalidAddressCheck::State::Idle);
    QVERIFY(!check->isVisible());
}

void TestInvalidAddresses::window_loadsEveryPage_asTheExpectedList()
{
    auto window = uitest::demoWindow(0, 20000);
    QVERIFY(uitest::waitForFirstPage(window.get()));
    window->findChild<QAction *>(u"invalidAddressesAction"_s)->trigger();
    InvalidAddressWindow *list = window->invalidAddressWindow();
    QVERIFY(list && list->isVisible() && !list->isModal());
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(uitest::acceleratorClashes(list).isEmpty());
    const int offset = serviceOffset(window);
    QCOMPARE(list->firstDay(), serviceToday(offset).addDays(-29));
    QCOMPARE(list->lastDay(), serviceToday(offset));
    QSignalSpy pages(list->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy done(list, &InvalidAddressWindow::loadFinished);
    list->load();
    QVERIFY(list->isLoading());
    QVERIFY(done.wait(30000));
    QVERIFY2(!list->stateText().startsWith(u"Loading failed"_s), qPrintable(list->stateText()));
    const QList<QJsonObject> expected = expectedList(window);
    QVERIFY2(expected.size() > 100, "the data set should need more than one page");
    QCOMPARE(pages.size(), (expected.size() + 99) / 100); // rows appear as each page arrives
    QCOMPARE(list->model()->addresses(), addressesOf(expected));
    const QModelIndex since = list->model()->index(0, InvalidAddressModel::Since);
    QCOMPARE(since.data().toString(),
             DisplayZones::format(expected.first().value(u"UtcLastUpdateTime"_s).toInteger(),
                                  window->displayZone(), offset));
    QCOMPARE(list->model()->index(0, InvalidAddressModel::LastUpdateTime).data().toString(),
             expected.first().value(u"LastUpdateTime"_s).toString());
    QVERIFY(list->stateText().contains(QString::number(expected.size())));
}

void TestInvalidAddresses::window_removesThreeSelected_goneFromTableAndReload()
{
    auto window = uitest::demoWindow();
    InvalidAddressWindow *list = openLoaded(window);
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list->model()->rowCount() >= 5);
    QStringList chosen;
    for (int row : {0, 2, 4}) {
        chosen << list->model()->index(row, 0).data().toString();
        list->table()->selectionModel()->select(list->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    list->findChild<QPushButton *>(u"invalidRemoveSelectedButton"_s)->click();
    QTRY_VERIFY(list->confirmation() && list->confirmation()->isVisible());
    QVERIFY(list->confirmation()->text().contains(u"3 address"_s));
    QSignalSpy removed(list, &InvalidAddressWindow::removalFinished);
    accept(list->confirmation());
    QVERIFY(removed.wait(10000));
    for (const QString &address : chosen) {
        QVERIFY(!list->model()->addresses().contains(address));
        QVERIFY2(list->resultsText().contains(address + u": removed"_s), qPrintable(list->resultsText()));
    }
    QCOMPARE(list->model()->addresses(), addressesOf(expectedList(window, chosen)));

    QSignalSpy done(list, &InvalidAddressWindow::loadFinished);
    list->load();
    QVERIFY(done.wait(20000));
    QCOMPARE(list->model()->addresses(), addressesOf(expectedList(window, chosen)));
}

void TestInvalidAddresses::window_export_writesCsvAndJsonl()
{
    auto window = uitest::demoWindow();
    InvalidAddressWindow *list = openLoaded(window);
    QVERIFY(list);
    const int rows = list->model()->rowCount();
    QVERIFY(rows > 0);
    QTemporaryDir dir;
    QString error;
    const QString csvPath = dir.filePath(u"list.csv"_s);
    QVERIFY2(list->exportTo(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    // Records end in CRLF; the data set has an address with a bare LF in it, quoted.
    const QList<QByteArray> lines = csv.readAll().split('\r');
    QCOMPARE(lines.first(), "address,since_utc,last_update_time");
    QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty piece after the last CRLF
    QVERIFY(lines.at(1).contains(list->model()->addresses().first().toUtf8()));

    const QString jsonlPath = dir.filePath(u"list.jsonl"_s);
    QVERIFY2(list->exportTo(jsonlPath, &error), qPrintable(error));
    QFile jsonl(jsonlPath);
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    const QList<QByteArray> objects = jsonl.readAll().trimmed().split('\n');
    QCOMPARE(objects.size(), rows);
    QCOMPARE(QJsonDocument::fromJson(objects.first()).object(), list->model()->items().first().raw);
    QVERIFY(!list->exportTo(dir.filePath(u"missing/folder/list.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestInvalidAddresses::window_rangeIsClamped_andCancelStops()
{
    auto window = uitest::demoWindow(300);
    QVERIFY(uitest::waitForFirstPage(window.get(), 30000));
    window->findChild<QAction *>(u"invalidAddressesAction"_s)->trigger();
    InvalidAddressWindow *list = window->invalidAddressWindow();
    QVERIFY(list);
    const QDate today = serviceToday(serviceOffset(window));
    list->setRange(today.addDays(-60), today);
    QCOMPARE(list->firstDay(), today.addDays(-30)); // no more than 30 days back
    QCOMPARE(list->lastDay(), today.addDays(-1));   // at most 30 days at a time
    list->setRange(today.addDays(-3), today.addDays(-5));
    QCOMPARE(list->lastDay(), list->firstDay());
    list->load();
    QVERIFY(list->isLoading());
    list->cancelLoad();
    QVERIFY(!list->isLoading());
    QVERIFY(list->stateText().startsWith(u"Cancelled"_s));
}

QTEST_MAIN(TestInvalidAddresses)
#include "tst_invalidaddresses.moc"
