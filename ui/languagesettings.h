#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace sendtrail {

// The user-interface language: "system" (follow QLocale::system()), "en" or "zh_CN", kept in
// QSettings under ui/language. Translators can only be installed before the first window is built
// (.ui forms and code strings are not retranslated live), so a change takes effect after restart.
class LanguageSettings final
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::LanguageSettings)

public:
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    static QStringList choices(); // "system", "en", "zh_CN"
    static QString stored();      // unknown or missing values read as "system"
    static void store(const QString &choice);
    static QLocale localeFor(const QString &choice);

    // Makes the stored language QLocale's default and installs Sendtrail's and Qt's own
    // translators for it. Needs QCoreApplication's organization/application names set first;
    // works without a display (sendtrail --help). Returns the locale that was applied.
    static QLocale apply(QCoreApplication &app);

    // Installs the translators for `locale` (parented to app); true when Sendtrail's was found.
    static bool installTranslators(QCoreApplication &app, const QLocale &locale);

    // Closes every window (so they save their state), starts this executable again with the same
    // arguments and quits; does nothing if a window refused to close.
    static void restartApplication();

    // "Language" submenu: System Default / English / 简体中文; choosing one stores it and offers
    // "Restart Now" (which calls `restart`) or "Later".
    static QMenu *createMenu(QWidget *parent,
                             const std::function<void()> &restart = &LanguageSettings::restartApplication);
};

} // namespace sendtrail
