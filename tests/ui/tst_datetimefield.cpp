#include "datetimefield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestDateTimeField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tab_leavesTheFieldFromAnySection();
    void shiftTab_goesBackToThePreviousField();
    void arrows_moveBetweenSectionsAndKeepFocus();

private:
    QWidget *m_window = nullptr;
    QLineEdit *m_before = nullptr;
    DateTimeField *m_field = nullptr;
    QLineEdit *m_after = nullptr;
};

void TestDateTimeField::init()
{
    m_window = new QWidget;
    auto *layout = new QHBoxLayout(m_window);
    m_before = new QLineEdit(m_window);
    m_field = new DateTimeField(m_window);
    m_field->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_field->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(9, 26)));
    m_after = new QLineEdit(m_window);
    layout->addWidget(m_before);
    layout->addWidget(m_field);
    layout->addWidget(m_after);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDateTimeField::cleanup()
{
    delete m_window;
}

void TestDateTimeField::tab_leavesTheFieldFromAnySection()
{
    m_field->setFocus(Qt::TabFocusReason);
    m_field->setCurrentSectionIndex(0); // the year: QDateTimeEdit would go on to the month
    QTest::keyClick(m_field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_after);
}

void TestDateTimeField::shiftTab_goesBackToThePreviousField()
{
    m_field->setFocus(Qt::TabFocusReason);
    m_field->setCurrentSectionIndex(m_field->sectionCount() - 1);
    QTest::keyClick(m_field, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_before);
}

void TestDateTimeField::arrows_moveBetweenSectionsAndKeepFocus()
{
    m_field->setFocus(Qt::TabFocusReason);
    m_field->setCurrentSectionIndex(0);
    // Right walks the text; the section follows the cursor once it crosses a separator.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_field, Qt::Key_Right);
    QCOMPARE(m_field->currentSection(), QDateTimeEdit::MonthSection);
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(m_field->date(), QDate(2026, 4, 14));
    QCOMPARE(QApplication::focusWidget(), m_field);
}

QTEST_MAIN(TestDateTimeField)
#include "tst_datetimefield.moc"
