#include "exportcommand.h"

#include "exportrequest.h"
#include "exportrun.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sendtrail {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &byte, 1);
}

// Ctrl+C cancels cleanly (no half-written file) instead of killing the process mid-write.
void installInterruptHandler(ExportRun *run)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, run);
    QObject::connect(notifier, &QSocketNotifier::activated, run, [run, notifier] {
        char byte;
        [[maybe_unused]] auto n = ::read(g_signalFd[0], &byte, 1);
        notifier->setEnabled(false);
        run->cancel();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int runExportCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString help;
    const ParsedExportArgs parsed = parseExportArgs(args, &help);
    if (parsed.helpShown) {
        out << help;
        return 0;
    }
    if (!parsed.request) {
        for (const QString &e : parsed.errors)
            err << "sendtrail-cli export: " << e << '\n';
        err << QCoreApplication::translate("sendtrail::cli",
                                           "Run 'sendtrail-cli export --help' for the options.")
            << Qt::endl;
        return 2;
    }
    ExportRun run(*parsed.request, err);
    int exitCode = 1;
    QObject::connect(&run, &ExportRun::done, &run, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    installInterruptHandler(&run);
    QMetaObject::invokeMethod(&run, &ExportRun::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sendtrail
