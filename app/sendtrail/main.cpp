#include "focusframestyle.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "sandboxdemo.h"
#include "statusicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SENDTRAIL_VERSION));
}

// --help and --version must work without a display (CI smoke runs, ssh sessions).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    // Before the parser (so --help is translated too) and before any window is built.
    sendtrail::LanguageSettings::apply(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse, explain and export Alibaba Cloud Direct Mail sending records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("main", "Start with sample data from a built-in local sandbox."));
    parser.addOption(demo);
    parser.process(*app); // exits after --help / --version

    QGuiApplication::setApplicationDisplayName(u"Sendtrail"_s);
    QGuiApplication::setDesktopFileName(u"io.github.sendtrail.Sendtrail"_s);
    QApplication::setWindowIcon(sendtrail::StatusIcons::appIcon());
    QApplication::setStyle(new sendtrail::FocusFrameStyle); // a focus ring keyboard users can see

    sendtrail::MainWindow::Options options;
    options.demo = parser.isSet(demo);
    options.demoBackend = std::make_shared<sendtrail::SandboxDemo>();
    sendtrail::MainWindow window(options);
    window.show();
    window.start();
    return app->exec();
}
