// The Lookup window end to end: a real MainWindow in demo mode, addresses pasted or loaded, one
// query each against the in-process sandbox, rows checked against the sandbox's own data set.
#include "lookup/lookupresultmodel.h"
#include "lookupinput.h"
#include "lookupwindow.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr auto kUnknown = "nobody@unknown.example";

// Distinct recipients of the data set, newest record first: all have mail in the last 30 days.
// The data set also sends to malformed addresses (its "invalid address" bounces): left out.
QStringList recipients(const SandboxDataset &dataset, int count)
{
    QStringList found;
    for (int row = dataset.size() - 1; row >= 0 && found.size() < count; --row) {
        const QString address = dataset.toAddress(row);
        if (AddressList::isEmailAddress(address) && !found.contains(address, Qt::CaseInsensitive))
            found.append(address);
    }
    return found;
}

QList<QJsonObject> expectedFor(const SandboxDataset &dataset, const MailQuery &range, const QString &address)
{
    // The sandbox sees whole minutes, like the service.
    const auto windows = splitWindows(range.start, range.end);
    SandboxQuery q;
    q.start = windows.constLast().start;
    q.end = windows.constFirst().end;
    q.toAddress = address;
    q.status = range.status;
    return dataset.expectedRecords(q);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Fixture
{
    explicit Fixture(int latencyMs = 0) : window(uitest::demoWindow(latencyMs, 2000))
    {
        ok = uitest::waitForFirstPage(window.get());
        lookup = window->openLookup();
        edit = lookup->findChild<QPlainTextEdit *>(u"lookupInputEdit"_s);
        run = lookup->findChild<QPushButton *>(u"lookupRunButton"_s);
    }
    const SandboxDataset &dataset() const { return uitest::sandbox(window)->dataset(); }
    bool runToEnd()
    {
        QSignalSpy ended(lookup, &LookupWindow::runEnded);
        if (!QTest::qWaitFor([this] { return run->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(run, Qt::LeftButton);
        return ended.wait(60000);
    }

    std::unique_ptr<MainWindow> window;
    LookupWindow *lookup = nullptr;
    QPlainTextEdit *edit = nullptr;
    QPushButton *run = nullptr;
    bool ok = false;
};

} // namespace

class TestLookupWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void shortcut_opensTheWindowWithoutClashes();
    void pastedText_showsCounterLine();
    void run_rowsMatchTheDataSet();
    void cancel_keepsPartialRows();
    void doubleClick_opensTheAddressHistory();
    void export_writesCsvJsonlAndXlsx();
    void loadCsv_picksTheEmailColumn();
    void parsingTenThousandLines_isFast();
};

void TestLookupWindow::shortcut_opensTheWindowWithoutClashes()
{
    auto window = uitest::demoWindow(0, 500);
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    auto *lookup = window->findChild<LookupWindow *>(u"lookupWindow"_s);
    QVERIFY(lookup);
    QTRY_VERIFY(lookup->isVisible());
    QCOMPARE(uitest::acceleratorClashes(lookup), QStringList());
    // Default range: the last 30 days, up to now.
    const MailQuery range = lookup->range();
    QVERIFY(qAbs(range.start.secsTo(range.end) - 30 * 86400) <= 60);
    QVERIFY(qAbs(range.end.secsTo(QDateTime::currentDateTimeUtc())) <= 120);
    QVERIFY(!range.status);
}

void TestLookupWindow::pastedText_showsCounterLine()
{
    Fixture f;
    QVERIFY(f.ok);
    f.edit->setPlainText(u"a@x.com\nB@y.com\n# a comment\n\nA@X.COM\nnot an address\nb@Y.com\nc@z.com\n"_s);
    QTRY_COMPARE(f.lookup->input()->counterText(), u"3 addresses, 2 duplicates folded, 1 invalid"_s);
    QVERIFY(f.run->isEnabled());
    f.edit->setPlainText(u"# nothing\n"_s);
    QTRY_COMPARE(f.lookup->input()->counterText(), u"0 addresses, 0 duplicates folded, 0 invalid"_s);
    QVERIFY(!f.run->isEnabled());
}

void TestLookupWindow::run_rowsMatchTheDataSet()
{
    Fixture f;
    QVERIFY(f.ok);
    QAbstractItemModelTester tester(f.lookup->resultModel());
    auto *view = f.lookup->findChild<QTableView *>(u"lookupResultsView"_s);
    QAbstractItemModelTester proxyTester(view->model());
    const QStringList known = recipients(f.dataset(), 5);
    QCOMPARE(known.size(), 5);
    QString text = known.join(u'\n') + u"\n# from the ticket\n"_s + known.at(1).toUpper() +
                   u"\nnot-mail\n"_s + QString::fromLatin1(kUnknown);
    f.edit->setPlainText(text);
    QTRY_COMPARE(f.lookup->input()->counterText(), u"6 addresses, 1 duplicates folded, 1 invalid"_s);
    QVERIFY(f.runToEnd());

    const LookupResultModel *model = f.lookup->resultModel();
    QCOMPARE(model->rowCount(), 7); // six addresses and the invalid line, in input order
    const MailQuery range = f.lookup->range();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString address = model->addressAt(row);
        if (address.isEmpty()) {
            QCOMPARE(model->index(row, LookupResultModel::Address).data().toString(), u"not-mail"_s);
            QCOMPARE(model->index(row, LookupResultModel::Found).data().toString(), u"Invalid"_s);
            continue;
        }
        const QList<QJsonObject> expected = expectedFor(f.dataset(), range, address);
        const LookupResult *result = model->resultAt(row);
        QCOMPARE(result->state, LookupResult::State::Done);
        QCOMPARE(result->count, qint64(expected.size()));
        QCOMPARE(model->index(row, LookupResultModel::Count).data().toString(),
                 QLocale().toString(expected.size()));
        if (expected.isEmpty()) {
            QCOMPARE(address, QString::fromLatin1(kUnknown));
            QCOMPARE(model->index(row, LookupResultModel::Found).data().toString(), u"No"_s);
            continue;
        }
        QCOMPARE(result->latestRaw, expected.constFirst());
        QCOMPARE(model->index(row, LookupResultModel::Found).data().toString(), u"Yes"_s);
        QVERIFY(!model->index(row, LookupResultModel::Status).data().toString().isEmpty());
        QVERIFY(!model->index(row, LookupResultModel::Explanation).data().toString().isEmpty());
    }
    // Sorting by count goes through numbers, not texts.
    view->sortByColumn(LookupResultModel::Count, Qt::DescendingOrder);
    const auto countAt = [view](int row) {
        return view->model()
            ->index(row, LookupResultModel::Count)
            .data(LookupResultModel::SortRole)
            .toLongLong();
    };
    for (int row = 1; row < view->model()->rowCount(); ++row)
        QVERIFY(countAt(row - 1) >= countAt(row));
}

void TestLookupWindow::cancel_keepsPartialRows()
{
    Fixture f(40); // every call takes a while: the run is still going when Cancel comes
    QVERIFY(f.ok);
    const QStringList addresses = recipients(f.dataset(), 60);
    f.edit->setPlainText(addresses.join(u'\n'));
    QTRY_VERIFY(f.run->isEnabled());
    QSignalSpy ended(f.lookup, &LookupWindow::runEnded);
    QTest::mouseClick(f.run, Qt::LeftButton);
    QVERIFY(f.lookup->currentRun());
    QSignalSpy one(f.lookup->currentRun(), &LookupRun::addressFinished);
    QVERIFY(one.wait(20000));
    QTest::mouseClick(f.lookup->findChild<QPushButton *>(u"lookupCancelButton"_s), Qt::LeftButton);
    QVERIFY(ended.size() == 1 || ended.wait(5000));
    QVERIFY(!f.lookup->isRunning());
    const LookupResultModel *model = f.lookup->resultModel();
    QCOMPARE(model->rowCount(), addresses.size());
    int done = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->resultAt(row)->state == LookupResult::State::Done)
            ++done;
        else
            QCOMPARE(model->index(row, LookupResultModel::Found).data().toString(), u"Not looked up"_s);
    }
    QVERIFY2(done >= 1 && done < addresses.size(), qPrintable(QString::number(done)));
    QVERIFY(f.lookup->findChild<QLabel *>(u"lookupProgressLabel"_s)->text().startsWith(u"Cancelled"_s));
    QVERIFY(f.lookup->findChild<QPushButton *>(u"lookupExportButton"_s)->isEnabled());
}

