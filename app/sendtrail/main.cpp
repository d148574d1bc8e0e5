#include "mainwindow.h"
#include "statusicons.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SENDTRAIL_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Sendtrail"_s);
    QGuiApplication::setDesktopFileName(u"io.github.sendtrail.Sendtrail"_s);
    QApplication::setWindowIcon(sendtrail::StatusIcons::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, explain and export Alibaba Cloud Direct Mail sending records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate(
                                                 "main", "Start with sample data from a built-in local sandbox."));
    QCommandLineOption script(u"screenshot-script"_s, u"Drive the window for documentation screenshots."_s,
                              u"directory"_s);
    script.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demo);
    parser.addOption(script);
    parser.process(app);

    sendtrail::MainWindow::Options options;
    options.demo = parser.isSet(demo) || parser.isSet(script);
    options.screenshotDirectory = parser.value(script);
    sendtrail::MainWindow window(options);
    window.show();
    window.start();
    return app.exec();
}
