// `export --archive` and `summary --archive`: the archive answers instead of the service.
#include "archive/archivecoverage.h"
#include "cliarchive.h"
#include "exportrequest.h"
#include "insight/summaryformat.h"
#include "insight/summarysink.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

std::unique_ptr<ArchiveDatabase> openCovering(const QueryRequest &request, const ArchiveFilter &filter,
                                              QTextStream &err)
{
    return openCoveringArchive(request.archive.archive, filter.startUtc, filter.endUtc,
                               request.query.serviceUtcOffsetSeconds, err);
}

} // namespace

std::unique_ptr<ArchiveDatabase> openCoveringArchive(const QString &archive, qint64 startUtc, qint64 endUtc,
                                                     int offsetSeconds, QTextStream &err)
{
    QStringList errors;
    auto db = openArchive(archive, &errors);
    QString error;
    std::optional<QList<ArchiveWindow>> coverage;
    if (db && !(coverage = db->coverage(&error)))
        errors.append(error);
    if (!errors.isEmpty()) {
        err << "sendtrail-cli: " << errors.join(u'\n') << Qt::endl;
        return nullptr;
    }
    const auto gaps = ArchiveCoverage::gaps(startUtc, endUtc, *coverage, QDateTime::currentSecsSinceEpoch());
    if (!gaps.isEmpty()) {
        err << "sendtrail-cli: "
            << CliTr::tr("The archive does not cover the whole range; nothing was read. Run 'sendtrail-cli "
                         "archive sync' for these days (the service keeps one month):")
            << '\n'
            << describeGaps(gaps, offsetSeconds);
        err.flush();
        return nullptr;
    }
    return db;
}

int runArchiveExport(const ExportRequest &request, QTextStream &err)
{
    QElapsedTimer clock;
    clock.start();
    const ArchiveFilter filter = archiveFilter(request);
    auto db = openCovering(request, filter, err);
    if (!db)
        return 1;
    auto rows = std::make_shared<VectorExportSource>();
    QString error;
    if (!db->forEach(
            filter, [&](const ArchivedRecord &r) { return rows->append(r.record), true; }, &error)) {
        err << "sendtrail-cli: " << error << Qt::endl;
        return 1;
    }
    ExportSink sink(request.exportOptions);
    QueryRun run(rows, &sink);
    QEventLoop loop;
    int code = 1;
    QObject::connect(&run, &QueryRun::finished, &loop, [&](const QString &path, qint64 n) {
        if (!request.quiet)
            err << CliTr::tr("Wrote %1 records from the archive to %2 in %3 s.")
                       .arg(n)
                       .arg(path)
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
        code = 0;
        loop.quit();
    });
    QObject::connect(&run, &QueryRun::writeFailed, &loop, [&](const QString &message) {
        err << "sendtrail-cli: " << message << Qt::endl;
        loop.quit();
    });
    run.start();
    if (run.isRunning())
        loop.exec();
    return code;
}

int runArchiveSummary(const SummaryRequest &request, QTextStream &out, QTextStream &err)
{
    const ArchiveFilter filter = archiveFilter(request);
    auto db = openCovering(request, filter, err);
    if (!db)
        return 1;
    SummarySink sink(request.zone);
    ParsedPage page;
    QString error;
    const bool ok = db->forEach(
        filter,
        [&](const ArchivedRecord &r) {
            page.records.append(ParsedRecord{r.record, {}, {}});
            if (page.records.size() == 5000) {
                sink.appendPage(page);
                page.records.clear();
            }
            return true;
        },
        &error);
    if (!ok) {
        err << "sendtrail-cli: " << error << Qt::endl;
        return 1;
    }
    sink.appendPage(page);
    const QByteArray bytes =
        request.json
            ? QJsonDocument(SummaryFormat::toJson(sink.summary())).toJson(QJsonDocument::Compact) + '\n'
            : SummaryFormat::toText(sink.summary()).toUtf8();
    if (request.outputPath.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return 0;
    }
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "sendtrail-cli: "
            << CliTr::tr("Could not write %1: %2").arg(request.outputPath, file.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace sendtrail
