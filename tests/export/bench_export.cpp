// Not a test: times one export of generated, realistic rows and reports rows/s and peak RSS.
//   bench_export csv|xlsx|jsonl [rows=1000000] [directory=a temp dir]
// Run one format per process so each peak RSS is its own.
#include "export/exporter.h"
#include "exporttestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// User + system CPU seconds: unlike wall time, barely affected by other load on the machine.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int usage()
{
    std::fprintf(stderr, "usage: bench_export csv|xlsx|jsonl [rows] [directory]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage();
    ExportOptions options;
    const QString format = args.at(1);
    if (format == u"csv")
        options.format = ExportFormat::Csv;
    else if (format == u"xlsx")
        options.format = ExportFormat::Xlsx;
    else if (format == u"jsonl")
        options.format = ExportFormat::Jsonl;
    else
        return usage();
    const qsizetype rows = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    QTemporaryDir tempDir;
    const QString dir = args.size() > 3 ? args.at(3) : tempDir.path();
    options.targetPath = dir + u"/bench."_s + format;
    options.timeZone = ExportTimeZone::fixedOffset(8 * 3600);

    QElapsedTimer timer;
    timer.start();
    const auto source = testsupport::makeRealisticSource(rows);
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    const double baseline = peakRssMiB();

    // The periodic report at the last row comes before the file is finished (XLSX zipping,
    // QSaveFile's fdatasync); the final one after. The gap is the finishing phase.
    double rowsDoneSeconds = 0;
    ExportControl control;
    control.checkEveryRows = 1000;
    control.progressed = [&](qint64 written, qint64 total) {
        if (written == total && rowsDoneSeconds == 0)
            rowsDoneSeconds = timer.nsecsElapsed() / 1e9;
    };
    const double cpuBefore = cpuSeconds();
    timer.restart();
    const ExportResult result = Exporter::run(*source, options, control);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!result.ok()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.errorText));
        return 1;
    }
    const double peak = peakRssMiB();
    std::printf("format=%s rows=%lld columns=%lld sheets=%d\n", qPrintable(format),
                qlonglong(result.rowsWritten), qlonglong(options.columns.size()), result.sheetCount);
    std::printf(
        "generate=%.2fs export=%.2fs (rows %.2fs + finishing %.2fs) cpu=%.2fs rows/s=%.0f file=%.1f MiB\n",
        generateSeconds, seconds, rowsDoneSeconds, seconds - rowsDoneSeconds, cpu,
        double(result.rowsWritten) / seconds, QFileInfo(options.targetPath).size() / 1048576.0);
    std::printf("peak RSS: after generating=%.1f MiB, after export=%.1f MiB (export added %.1f MiB)\n",
                baseline, peak, peak - baseline);
    if (args.size() <= 3)
        QFile::remove(options.targetPath);
    return 0;
}
