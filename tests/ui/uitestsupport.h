#pragma once

// Shared by the GUI tests: a real MainWindow in demo mode against an in-process sandbox,
// a memory-only "keychain" and settings in Qt's test location.

#include "credentials/sessionsecretstore.h"
#include "mainwindow.h"
#include "records/recordtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sendtrail/sandboxdemo.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace uitest {

// ctest gives every GUI test its own XDG_CONFIG_HOME (tests/ui/CMakeLists.txt); Qt's test mode
// is not used because it would put every test executable in the same ~/.qttest folder.
inline void isolateSettings()
{
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")) { // run by hand: never touch the user's settings
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Sendtrail"));
    QCoreApplication::setApplicationName(QStringLiteral("SendtrailUiTest"));
    QSettings().clear();
}

// Small data set (fast), optional latency; the demo runs "last 7 days" on start.
inline std::unique_ptr<sendtrail::MainWindow> demoWindow(int latencyMs = 0, int records = 4000)
{
    sendtrail::MainWindow::Options options;
    options.demo = true;
    sendtrail::SandboxOptions sandboxOptions;
    sandboxOptions.latencyMs = latencyMs;
    options.demoBackend = std::make_shared<sendtrail::SandboxDemo>(records, sandboxOptions);
    options.secretStore = new sendtrail::SessionSecretStore;
    auto window = std::make_unique<sendtrail::MainWindow>(options);
    window->resize(1200, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active; shortcuts may not reach it");
    window->start();
    return window;
}

// The sandbox behind a demoWindow(); started by MainWindow::start().
inline sendtrail::SandboxServer *sandbox(const std::unique_ptr<sendtrail::MainWindow> &window)
{
    return static_cast<sendtrail::SandboxDemo *>(window->demoBackend())->server();
}

inline bool waitForFirstPage(sendtrail::MainWindow *window, int timeoutMs = 20000)
{
    auto *model = window->model();
    return QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isLoading(); }, timeoutMs);
}

// Accelerators (&x) that more than one button or buddied label of `window` uses, as "x: text /
// text"; widgets of other windows (child dialogs) are left out. Empty when they are all unique.
inline QStringList acceleratorClashes(QWidget *window)
{
    static const QRegularExpression accelerator(QStringLiteral("&([^&\\s])"));
    QHash<QChar, QStringList> users;
    const auto note = [&](QWidget *widget, const QString &text) {
        const auto match = accelerator.match(text);
        if (widget->window() == window && match.hasMatch())
            users[match.captured(1).at(0).toLower()] << text;
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        note(button, button->text());
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            note(label, label->text());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(" / "));
    }
    return clashes;
}

} // namespace uitest
