// Recent queries one keystroke away, saved searches per profile, and share lines for tickets.
#include "present/shareline.h"
#include "queryform.h"
#include "records/querylibrary.h"
#include "resultsview.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

void runRecipient(MainWindow *window, const QString &address)
{
    auto *form = window->queryForm();
    form->findChild<QComboBox *>(u"filterKindComboBox"_s)
        ->setCurrentIndex(int(QueryForm::FilterKind::Recipient));
    form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(address);
    QTest::mouseClick(form->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
}

QStringList menuTexts(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->menu())
            texts << action->text();
    }
    return texts;
}

QAction *action(MainWindow *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

} // namespace

class TestMainWindowHabits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void recentQueries_listEachRunOnce_newestFirst_andReRunOne()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        runRecipient(window.get(), u"first@example.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);
        runRecipient(window.get(), u"second@example.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);
        runRecipient(window.get(), u"first@example.com"_s); // again: moves up, no repeat
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);

        auto *recent = window->findChild<QMenu *>(u"recentQueriesMenu"_s);
        QVERIFY(recent);
        const QStringList texts = menuTexts(recent);
        QCOMPARE(texts.size(), 3); // the demo's start query, then the two recipients
        QVERIFY2(texts.at(0).startsWith(u"&1  to first@example.com"_s), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.at(1).startsWith(u"&2  to second@example.com"_s), qPrintable(texts.join(u'\n')));
        QVERIFY(texts.at(0).contains(u"Last 7 days"_s)); // the preset, not frozen dates
        QCOMPARE(action(window.get(), u"showRecentQueriesAction"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_H));

        recent->actions().at(1)->trigger();
        QTRY_COMPARE(window->model()->query()->toAddress, u"second@example.com"_s);
    }

    void savedSearch_isNamed_keptPerProfile_andRunsFromTheMenu()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        runRecipient(window.get(), u"saved@example.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"  Saved person  "_s);
            dialog->accept();
        });
        action(window.get(), u"saveSearchAction"_s)->trigger();

        auto *saved = window->findChild<QMenu *>(u"savedSearchesMenu"_s);
        const QStringList texts = menuTexts(saved);
        QCOMPARE(texts, QStringList{u"Saved person"_s});
        runRecipient(window.get(), u"other@example.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);
        saved->actions().at(0)->trigger();
        QTRY_COMPARE(window->model()->query()->toAddress, u"saved@example.com"_s);

        // Kept in QSettings under the demo profile, with its relative range.
        QSettings settings;
        const QList<SavedSearch> searches =
            QueryLibrary(settings, window->queryForm()->currentProfile()).savedSearches();
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.at(0).query.preset, int(QueryForm::Preset::Last7Days));
    }

    void shareLine_copiedFromARow_opensThatRecordAgain()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
        table->setCurrentIndex(table->model()->index(5, 0));
        const MailRecord record = window->model()->store().record(5);
        action(window.get(), u"copyShareLineAction"_s)->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(record.toAddress) && text.contains(u"RequestId "_s), qPrintable(text));
        const auto line = ShareLine::parse(text);
        QVERIFY(line);
        QVERIFY(!line->requestId.isEmpty());

        runRecipient(window.get(), u"somebody-else@example.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->model()->isFinished(), 20000);
        action(window.get(), u"openShareLineAction"_s)->trigger();
        QTRY_COMPARE(window->model()->query()->toAddress, record.toAddress);
        // The record is selected once its page arrives.
        QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid(), 20000);
        const int row = window->findChild<ResultsView *>()->currentSourceRow();
        QVERIFY(line->matches(window->model()->store().record(row)));
    }
};

QTEST_MAIN(TestMainWindowHabits)
#include "tst_mainwindowhabits.moc"
