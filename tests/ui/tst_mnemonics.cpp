#include "aboutdialog.h"
#include "aliyunimportdialog.h"
#include "archivesyncdialog.h"
#include "connection/appsession.h"
#include "exportdialog.h"
#include "exportprogressdialog.h"
#include "invalidaddresswindow.h"
#include "languagesettings.h"
#include "lookupwindow.h"
#include "mainwindow.h"
#include "profilesdialog.h"
#include "queryform.h"
#include "resultsview.h"
#include "uitestsupport.h"

#include <QDockWidget>
#include <QGroupBox>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// The mnemonic letter of a text ("&File" → f, "文件(&F)" → f, "Save && Quit" → none), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "scope: x: text / text" for every letter that two or more of `texts` use.
QStringList clashesIn(const QString &scope, const QStringList &texts)
{
    QMap<QChar, QStringList> users;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            users[letter] << text;
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << u"%1: %2: %3"_s.arg(scope, QString(it.key()), it.value().join(u" / "_s));
    }
    return clashes;
}

// What Alt+letter can reach in `window`: its menu bar's titles, visible buttons, buddied labels,
// group boxes and tabs (widgets of other windows, such as child dialogs, are left out).
QStringList windowTexts(QWidget *window)
{
    QStringList texts;
    const auto shown = [window](QWidget *w) {
        return w->window() == window && w->isVisibleTo(window);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions())
            texts << action->text();
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button) && !button->inherits("QTabBar"))
            texts << button->text();
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            texts << label->text();
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            texts << box->title();
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int i = 0; shown(tabs) && i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    return texts;
}

QStringList menuClashes(QMenu *menu, const QString &path)
{
    QStringList texts;
    QStringList clashes;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (action->menu())
            clashes += menuClashes(action->menu(), path + u" → "_s + action->text());
    }
    return clashesIn(path, texts) + clashes;
}

QStringList windowClashes(QWidget *window)
{
    QStringList clashes = clashesIn(window->objectName(), windowTexts(window));
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions())
            clashes += menuClashes(action->menu(), action->text());
    }
    return clashes;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mnemonicOf_readsTheMarkedLetter();
    void clashesIn_reportsSharedLetters();
    void everyWindowAndMenu_hasUniqueMnemonics_data();
    void everyWindowAndMenu_hasUniqueMnemonics();

private:
    void useLanguage(const QString &language);
    QStringList mainWindowClashes();
    QStringList dialogClashes();
    QList<QTranslator *> m_translators;
};

void TestMnemonics::initTestCase()
{
    uitest::isolateSettings();
}

void TestMnemonics::cleanup()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

void TestMnemonics::useLanguage(const QString &language)
{
    if (language == u"en")
        return;
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    QVERIFY(LanguageSettings::installTranslators(*qApp, LanguageSettings::localeFor(language)));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(translator))
            m_translators << translator;
    }
}

void TestMnemonics::mnemonicOf_readsTheMarkedLetter()
{
    QCOMPARE(mnemonicOf(u"&File"_s), u'f');
    QCOMPARE(mnemonicOf(u"文件(&F)"_s), u'f');
    QCOMPARE(mnemonicOf(u"Save && &Quit"_s), u'q');
    QVERIFY(mnemonicOf(u"Save && Quit"_s).isNull());
}

void TestMnemonics::clashesIn_reportsSharedLetters()
{
    QCOMPARE(clashesIn(u"w"_s, {u"&File"_s, u"&Filter:"_s, u"&Edit"_s}),
             QStringList{u"w: f: &File / &Filter:"_s});
    QCOMPARE(clashesIn(u"w"_s, {u"&File"_s, u"F&ilter:"_s}), QStringList());
}

void TestMnemonics::everyWindowAndMenu_hasUniqueMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

void TestMnemonics::everyWindowAndMenu_hasUniqueMnemonics()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QStringList clashes = mainWindowClashes() + dialogClashes();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// The window as a user sees it after a query: both docks shown, the advanced fields expanded, and
// the error bar of a failed page.
QStringList TestMnemonics::mainWindowClashes()
{
    auto window = uitest::demoWindow();
    if (!uitest::waitForFirstPage(window.get()))
        return {u"the demo's first page did not load"_s};
    window->findChild<QToolButton *>(u"advancedToolButton"_s)->click();
    window->showDetail(0);
    window->findChild<QDockWidget *>(u"summaryDockWidget"_s)->show();
    // The error bar with every button it can offer (a failed page: Try Again, Copy Policy, Edit Profile).
    auto *results = window->findChild<ResultsView *>();
    results->showError(u"failed"_s, u"{}"_s);
    results->setErrorActions(true, true);
    QStringList clashes = windowClashes(window.get());
    // Archive mode: the source switch and every archive filter in place of the one-of-three.
    window->queryForm()->setSource(QueryForm::Source::Archive);
    results->showError(u"failed"_s, u"{}"_s);
    results->setErrorActions(true, true);
    clashes += windowClashes(window.get());
    window->queryForm()->setSource(QueryForm::Source::Service);
    results->hideError();
    clashes += windowClashes(window->openArchiveSync());
    window->openProfiles();
    clashes += windowClashes(window->findChild<ProfilesDialog *>());
    window->openExport();
    clashes += windowClashes(window->findChild<ExportDialog *>());
    clashes += windowClashes(window->openLookup());
    window->openInvalidAddresses();
    clashes += windowClashes(window->invalidAddressWindow());
    return clashes;
}

QStringList TestMnemonics::dialogClashes()
{
    AboutDialog about;
    about.show();
    AppSession session(nullptr, new SessionSecretStore);
    AliyunImportDialog import(
        &session, QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/credentials/data/aliyun-all-modes.json"));
    import.show();
    ExportProgressDialog progress(u"/tmp/records.csv"_s);
    progress.show();
    return windowClashes(&about) + windowClashes(&import) + windowClashes(&progress);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