void TestLookupWindow::doubleClick_opensTheAddressHistory()
{
    Fixture f;
    QVERIFY(f.ok);
    const QStringList known = recipients(f.dataset(), 3);
    f.edit->setPlainText(known.join(u'\n'));
    QVERIFY(f.runToEnd());
    auto *view = f.lookup->findChild<QTableView *>(u"lookupResultsView"_s);
    const QModelIndex cell = view->model()->index(1, LookupResultModel::Address);
    const QString address = cell.data().toString();
    QCOMPARE(address, known.at(1));
    view->scrollTo(cell);
    // As a person does it: the press of the first click selects the row, the second opens it.
    const QPoint at = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(f.window->model()->query().has_value() && f.window->model()->query()->toAddress == address);
    QCOMPARE(f.window->model()->query()->start, f.lookup->range().start);
    QTRY_COMPARE(f.window->model()->rowCount(),
                 int(expectedFor(f.dataset(), f.lookup->range(), address).size()));
}

void TestLookupWindow::export_writesCsvJsonlAndXlsx()
{
    Fixture f;
    QVERIFY(f.ok);
    f.edit->setPlainText(recipients(f.dataset(), 3).join(u'\n') + u"\nbroken@\n"_s);
    QVERIFY(f.runToEnd());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(f.lookup->exportTo(dir.filePath(u"out.csv"_s), &error), qPrintable(error));
    QVERIFY2(f.lookup->exportTo(dir.filePath(u"out.jsonl"_s), &error), qPrintable(error));
    QVERIFY2(f.lookup->exportTo(dir.filePath(u"out.xlsx"_s), &error), qPrintable(error));
    // Rows end in CRLF; the explanations' paragraphs are LF inside quoted cells.
    const QList<QByteArray> csv = readAll(dir.filePath(u"out.csv"_s)).split('\r');
    QCOMPARE(csv.size(), 6); // header, three addresses, the invalid line, and after the last CRLF
    QVERIFY(csv.at(0).endsWith("address,found,count,status,time,classification,reply,explanation"));
    QVERIFY(csv.at(4).startsWith("\nbroken@,"));
    const QList<QByteArray> jsonl = readAll(dir.filePath(u"out.jsonl"_s)).trimmed().split('\n');
    QCOMPARE(jsonl.size(), 4);
    QVERIFY(jsonl.at(0).startsWith("{\"address\":"));
    QVERIFY(jsonl.at(3).contains("not an email address"));
    const QByteArray xlsx = readAll(dir.filePath(u"out.xlsx"_s));
    QVERIFY(xlsx.startsWith("PK\x03\x04"));
    QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml"));
    // No staging file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

    // The workbook reads back as an address list (its "address" column).
    QSignalSpy changed(f.lookup->input(), &LookupInput::listChanged);
    f.lookup->input()->loadFile(dir.filePath(u"out.xlsx"_s));
    QVERIFY(changed.wait(10000));
    QCOMPARE(f.lookup->input()->counterText(), u"3 addresses, 0 duplicates folded, 1 invalid"_s);
}

