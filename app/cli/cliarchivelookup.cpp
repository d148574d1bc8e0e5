// `lookup --archive`: the support desk's lookup answered from the archive instead of the service.
#include "archive/archivecoverage.h"
#include "cliarchive.h"
#include "export/exportsource.h"
#include "lookuprequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

// Every address's answer, in the list's order; nullopt after saying why on `err`.
std::optional<QList<LookupResult>> lookUpAll(ArchiveDatabase &db, const AddressList &list,
                                             const ArchiveFilter &range, QTextStream &err)
{
    QList<LookupResult> results;
    for (const QString &address : list.addresses()) {
        ArchiveFilter filter = range;
        filter.toAddress = address;
        QString error;
        const auto activity = db.addressActivity(filter, &error);
        if (!activity) {
            err << "sendtrail-cli: " << error << Qt::endl;
            return std::nullopt;
        }
        const MailRecord latest = activity->latest ? activity->latest->record : MailRecord{};
        results.append(LookupRun::doneResult(address, activity->count, mailRecordToJson(latest), latest));
    }
    return results;
}

} // namespace

int runArchiveLookup(const LookupRequest &request, const AddressList &list, QTextStream &err)
{
    QElapsedTimer clock;
    clock.start();
    const ArchiveFilter range = archiveFilter(request.range);
    auto db = openCoveringArchive(request.archive, range.startUtc, range.endUtc,
                                  request.serviceUtcOffsetSeconds, err);
    const auto results = db ? lookUpAll(*db, list, range, err) : std::nullopt;
    if (!results)
        return 1;
    QString error;
    if (!LookupWriter::writeFile(request.outputPath, list, *results, request.writerOptions, &error)) {
        err << "sendtrail-cli: " << error << Qt::endl;
        return 1;
    }
    const auto found =
        std::count_if(results->cbegin(), results->cend(), [](const auto &r) { return r.found(); });
    if (!request.quiet)
        err << CliTr::tr("Looked up %1 addresses in the archive %2: %3 found, %4 not found. Lines that are "
                         "not addresses: %5; duplicates folded: %6. Wrote %7 in %8 s.")
                   .arg(results->size())
                   .arg(db->location().displayName())
                   .arg(found)
                   .arg(results->size() - found)
                   .arg(list.invalidCount())
                   .arg(list.duplicateCount())
                   .arg(request.outputPath)
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    return 0;
}

} // namespace sendtrail
