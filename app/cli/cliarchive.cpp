#include "cliarchive.h"

#include "archive/archivecoverage.h"
#include "credentials/profile.h"
#include "exportrequest.h"
#include "records/recordcolumns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

QString minute(qint64 utc, int offset)
{
    return RecordColumns::formatTime(utc, offset).left(16);
}

} // namespace

QList<QCommandLineOption> archiveLocationOptions()
{
    return {
        {u"archive"_s,
         CliTr::tr("The archive: a file path or postgresql://user@host:port/db (default: %1).")
             .arg(ArchiveLocation::defaultSqlitePath()),
         u"URL|PATH"_s},
        {u"service-utc-offset"_s, CliTr::tr("The service's time zone (default +08:00)."), u"+HH:MM"_s},
    };
}

int serviceOffsetOption(const QCommandLineParser &p, QStringList *errors)
{
    if (!p.isSet(u"service-utc-offset"_s))
        return 8 * 3600;
    const auto offset = parseUtcOffset(p.value(u"service-utc-offset"_s));
    if (!offset)
        errors->append(CliTr::tr("--service-utc-offset must look like +08:00."));
    return offset.value_or(8 * 3600);
}

std::unique_ptr<ArchiveDatabase> openArchive(const QString &text, QStringList *errors)
{
    if (!errors->isEmpty())
        return nullptr;
    QString error;
    const bool byDefault = text.isEmpty() || text == "default"_L1;
    const auto location =
        ArchiveLocation::parse(byDefault ? ArchiveLocation::defaultSqlitePath() : text, &error);
    if (!location) {
        errors->append(error);
        return nullptr;
    }
    auto db = std::make_unique<ArchiveDatabase>(*location);
    if (!db->open(&error)) {
        errors->append(error);
        return nullptr;
    }
    return db;
}

QString formatCoverage(ArchiveDatabase &db, const QList<ArchiveWindow> &coverage, int offset)
{
    QString text = CliTr::tr("Archive %1 (schema %2): %3 day windows.\n")
                       .arg(db.location().displayName())
                       .arg(db.schemaVersion())
                       .arg(coverage.size());
    if (!coverage.isEmpty())
        text += CliTr::tr("Day (service time)  Fetched at (service time)  Records  Tags  Calls\n");
    qint64 records = 0;
    for (const ArchiveWindow &w : coverage) {
        text += u"%1          %2           %3  %4  %5\n"_s.arg(minute(w.startUtc, offset).left(10))
                    .arg(minute(w.fetchedAtUtc, offset))
                    .arg(w.records, 7)
                    .arg(w.tagged ? CliTr::tr("yes") : CliTr::tr("no"), 4)
                    .arg(w.calls, 5);
        records += w.records;
    }
    QString error;
    const auto gaps = coverage.isEmpty() ? QList<ArchiveGap>{}
                                         : ArchiveCoverage::gaps(coverage.constFirst().startUtc,
                                                                 coverage.constLast().stopUtc, coverage,
                                                                 QDateTime::currentSecsSinceEpoch());
    text += CliTr::tr("%1 records in all.").arg(records) + u'\n';
    if (!gaps.isEmpty())
        text += describeGaps(gaps, offset);
    return text;
}

QString describeGaps(const QList<ArchiveGap> &gaps, int offset)
{
    QString text = CliTr::tr("Not archived (service time):") + u'\n';
    for (const ArchiveGap &g : gaps)
        text += u"  %1 – %2\n"_s.arg(minute(g.startUtc, offset), minute(g.endUtc, offset));
    return text;
}

ArchiveFilter archiveFilter(const MailQuery &q)
{
    ArchiveFilter f;
    const qint64 start = q.start.toSecsSinceEpoch();
    const qint64 end = q.end.toSecsSinceEpoch();
    f.startUtc = start - ((start % 60) + 60) % 60;
    f.endUtc = end % 60 == 0 ? end : end + (60 - ((end % 60) + 60) % 60);
    f.toAddress = q.toAddress;
    f.accountName = q.accountName;
    f.tag = q.tagName;
    f.status = q.status;
    f.ipPoolId = q.ipPoolId;
    f.configSetId = q.configSetId;
    return f;
}

ArchiveFilter archiveFilter(const QueryRequest &r)
{
    ArchiveFilter f = archiveFilter(r.query);
    f.classification = r.archive.classification;
    f.domain = r.archive.domain;
    f.text = r.archive.text;
    return f;
}

} // namespace sendtrail
