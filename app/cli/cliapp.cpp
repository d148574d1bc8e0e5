#include "cliapp.h"

#include "archivecommand.h"
#include "exportcommand.h"
#include "invalidcommand.h"
#include "listcommand.h"
#include "lists/listquery.h"
#include "lookupcommand.h"
#include "profilescommand.h"
#include "sandboxcommand.h"
#include "summarycommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "sendtrail::cli",
        "Usage: sendtrail-cli <command> [options]\n"
        "\n"
        "Browse and export Alibaba Cloud Direct Mail sending records (SenderStatisticsDetailByParam).\n"
        "\n"
        "Commands:\n"
        "  export     Fetch every record of a query and write it as JSONL, CSV or XLSX.\n"
        "  summary    Fetch every record of a query and count it: status, classification, domain, day.\n"
        "  lookup     Look up a list of recipients (text, CSV or XLSX): found or not, how often, the newest\n"
        "             record and what it means.\n"
        "  archive    Keep the records past the service's month (SQLite or PostgreSQL): sync, status,\n"
        "             forget, prune; then export/summary --archive with every filter combined.\n"
        "  stats      The service's own daily totals (any range of the last 30 days).\n"
        "  tags, senders, ip-pools, config-sets\n"
        "             List the account's tags, sender addresses, dedicated IP pools or config sets.\n"
        "  invalid-addresses list|remove\n"
        "             The account's invalid-address list: see it, and remove addresses from it.\n"
        "  profiles   List, add or remove credential profiles (secrets live in the system keychain).\n"
        "  sandbox    Run the local Direct Mail look-alike used by the demo and the tests.\n"
        "\n"
        "Run 'sendtrail-cli <command> --help' for the options of a command.\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n");
}

} // namespace

int runCli(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(u"sendtrail-cli"_s);
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENDTRAIL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == "export"_L1)
        return runExportCommand(rest);
    if (command == "summary"_L1)
        return runSummaryCommand(rest);
    if (command == "archive"_L1)
        return runArchiveCommand(rest);
    if (command == "invalid-addresses"_L1)
        return runInvalidAddressesCommand(rest);
    if (command == "lookup"_L1)
        return runLookupCommand(rest);
    if (command == "stats"_L1)
        return runStatsCommand(rest);
    if (listKindFromCommand(command))
        return runListCommand(command, rest);
    if (command == "profiles"_L1)
        return runProfilesCommand(rest);
    if (command == "sandbox"_L1)
        return runSandboxCommand(rest);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out << "sendtrail-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        out << usage();
        return 0;
    }
    err << (command.isEmpty()
                ? QString()
                : QCoreApplication::translate("sendtrail::cli", "Unknown command '%1'.\n\n").arg(command))
        << usage();
    return 2;
}

} // namespace sendtrail
