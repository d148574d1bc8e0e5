#include "archivecommand.h"

#include "archive/archivedatabase.h"
#include "archivesynccommand.h"
#include "cliarchive.h"
#include "records/mailquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

// status, forget and prune: the archive alone, no connection.
int runLocal(const QString &word, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(archiveLocationOptions());
    if (word == "forget"_L1)
        p.addOption({u"address"_s, CliTr::tr("The recipient whose records are erased (required)."), u"A"_s});
    if (word == "prune"_L1)
        p.addOption(
            {u"before"_s, CliTr::tr("Drop the windows that end before this time (required)."), u"T"_s});
    if (!p.parse(QStringList{u"sendtrail-cli archive "_s + word} + args))
        return reportUsageErrors({p.errorText()}, u"archive "_s + word, err);
    if (p.isSet(u"help"_s)) {
        out << archiveHelpText();
        return 0;
    }
    QStringList errors;
    const int offset = serviceOffsetOption(p, &errors);
    if (word == "forget"_L1 && p.value(u"address"_s).isEmpty())
        errors.append(CliTr::tr("--address A is required."));
    std::optional<QDateTime> before;
    if (word == "prune"_L1 && !(before = parseUserTime(p.value(u"before"_s), offset)))
        errors.append(CliTr::tr("--before T is required: 'yyyy-MM-dd HH:mm' or ISO 8601 with an offset."));
    auto db = openArchive(p.value(u"archive"_s), &errors);
    if (!errors.isEmpty())
        return reportUsageErrors(errors, u"archive "_s + word, err);
    QString error;
    if (word == "status"_L1) {
        const auto coverage = db->coverage(&error);
        if (!coverage) {
            err << "sendtrail-cli: " << error << Qt::endl;
            return 1;
        }
        out << formatCoverage(*db, *coverage, offset);
        return 0;
    }
    const qint64 n = word == "forget"_L1 ? db->forgetAddress(p.value(u"address"_s), &error)
                                         : db->pruneBefore(before->toSecsSinceEpoch(), &error);
    if (n < 0) {
        err << "sendtrail-cli: " << error << Qt::endl;
        return 1;
    }
    out << (word == "forget"_L1 ? CliTr::tr("Erased %1 records of %2.").arg(n).arg(p.value(u"address"_s))
                                : CliTr::tr("Dropped %1 windows.").arg(n))
        << '\n';
    return 0;
}

} // namespace

QString archiveHelpText()
{
    return CliTr::
        tr("Usage: sendtrail-cli archive <sync|status|forget|prune> [options]\n"
           "\n"
           "The archive keeps sending records past the service's one-month retention, in SQLite (default:\n"
           "%1) or in a team's PostgreSQL (--archive postgresql://user@host:port/db; the password comes\n"
           "from PGPASSWORD or ~/.pgpass, never from the command line). Read it with\n"
           "'sendtrail-cli export --archive ...' and 'sendtrail-cli summary --archive ...', every filter "
           "combined.\n"
           "\n"
           "  sync [PROFILE] [--profile P] [--archive A] [--start T] [--end T] [--settle-days N] "
           "[--no-tags]\n"
           "         [--rate-limit N] [--concurrency N] [--quiet]\n"
           "      Fetches every day (of the service's zone) not yet archived, and the last N days again\n"
           "      (default 3: a record's time is its last status update). Each day is written in one\n"
           "      transaction: a rerun, a crash or kill -9 never duplicates or loses a record.\n"
           "      Tags: one more fetch per tag and day (QueryTagByParam); --no-tags skips them.\n"
           "  status [--archive A]            The archived windows: when fetched, records, tags, calls.\n"
           "  forget --address A [--archive A]  Erase one person's records (a data-protection request).\n"
           "  prune --before T [--archive A]  Drop the windows that end before T.\n"
           "\n"
           "On a schedule (every night at 02:30):\n"
           "  cron:    30 2 * * * sendtrail-cli archive sync --profile work --quiet\n"
           "  systemd: ~/.config/systemd/user/sendtrail-archive.service\n"
           "             [Service]\n"
           "             Type=oneshot\n"
           "             ExecStart=/usr/bin/sendtrail-cli archive sync --profile work --quiet\n"
           "           ~/.config/systemd/user/sendtrail-archive.timer\n"
           "             [Timer]\n"
           "             OnCalendar=*-*-* 02:30\n"
           "             Persistent=true\n"
           "             [Install]\n"
           "             WantedBy=timers.target\n"
           "           systemctl --user enable --now sendtrail-archive.timer\n")
            .arg(ArchiveLocation::defaultSqlitePath());
}

int runArchiveCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString word = args.value(0);
    if (word == "sync"_L1)
        return runArchiveSyncCommand(args.mid(1), out, err);
    if (word == "status"_L1 || word == "forget"_L1 || word == "prune"_L1)
        return runLocal(word, args.mid(1), out, err);
    if (word.isEmpty() || word == "--help"_L1 || word == "-h"_L1) {
        out << archiveHelpText();
        return word.isEmpty() ? 2 : 0;
    }
    err << CliTr::tr("sendtrail-cli archive: unknown command '%1'.").arg(word) << "\n\n" << archiveHelpText();
    return 2;
}

} // namespace sendtrail