void TestLookupWindow::loadCsv_picksTheEmailColumn()
{
    Fixture f;
    QVERIFY(f.ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Name,Email,Phone\r\nAnn,ann@x.com,1\r\nBob,bob@y.com,2\r\nAnn again,ANN@x.com,3\r\nNo one,,4\r\n");
    file.close();
    QSignalSpy changed(f.lookup->input(), &LookupInput::listChanged);
    f.lookup->input()->loadFile(path);
    QVERIFY(changed.wait(10000));
    QCOMPARE(f.lookup->input()->counterText(), u"2 addresses, 1 duplicates folded, 0 invalid"_s);
    auto *column = f.lookup->findChild<QComboBox *>(u"lookupColumnCombo"_s);
    QVERIFY(column->isVisible());
    QCOMPARE(column->currentText(), u"Email"_s);
    QCOMPARE(column->count(), 3);
    // Another column: the names are not addresses.
    column->setCurrentIndex(0);
    Q_EMIT column->activated(0);
    QVERIFY(changed.wait(10000));
    QCOMPARE(f.lookup->input()->counterText(), u"0 addresses, 0 duplicates folded, 4 invalid"_s);
    QCOMPARE(QSettings().value(u"lookup/column"_s).toString(), u"Name"_s);
}

// The budget is the release build's; a sanitizer build (scripts/test-asan, test-tsan) runs the same
// code several times slower (TSan 5-15x), so it gets ten times the budget.
// GCC defines __SANITIZE_*__; clang (the asan preset) answers __has_feature instead.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SENDTRAIL_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(SENDTRAIL_SANITIZED)
constexpr qint64 kParseBudgetMs = 5000;
#else
constexpr qint64 kParseBudgetMs = 500;
#endif

void TestLookupWindow::parsingTenThousandLines_isFast()
{
    // The counter parses on the UI thread (debounced); this is the figure that allows it.
    QString text;
    for (int i = 0; i < 10000; ++i)
        text += u"customer.%1@example%2.com\n"_s.arg(i).arg(i % 50);
    QElapsedTimer timer;
    timer.start();
    const auto list = AddressList::fromText(text);
    const qint64 ms = timer.elapsed();
    QVERIFY(list);
    QCOMPARE(list->addressCount(), 10000);
    qInfo("10,000 addresses parsed in %lld ms", ms);
    QVERIFY(ms < kParseBudgetMs);
}

QTEST_MAIN(TestLookupWindow)
#include "tst_lookupwindow.moc"
