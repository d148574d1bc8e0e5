// The archive at 1,000,000 records (run by hand, see README.md): insert rate during sync, the
// first 100 rows of a combined filter, a text search, a status × day summary, bytes on disk, the
// same against a real PostgreSQL 15, the month's combined answer from the archive vs from the
// sandbox at 250 ms latency and 500 calls/min, and the calls of re-syncing an archived month.
//   bench_archive [records=1000000] [--no-postgres] [--no-service] [--no-resync]
#include "api/apiclient.h"
#include "api/clock.h"
#include "archive/archivecoverage.h"
#include "archive/archivedatabase.h"
#include "archive/archivesync.h"
#include "postgresfixture.h"
#include "records/bulkfetcher.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kDay = 86400;
constexpr int kOffset = 8 * 3600;

// This process's CPU seconds (user + system): on the shared machine, wall time also counts the
// other processes' turns.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Wall and CPU milliseconds of one call, each the median of `runs` calls.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

struct Figures
{
    double insertPerSecond = 0;
    double insertPerCpuSecond = 0;
    double analyzeMs = 0; // the sync's closing ANALYZE, inside the insert's time
    Timing combined;
    Timing text;
    Timing textFirstPage;
    Timing summary;
    double bytesPerRecord = 0;
};

// The sandbox's records (what a sync would fetch), labelled with their tags, by day window.
std::map<qint64, QList<ArchivedRecord>> recordsByDay(const SandboxDataset &data)
{
    std::map<qint64, QList<ArchivedRecord>> days;
    for (int row = 0; row < data.size(); ++row) {
        ArchivedRecord a;
        MailRecord &r = a.record;
        r.utcSeconds = data.utcSeconds(row);
        r.status = DeliveryStatus(data.status(row));
        r.toAddress = data.toAddress(row);
        r.accountName = data.accountName(row);
        r.subject = data.subject(row);
        r.errorClassification = data.errorClassification(row);
        r.message = data.message(row);
        r.ipPoolId = data.ipPoolId(row);
        r.configSetId = data.configSetId(row);
        r.lastUpdateTime = data.recordJson(row).value(u"LastUpdateTime"_s).toString();
        a.tag = data.tagName(row);
        days[ArchiveCoverage::dayStart(r.utcSeconds, kOffset)].append(a);
    }
    return days;
}

template <typename F> Timing median(F &&f, int runs = 7)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        f();
        cpus.append((cpuSeconds() - cpu) * 1000.0);
        walls.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(runs / 2), cpus.at(runs / 2)};
}

ArchiveFilter monthFilter(const SandboxDataset &data)
{
    ArchiveFilter f;
    f.endUtc = data.anchor().toSecsSinceEpoch() + 60;
    f.startUtc = f.endUtc - 30 * kDay;
    f.tag = data.tagNames().value(0);
    f.status = 3;
    return f;
}

Figures measure(ArchiveDatabase &db, const SandboxDataset &data,
                const std::map<qint64, QList<ArchivedRecord>> &days)
{
    Figures fig;
    QString error;
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuSeconds();
    qint64 written = 0;
    for (const auto &[start, records] : days) {
        const ArchiveWindow w{start, start + kDay, QDateTime::currentSecsSinceEpoch(), 0, true, 0};
        if (!db.replaceWindow(w, records, &error))
            qFatal("%s", qPrintable(error));
        written += records.size();
    }
    const qint64 beforeAnalyze = t.nsecsElapsed();
    if (!db.analyze(&error)) // as a sync does at its end
        qFatal("%s", qPrintable(error));
    fig.analyzeMs = double(t.nsecsElapsed() - beforeAnalyze) / 1e6;
    fig.insertPerSecond = double(written) / (double(t.nsecsElapsed()) / 1e9);
    fig.insertPerCpuSecond = double(written) / (cpuSeconds() - cpuStart);
    const ArchiveFilter combined = monthFilter(data);
    fig.combined = median([&] { db.page(combined, {}, {}, 100, &error); });
    ArchiveFilter text;
    text.startUtc = 0;
    text.endUtc = combined.endUtc + kDay;
    text.text = u"invoice"_s;
    qint64 hits = 0;
    fig.text = median([&] { hits = db.count(text, &error); }, 3);
    fig.textFirstPage = median([&] { db.page(text, {}, {}, 100, &error); });
    ArchiveFilter all;
    all.endUtc = text.endUtc;
    fig.summary = median([&] { db.statusByDay(all, kOffset, &error); }, 3);
    fig.bytesPerRecord = double(db.sizeOnDisk(&error)) / double(written);
    std::printf("  text search matched %lld records\n", hits);
    return fig;
}

// Each time as wall ms (CPU ms of this process).
void print(const char *engine, const Figures &f)
{
    std::printf(
        "%s: insert %.0f records/s (%.0f per CPU second; the closing ANALYZE %.0f ms of it); combined filter "
        "first 100 rows %.1f ms (%.1f); "
        "text search (count) %.1f ms (%.1f), first 100 rows %.1f ms (%.1f); status x day summary %.1f ms "
        "(%.1f); %.0f bytes/record\n",
        engine, f.insertPerSecond, f.insertPerCpuSecond, f.analyzeMs, f.combined.wallMs, f.combined.cpuMs,
        f.text.wallMs, f.text.cpuMs, f.textFirstPage.wallMs, f.textFirstPage.cpuMs, f.summary.wallMs,
        f.summary.cpuMs, f.bytesPerRecord);
    std::fflush(stdout);
}

