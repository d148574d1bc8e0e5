#include "archivesynccommand.h"

#include "archive/archivedatabase.h"
#include "archive/archivesync.h"
#include "archivecommand.h"
#include "cliarchive.h"
#include "exportrequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

void applySyncOptions(const QCommandLineParser &p, ArchiveSyncRequest &r, QStringList *errors)
{
    r.archive = p.value(u"archive"_s);
    for (const auto &[name, target] : {std::pair{u"start"_s, &r.start}, std::pair{u"end"_s, &r.end}}) {
        if (!p.isSet(name))
            continue;
        *target = parseUserTime(p.value(name), r.serviceUtcOffsetSeconds);
        if (!*target)
            errors->append(
                CliTr::tr("--%1 '%2' is not a time: use 'yyyy-MM-dd HH:mm' or ISO 8601 with an offset.")
                    .arg(name, p.value(name)));
    }
    if (const auto settle = intOption(p, u"settle-days"_s, errors); settle && (*settle < 0 || *settle > 30))
        errors->append(CliTr::tr("--settle-days must be between 0 and 30."));
    else if (settle)
        r.settleDays = *settle;
    r.withTags = !p.isSet(u"no-tags"_s);
    applyBudgetOptions(p, r.callsPerMinute, r.concurrency, errors);
    r.quiet = p.isSet(u"quiet"_s);
}

} // namespace

ArchiveSyncCommand::ArchiveSyncCommand(const ArchiveSyncRequest &request, std::unique_ptr<ArchiveDatabase> db,
                                       QTextStream &err, QObject *parent)
    : CliCommand(request, request.quiet, CliTr::tr("Cancelled; the windows written so far are kept."), err,
                 parent),
      m_request(request), m_db(std::move(db)), m_err(err)
{}

ArchiveSyncCommand::~ArchiveSyncCommand() = default;

void ArchiveSyncCommand::run(ApiClient *client)
{
    ArchiveSyncOptions o;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    o.endUtc = m_request.end ? m_request.end->toSecsSinceEpoch() : now;
    o.startUtc = m_request.start ? m_request.start->toSecsSinceEpoch() : now - qint64(30) * 86400;
    o.settleDays = m_request.settleDays;
    o.withTags = m_request.withTags;
    o.callsPerMinute = m_request.callsPerMinute;
    o.concurrency = m_request.concurrency;
    o.serviceUtcOffsetSeconds = m_request.serviceUtcOffsetSeconds;
    m_sync = new ArchiveSync(client, m_db.get(), o, this);
    connect(m_sync, &ArchiveSync::progressed, this, [this](const ArchiveSyncSummary &s) {
        progress(tr("Archived %1 of %2 day windows: %3 records, %4 calls")
                     .arg(s.windowsDone)
                     .arg(s.windowsPlanned)
                     .arg(s.records)
                     .arg(s.calls));
    });
    connect(m_sync, &ArchiveSync::failed, this, [this](const QString &message) { fail(message); });
    connect(m_sync, &ArchiveSync::finished, this, [this](const ArchiveSyncSummary &s) {
        if (!m_request.quiet || s.windowsDone > 0)
            m_err << tr("Fetched %1 day windows: %2 records, %3 calls (%4 of them for %5 tags, %6 records "
                        "tagged) in %7 s.")
                         .arg(s.windowsDone)
                         .arg(s.records)
                         .arg(s.calls)
                         .arg(s.tagCalls)
                         .arg(s.tags)
                         .arg(s.tagged)
                         .arg(elapsedSeconds(), 0, 'f', 1)
                  << Qt::endl;
        succeed();
    });
    m_sync->start();
}

bool ArchiveSyncCommand::stop()
{
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
    }
    return false;
}

int runArchiveSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(connectionOptions());
    p.addOptions({
        {u"archive"_s, CliTr::tr("The archive: a file path or postgresql://user@host:port/db."),
         u"URL|PATH"_s},
        {u"start"_s, CliTr::tr("Archive from this time (default: 30 days ago, the service's retention)."),
         u"T"_s},
        {u"end"_s, CliTr::tr("Archive up to this time (default: now)."), u"T"_s},
        {u"settle-days"_s, CliTr::tr("Days fetched again, as recent records still change (default 3)."),
         u"N"_s, u"3"_s},
        {u"no-tags"_s, CliTr::tr("Skip the per-tag fetches: records are archived without tags.")},
        {u"rate-limit"_s, CliTr::tr("Client-side budget in calls per minute (default 500)."), u"N"_s,
         u"500"_s},
        {u"concurrency"_s, CliTr::tr("Queries in flight at the same time (default 6)."), u"N"_s, u"6"_s},
        {u"quiet"_s, CliTr::tr("No progress on stderr.")},
    });
    // `archive sync work`: the positional connection is a profile's name.
    QStringList words = args;
    if (!words.isEmpty() && !words.constFirst().startsWith(u'-'))
        words.prepend(u"--profile"_s);
    if (!p.parse(QStringList{u"sendtrail-cli archive sync"_s} + words))
        return reportUsageErrors({p.errorText()}, u"archive sync"_s, err);
    if (p.isSet(u"help"_s)) {
        out << p.helpText().replace(u"sendtrail-cli [options]"_s,
                                    u"sendtrail-cli archive sync [PROFILE] [options]"_s)
            << '\n'
            << archiveHelpText();
        return 0;
    }
    QStringList errors;
    ArchiveSyncRequest r;
    if (!p.positionalArguments().isEmpty())
        errors.append(CliTr::tr("Unexpected argument '%1'.").arg(p.positionalArguments().constFirst()));
    applyConnectionOptions(p, r, &errors);
    applySyncOptions(p, r, &errors);
    std::unique_ptr<ArchiveDatabase> db = openArchive(r.archive, &errors);
    if (!errors.isEmpty())
        return reportUsageErrors(errors, u"archive sync"_s, err);
    ArchiveSyncCommand command(r, std::move(db), err);
    return command.exec();
}

} // namespace sendtrail
