// Whole-query fetch time: concurrent windows under a 500 calls/min budget against one
// sequential NextStart chain, both against the sandbox with 250 ms latency per call.
#include "api/apiclient.h"
#include "api/clock.h"
#include "records/bulkfetcher.h"
#include "records/recordstore.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    qint64 ms = 0;
    int calls = 0;
    int pages = 0;
    QList<QByteArray> records; // sorted, compact JSON
    QString error;
};

Run fetch(SandboxServer &server, const MailQuery &query, const BulkFetchOptions &options)
{
    QNetworkAccessManager nam;
    SystemClock clock;
    UuidNonceSource nonces;
    ApiClient client(&nam, &clock, &nonces);
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.key.id = sandboxDemoAccessKey().id;
    config.key.secret = sandboxDemoAccessKey().secret;
    client.setConfig(config);
    BulkFetcher fetcher(&client, query, options);
    RecordStore store;
    QEventLoop loop;
    Run run;
    QObject::connect(&fetcher, &BulkFetcher::pageLoaded, &loop,
                     [&store](const ParsedPage &p) { store.append(p); });
    QObject::connect(&fetcher, &BulkFetcher::finished, &loop, &QEventLoop::quit);
    QObject::connect(&fetcher, &BulkFetcher::fetchFailed, &loop, [&](const ApiError &e) {
        run.error = e.userText();
        loop.quit();
    });
    const int callsBefore = server.callCount();
    QElapsedTimer timer;
    timer.start();
    fetcher.start();
    loop.exec();
    run.ms = timer.elapsed();
    run.calls = server.callCount() - callsBefore;
    run.pages = fetcher.pagesLoaded();
    for (qsizetype r = 0; r < store.size(); ++r)
        run.records.append(QJsonDocument(store.rawObject(r)).toJson(QJsonDocument::Compact));
    std::sort(run.records.begin(), run.records.end());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? atoi(argv[1]) : 10;
    const int latency = argc > 2 ? atoi(argv[2]) : 250;
    QTextStream out(stdout);
    const QDateTime anchor = SandboxDataset::currentAnchor();
    SandboxServer server(SandboxDataset(1, anchor, SandboxDataset::kDefaultRecordCount));
    if (!server.listen())
        return 1;
    SandboxOptions options;
    options.latencyMs = latency;
    options.rateLimitPerMinute = 500; // the service's budget is enforced server-side too
    server.setOptions(options);

    MailQuery query;
    query.end = anchor;
    query.start = anchor.addDays(-days);
    out << "query: " << days << " days, sandbox latency " << latency << " ms, budget 500 calls/min\n"
        << Qt::flush;

    BulkFetchOptions sequential;
    sequential.sequential = true;
    const Run seq = fetch(server, query, sequential);
    out << "sequential NextStart loop: " << seq.ms << " ms, " << seq.calls << " calls, " << seq.pages
        << " pages, " << seq.records.size() << " records " << seq.error << '\n'
        << Qt::flush;

    const Run bulk = fetch(server, query, BulkFetchOptions{});
    out << "bulk (concurrent windows, 500/min): " << bulk.ms << " ms, " << bulk.calls << " calls, "
        << bulk.pages << " pages, " << bulk.records.size() << " records " << bulk.error << '\n';
    out << "speed-up: " << QString::number(double(seq.ms) / double(bulk.ms), 'f', 2)
        << "x; identical records: " << (seq.records == bulk.records ? "yes" : "NO") << '\n';
    return seq.records == bulk.records && seq.error.isEmpty() && bulk.error.isEmpty() ? 0 : 1;
}