void serviceComparison(const SandboxDataset &data, ArchiveDatabase &db)
{
    SandboxServer server(data);
    server.listen();
    SandboxOptions slow;
    slow.latencyMs = 250;
    server.setOptions(slow);
    test::SandboxApiClient client(server);
    const ArchiveFilter f = monthFilter(data);
    MailQuery q; // the service takes the tag and the status together; nothing more
    q.start = QDateTime::fromSecsSinceEpoch(f.startUtc, Qt::UTC);
    q.end = QDateTime::fromSecsSinceEpoch(f.endUtc, Qt::UTC);
    q.tagName = f.tag;
    q.status = f.status;
    BulkFetchOptions options; // 500 calls/min, 6 windows at once: the export's defaults
    BulkFetcher fetcher(&client.client, q, options);
    qint64 serviceRows = 0;
    QEventLoop loop;
    QObject::connect(&fetcher, &BulkFetcher::pageLoaded, &loop,
                     [&](const ParsedPage &p) { serviceRows += p.records.size(); });
    QObject::connect(&fetcher, &BulkFetcher::finished, &loop, &QEventLoop::quit);
    QObject::connect(&fetcher, &BulkFetcher::fetchFailed, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    fetcher.start();
    loop.exec();
    const double serviceMs = double(t.nsecsElapsed()) / 1e6;
    qint64 archiveRows = 0;
    QString error;
    const Timing archive = median(
        [&] {
            archiveRows = 0;
            db.forEach(
                f, [&](const ArchivedRecord &) { return ++archiveRows, true; }, &error);
        },
        3);
    std::printf(
        "month's tag+status answer: service %lld rows in %.0f ms (%d pages); archive %lld rows in %.1f ms "
        "(%.1f ms CPU): %.0fx faster (%.0fx by the archive's CPU time)\n",
        serviceRows, serviceMs, fetcher.pagesLoaded(), archiveRows, archive.wallMs, archive.cpuMs,
        serviceMs / archive.wallMs, serviceMs / archive.cpuMs);
    std::fflush(stdout);
}

void resync(const SandboxDataset &data, ArchiveDatabase &db)
{
    SandboxServer server(data);
    server.listen();
    test::SandboxApiClient client(server);
    ArchiveSyncOptions o;
    o.endUtc = QDateTime::currentSecsSinceEpoch();
    o.startUtc = o.endUtc - 30 * kDay;
    o.callsPerMinute = 1000000;
    ArchiveSync sync(&client.client, &db, o);
    QEventLoop loop;
    QObject::connect(&sync, &ArchiveSync::finished, &loop, &QEventLoop::quit);
    QObject::connect(&sync, &ArchiveSync::failed, &loop, [&](const QString &m) {
        std::printf("resync failed: %s\n", qPrintable(m));
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    sync.start();
    loop.exec();
    const ArchiveSyncSummary &s = sync.summary();
    std::printf(
        "re-sync of the archived month, nothing new: %d windows fetched (bound (3+1)=4), %d tags, %lld "
        "calls (%lld for tags), %lld records rewritten, %.1f s; bound (settle+1)x(tags+1) = %d window "
        "fetches, made %d\n",
        s.windowsDone, s.tags, s.calls, s.tagCalls, s.records, double(t.elapsed()) / 1000.0, 4 * (s.tags + 1),
        s.windowsDone * (s.tags + 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 1000000;
    const SandboxDataset data(1, SandboxDataset::currentAnchor(), count);
    const auto days = recordsByDay(data);
    QTemporaryDir dir;
    ArchiveLocation sqlite;
    // --keep PATH: the SQLite archive is written there and left for a look (EXPLAIN, sqlite3).
    const qsizetype keep = args.indexOf(u"--keep"_s);
    sqlite.path = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(u"bench.sqlite"_s);
    QFile::remove(sqlite.path);
    ArchiveDatabase db(sqlite);
    QString error;
    if (!db.open(&error))
        qFatal("%s", qPrintable(error));
    std::printf("%d records over %zu day windows, %lld tags\n", count, days.size(),
                qint64(data.tagNames().size()));
    const Figures lite = measure(db, data, days);
    print("SQLite", lite);
    if (!args.contains(u"--no-postgres"_s)) {
        test::PostgresFixture postgres;
        if (!postgres.start(&error))
            qFatal("%s", qPrintable(error));
        ArchiveDatabase pg(postgres.createDatabase(&error));
        if (!pg.open(&error))
            qFatal("%s", qPrintable(error));
        const Figures p = measure(pg, data, days);
        print("PostgreSQL", p);
        std::printf("PostgreSQL / SQLite (wall): combined %.1fx, text %.1fx, summary %.1fx\n",
                    p.combined.wallMs / lite.combined.wallMs, p.text.wallMs / lite.text.wallMs,
                    p.summary.wallMs / lite.summary.wallMs);
    }
    if (!args.contains(u"--no-service"_s))
        serviceComparison(data, db);
    if (!args.contains(u"--no-resync"_s))
        resync(data, db);
    return 0;
}
