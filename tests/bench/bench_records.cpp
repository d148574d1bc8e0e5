// Parse + append speed of one 100-record page, and memory per record at 1,000,000 records.
// Records come from the sandbox's generator, so they are realistic (hostile text included).
#include "benchutil.h"
#include "export/exporter.h"
#include "export/recordstoresource.h"
#include "records/pageparser.h"
#include "records/recordstore.h"
#include "sandbox/sandboxdataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

QByteArray pageJson(const SandboxDataset &data, int first)
{
    QJsonArray items;
    for (int i = first; i < first + 100; ++i)
        items.append(data.recordJson(i % data.size()));
    QJsonObject body{
        {u"RequestId"_s, u"B5AB8EBB-EE64-4BB2-B085-B92CC5DEDC41"_s},
        {u"NextStart"_s, u"90f0243616#203#a***@example.net-1658817689#a***@example.net.247141122178"_s},
        {u"data"_s, QJsonObject{{u"mailDetail"_s, items}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? atoi(argv[1]) : 1000000;
    QTextStream out(stdout);
    const QDateTime anchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const SandboxDataset data(1, anchor, total);

    // 1. µs to parse and append one 100-record page (JSON bytes in, rows in the store out).
    QList<QByteArray> pages;
    for (int i = 0; i < 200; ++i)
        pages.append(pageJson(data, i * 100));
    RecordStore warm;
    QElapsedTimer timer;
    timer.start();
    const int rounds = 2000;
    for (int i = 0; i < rounds; ++i) {
        const auto page = parsePageJson(pages.at(i % pages.size()));
        warm.append(*page);
    }
    const double usPerPage = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    out << "parse+append, 100-record page: " << QString::number(usPerPage, 'f', 1) << " us ("
        << QString::number(pages.first().size()) << " bytes of JSON per page)\n";
    warm.clear();
    pages.clear();

    // 2. Bytes per record with `total` records held.
    const qint64 before = bench::residentBytes();
    auto shared = std::make_shared<RecordStore>();
    RecordStore &store = *shared;
    timer.restart();
    for (int first = 0; first < total; first += 100) {
        const auto page = parsePageJson(pageJson(data, first));
        store.append(*page);
    }
    const qint64 after = bench::residentBytes();
    out << "records: " << store.size() << " loaded in " << timer.elapsed() << " ms\n"
        << "store estimate: " << store.memoryBytes() / store.size() << " bytes/record ("
        << store.memoryBytes() / (1024 * 1024) << " MiB), distinct strings: " << store.distinctStrings()
        << '\n'
        << "resident growth: " << (after - before) / store.size() << " bytes/record ("
        << (after - before) / (1024 * 1024) << " MiB); process resident " << after / (1024 * 1024)
        << " MiB, peak " << bench::peakResidentBytes() / (1024 * 1024) << " MiB\n";
    // 3. The real export path: CSV and XLSX straight from the compact store, newest first.
    const RecordStoreSource source(shared);
    timer.restart();
    ExportOptions options;
    options.rowOrder = RecordStoreSource::newestFirst(*shared);
    out << "sort newest first: " << timer.elapsed() << " ms\n" << Qt::flush;
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        options.format = format;
        options.targetPath = QDir::temp().filePath(format == ExportFormat::Csv ? u"bench_records.csv"_s
                                                                               : u"bench_records.xlsx"_s);
        timer.restart();
        const ExportResult result = Exporter::run(source, options);
        const qint64 ms = timer.elapsed();
        out << (format == ExportFormat::Csv ? "CSV" : "XLSX") << " from the store: " << result.rowsWritten
            << " rows in " << ms << " ms = " << qint64(result.rowsWritten * 1000.0 / std::max<qint64>(1, ms))
            << " rows/s; process peak " << bench::peakResidentBytes() / (1024 * 1024) << " MiB\n"
            << Qt::flush;
        QFile::remove(options.targetPath);
    }
    const RecordStore &kept = *shared;
    // Touch the store so the optimiser cannot drop it.
    qint64 sum = 0;
    for (qsizetype r = 0; r < kept.size(); r += 997)
        sum += kept.utcSeconds(r);
    out << "checksum " << sum << '\n';
    return 0;
}
