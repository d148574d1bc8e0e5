// Bulk recipient lookup throughput: N distinct addresses (default 1,000) looked up against the
// sandbox at 250 ms a call, the client's budget and the sandbox's own limit both 500 calls/min.
// The budget is the ceiling, so the figure that matters is how close the run stays to it.
#include "lookup/lookuprun.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTextStream>

using namespace sendtrail;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 1000;
    const int latency = argc > 2 ? atoi(argv[2]) : 250;
    constexpr int kBudget = 500;
    QTextStream out(stdout);
    const QDateTime anchor = SandboxDataset::currentAnchor();
    SandboxServer server(SandboxDataset(1, anchor, SandboxDataset::kDefaultRecordCount));
    if (!server.listen())
        return 1;
    SandboxOptions options;
    options.latencyMs = latency;
    options.rateLimitPerMinute = kBudget; // the service's limit, enforced server-side too
    server.setOptions(options);
    int throttled = 0;
    QObject::connect(
        &server, &SandboxServer::requestHandled, &server,
        [&throttled](int, int, const QString &code) { throttled += code.startsWith(u"Throttling"_s); });

    // Distinct recipients in the data set's order, the newest month: one window, one call each
    // for most, a few pages for the busiest.
    QStringList addresses;
    QSet<QString> seen;
    for (int row = server.dataset().size() - 1; row >= 0 && addresses.size() < count; --row) {
        const QString to = server.dataset().toAddress(row);
        if (!seen.contains(to) && !to.contains(u'\n') && !to.contains(u'\t')) {
            seen.insert(to);
            addresses.append(to);
        }
    }
    MailQuery range;
    range.end = anchor;
    range.start = anchor.addDays(-30);

    // The client as sendtrail-cli configures it: the default backoff, six attempts.
    test::SandboxApiClient rig(server);
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.key.id = sandboxDemoAccessKey().id;
    config.key.secret = sandboxDemoAccessKey().secret;
    config.maxAttempts = 6;
    rig.client.setConfig(config);
    LookupOptions lookup;
    lookup.callsPerMinute = kBudget;
    LookupRun run(&rig.client, addresses, range, lookup);
    QEventLoop loop;
    QObject::connect(&run, &LookupRun::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &LookupRun::aborted, &loop, &QEventLoop::quit);
    QObject::connect(&run, &LookupRun::progressed, &loop, [&out](const LookupProgress &p) {
        if (p.addressesDone % 100 == 0)
            out << "  " << p.addressesDone << "/" << p.addressesTotal << " addresses, " << p.calls
                << " calls, " << QString::number(p.elapsedSeconds, 'f', 1) << " s\n"
                << Qt::flush;
    });
    out << "lookup: " << addresses.size() << " addresses over 30 days, sandbox latency " << latency
        << " ms, client and sandbox limit " << kBudget << " calls/min, " << lookup.concurrency
        << " addresses in flight\n"
        << Qt::flush;
    QElapsedTimer timer;
    timer.start();
    run.start();
    if (run.isRunning())
        loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;

    int mismatches = 0;
    for (const LookupResult &r : run.results()) {
        SandboxQuery q;
        q.start = range.start;
        q.end = range.end;
        q.toAddress = r.address;
        mismatches += r.state != LookupResult::State::Done || r.count != server.dataset().select(q).size();
    }
    const LookupProgress p = run.progress();
    const int calls = server.callCount();
    // Against the ceiling counts what the service admitted: a throttled answer is no work done,
    // and the client's budget is set at the very limit, so a few meet the server's own window.
    const double perMinute = (calls - throttled) * 60.0 / seconds;
    out << "total " << QString::number(seconds, 'f', 1) << " s; " << calls << " calls at the server ("
        << p.calls << " through the budget, " << throttled << " throttled and retried); " << p.found
        << " found, " << p.failed << " failed\n"
        << "sustained " << QString::number(perMinute, 'f', 1)
        << " admitted calls/min = " << QString::number(100.0 * perMinute / kBudget, 'f', 1) << "% of the "
        << kBudget << " ceiling (target >= 90%); " << QString::number(addresses.size() / seconds, 'f', 2)
        << " addresses/s; results exact: " << (mismatches == 0 ? "yes" : "NO") << '\n';
    return mismatches == 0 && p.failed == 0 ? 0 : 1;
}
