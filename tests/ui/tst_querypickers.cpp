// The query form's pickers in the real window against the demo sandbox: suggestions appear as
// the user types, whatever the case, are chosen with the keyboard, and a pool or config set
// chosen by name puts its ID in the field.
#include "lists/catalog.h"
#include "queryform.h"
#include "querypickers.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QCompleter *completerOf(QLineEdit *edit)
{
    return edit->completer();
}

QStringList popupTexts(QCompleter *completer)
{
    QStringList texts;
    QAbstractItemModel *model = completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data().toString();
    return texts;
}

} // namespace

class TestQueryPickers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { QSettings().clear(); }

    void tagField_suggestsTheAccountsTags_caseInsensitively_andEnterPicksOne()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        QueryForm *form = window->queryForm();
        form->findChild<QComboBox *>(u"filterKindComboBox"_s)
            ->setCurrentIndex(int(QueryForm::FilterKind::Tag));
        QLineEdit *edit = form->filterValueEdit();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        const int calls = uitest::sandbox(window)->callCount();
        QTest::keyClicks(edit, u"newslet"_s);
        QCompleter *completer = completerOf(edit);
        QVERIFY(completer);
        QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 10000);
        QVERIFY2(popupTexts(completer).contains(u"Newsletter"_s),
                 qPrintable(popupTexts(completer).join(u',')));
        // Typing seven letters asked the service once or twice, not seven times: debounced.
        QVERIFY(uitest::sandbox(window)->callCount() - calls <= 2);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(edit->text(), u"Newsletter"_s);
        QCOMPARE(form->query().tagName, u"Newsletter"_s);
    }

    void ipPoolField_offersPoolsByName_andPutsTheIdInTheField()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        QueryForm *form = window->queryForm();
        form->findChild<QToolButton *>(u"advancedToolButton"_s)->setChecked(true);
        QLineEdit *edit = form->ipPoolEdit();
        QTRY_VERIFY(edit->isVisible());
        edit->setFocus();
        QSignalSpy ready(window->catalog(), &Catalog::suggestionsReady);
        QTest::keyClicks(edit, u"m"_s); // the first keystroke asks for the whole list
        QVERIFY(ready.wait(10000));
        const auto pools = ready.first().at(2).value<QList<ListItem>>();
        QVERIFY(!pools.isEmpty());
        QCompleter *completer = completerOf(edit);
        const ListItem &wanted = pools.first();
        edit->clear();
        QTest::keyClicks(edit, wanted.name.left(4).toUpper()); // a name, in the wrong case
        QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 10000);
        const QString shown = u"%1 (%2)"_s.arg(wanted.name, wanted.id);
        QVERIFY2(popupTexts(completer).contains(shown), qPrintable(popupTexts(completer).join(u',')));
        const int row = int(popupTexts(completer).indexOf(shown));
        completer->popup()->setCurrentIndex(completer->completionModel()->index(row, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(edit->text(), wanted.id);
        QCOMPARE(form->query().ipPoolId, wanted.id);
    }

    void typedIdWithoutSuggestions_isKept()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        QueryForm *form = window->queryForm();
        form->findChild<QToolButton *>(u"advancedToolButton"_s)->setChecked(true);
        QLineEdit *edit = form->configSetEdit();
        edit->setFocus();
        QTest::keyClicks(edit, u"custom-config-set-id"_s);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(form->query().configSetId, u"custom-config-set-id"_s);
    }
};

QTEST_MAIN(TestQueryPickers)
#include "tst_querypickers.moc"
