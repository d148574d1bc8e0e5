// sendtrail-screenshots DIRECTORY: the demo window, driven for the README's screenshots.
#include "mainwindow.h"
#include "screenshotscript.h"
#include "sendtrail/sandboxdemo.h"
#include "statusicons.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationName(u"Sendtrail"_s);
    if (app.arguments().size() != 2) {
        qWarning("usage: sendtrail-screenshots DIRECTORY");
        return 2;
    }
    QApplication::setWindowIcon(sendtrail::StatusIcons::appIcon());
    auto demo = std::make_shared<sendtrail::SandboxDemo>();
    sendtrail::MainWindow::Options options;
    options.demo = true;
    options.demoBackend = demo;
    sendtrail::MainWindow window(options);
    window.show();
    window.start(); // starts the sandbox
    (new sendtrail::ScreenshotScript(&window, demo->server(), app.arguments().at(1)))->start();
    return app.exec();
}
