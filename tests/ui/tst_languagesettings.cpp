#include "languagesettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestLanguageSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choosingALanguage_storesItAndOffersRestartNow();
    void restartNow_restartsOnceConfirmed();
    void later_keepsRunning();
    void choosingTheCurrentLanguage_asksNothing();

private:
    QMessageBox *chooseChinese();
    QWidget *m_window = nullptr;
    QMenu *m_menu = nullptr;
    int m_restarts = 0;
};

void TestLanguageSettings::init()
{
    uitest::isolateSettings();
    m_restarts = 0;
    m_window = new QWidget;
    m_window->show();
    m_menu = LanguageSettings::createMenu(m_window, [this] { ++m_restarts; });
}

void TestLanguageSettings::cleanup()
{
    delete m_window; // the menu and any message box are its children
}

QMessageBox *TestLanguageSettings::chooseChinese()
{
    m_menu->findChild<QAction *>(u"language_zh_CN_Action"_s)->trigger();
    return m_window->findChild<QMessageBox *>(u"languageRestartMessageBox"_s);
}

void TestLanguageSettings::choosingALanguage_storesItAndOffersRestartNow()
{
    QMessageBox *box = chooseChinese();
    QCOMPARE(LanguageSettings::stored(), u"zh_CN"_s);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    auto *now = box->findChild<QPushButton *>(u"restartNowButton"_s);
    QVERIFY(now);
    QCOMPARE(now->text(), u"&Restart Now"_s);
    QCOMPARE(box->defaultButton(), now);
    QCOMPARE(box->findChild<QPushButton *>(u"restartLaterButton"_s)->text(), u"&Later"_s);
    QCOMPARE(m_restarts, 0); // nothing happens before the user answers
}

void TestLanguageSettings::restartNow_restartsOnceConfirmed()
{
    QMessageBox *box = chooseChinese();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"restartNowButton"_s)->click();
    QCOMPARE(m_restarts, 1);
}

void TestLanguageSettings::later_keepsRunning()
{
    QMessageBox *box = chooseChinese();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"restartLaterButton"_s)->click();
    QCOMPARE(m_restarts, 0);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->findChild<QMessageBox *>(); }));
    QCOMPARE(LanguageSettings::stored(), u"zh_CN"_s);
}

void TestLanguageSettings::choosingTheCurrentLanguage_asksNothing()
{
    LanguageSettings::store(u"en"_s);
    m_menu->findChild<QAction *>(u"language_en_Action"_s)->trigger();
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

QTEST_MAIN(TestLanguageSettings)
#include "tst_languagesettings.moc"
