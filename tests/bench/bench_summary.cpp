// Summary aggregation speed: one 100-record page added incrementally (as the table loads), and a
// full recomputation over N records (default 1,000,000) from the compact record store, as the app
// does when the zone changes. Records come from the sandbox's generator (realistic, hostile text
// included), parsed exactly as the service's pages are.
#include "insight/summary.h"
#include "records/pageparser.h"
#include "records/recordstore.h"
#include "sandbox/sandboxdataset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

ParsedPage page(const SandboxDataset &data, int first)
{
    QJsonArray items;
    for (int i = first; i < first + 100; ++i)
        items.append(data.recordJson(i % data.size()));
    return *parsePage(
        QJsonObject{{u"RequestId"_s, u"x"_s}, {u"data"_s, QJsonObject{{u"mailDetail"_s, items}}}});
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? atoi(argv[1]) : 1000000;
    QTextStream out(stdout);
    const SandboxDataset data(1, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC), total);

    // 1. Incremental: µs per 100-record page, into a summary that already holds earlier pages
    //    (its caches warm, as after the first screens of a query). Median of 5 runs of 2,000 pages.
    QList<ParsedPage> pages;
    for (int i = 0; i < 2000; ++i)
        pages.append(page(data, i * 100));
    QList<double> perPage;
    for (int run = 0; run < 5; ++run) {
        Summary summary(QTimeZone(8 * 3600));
        QElapsedTimer timer;
        timer.start();
        for (const ParsedPage &p : pages)
            summary.addPage(p);
        perPage.append(double(timer.nsecsElapsed()) / 1000.0 / pages.size());
    }
    out << "incremental, one 100-record page: " << QString::number(median(perPage), 'f', 1)
        << " us (median of 5 x 2,000 pages; target <= 30 us)\n";

    // 2. Full recomputation from the record store (Summary::addStore, no row decoded): median of 5.
    RecordStore store;
    for (int first = 0; first < total; first += 100)
        store.append(page(data, first));
    QList<double> full;
    qint64 check = 0;
    for (int run = 0; run < 5; ++run) {
        Summary summary(QTimeZone(8 * 3600));
        QElapsedTimer timer;
        timer.start();
        summary.addStore(store, 0, store.size() - 1);
        full.append(double(timer.nsecsElapsed()) / 1e6);
        check += summary.total() + summary.top(Summary::Dimension::Domain, 10).size();
    }
    // 3. Incremental from the store, as the panel counts each page the table appends: 100 rows
    //    at a time into a store of `total` rows (its string pool large). Median of 5 runs.
    QList<double> fromStore;
    for (int run = 0; run < 5; ++run) {
        Summary summary(QTimeZone(8 * 3600));
        QElapsedTimer timer;
        timer.start();
        qsizetype pagesDone = 0;
        for (qsizetype first = 0; first + 100 <= std::min<qsizetype>(store.size(), 200000); first += 100) {
            summary.addStore(store, first, first + 99);
            ++pagesDone;
        }
        fromStore.append(double(timer.nsecsElapsed()) / 1000.0 / double(pagesDone));
        check += summary.total();
    }
    out << "incremental from the store, one 100-row page: " << QString::number(median(fromStore), 'f', 1)
        << " us (median of 5 x 2,000 pages; target <= 30 us)\n";
    out << "full recomputation, " << store.size()
        << " records from the store: " << QString::number(median(full), 'f', 0)
        << " ms (median of 5; target <= 150 ms)\n"
        << "checksum " << check << '\n';
    return 0;
}
