#include "languagesettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sendtrail {

QStringList LanguageSettings::choices()
{
    return {u"system"_s, u"en"_s, u"zh_CN"_s};
}

QString LanguageSettings::stored()
{
    const QString value = QSettings().value(settingsKey()).toString();
    return choices().contains(value) ? value : u"system"_s;
}

void LanguageSettings::store(const QString &choice)
{
    QSettings().setValue(settingsKey(), choices().contains(choice) ? choice : u"system"_s);
}

QLocale LanguageSettings::localeFor(const QString &choice)
{
    if (choice == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale::system();
}

QLocale LanguageSettings::apply(QCoreApplication &app)
{
    const QLocale locale = localeFor(stored());
    QLocale::setDefault(locale);
    installTranslators(app, locale);
    return locale;
}

bool LanguageSettings::installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // English is the source language: loading nothing is the translation.
    auto *ours = new QTranslator(&app);
    const bool found = ours->load(locale, u"sendtrail"_s, u"_"_s, u":/i18n"_s);
    if (found)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (standard buttons, file dialogs); Debian ships them in qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

void LanguageSettings::restartApplication()
{
    QApplication::closeAllWindows();
    for (const QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            return; // a window kept itself open (the user cancelled): no restart
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

namespace {

// Forms and code strings are translated when built, so only a new process shows the new language.
void offerRestart(QWidget *parent, const std::function<void()> &restart)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, LanguageSettings::tr("Language"),
                        LanguageSettings::tr("The new language takes effect after you restart Sendtrail."),
                        QMessageBox::NoButton, parent);
    box->setObjectName(u"languageRestartMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *now = box->addButton(LanguageSettings::tr("&Restart Now"), QMessageBox::AcceptRole);
    now->setObjectName(u"restartNowButton"_s);
    QPushButton *later = box->addButton(LanguageSettings::tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(u"restartLaterButton"_s);
    box->setDefaultButton(now);
    box->setEscapeButton(later);
    QObject::connect(now, &QPushButton::clicked, box, [restart] {
        if (restart)
            restart();
    });
    box->open();
}

} // namespace

QMenu *LanguageSettings::createMenu(QWidget *parent, const std::function<void()> &restart)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString current = stored();
    // Language names are shown in their own language so anyone can find theirs.
    const QList<std::pair<QString, QString>> entries{
        {u"system"_s, tr("System Default")}, {u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[choice, label] : entries) {
        QAction *action = menu->addAction(label);
        action->setObjectName(u"language_%1_Action"_s.arg(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, choice = choice, restart] {
            if (choice == stored())
                return;
            store(choice);
            offerRestart(parent, restart);
        });
    }
    return menu;
}

} // namespace sendtrail
