#pragma once

#include "api/apierror.h"
#include "records/mailquery.h"
#include "records/mailrecord.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

namespace sendtrail {

class ApiClient;
class QueryRun;
class RateLimiter;

struct LookupOptions
{
    int callsPerMinute = 500; // one budget for every address: the account's limit, as for export
    int concurrency = 8;      // addresses in flight; enough to keep the budget busy at 250 ms a call
    int pageRetries = 4;      // re-requests of a page after the client's own retries gave up
};

// What the service holds for one address over the range.
struct LookupResult
{
    enum class State
    {
        Pending, // not looked up (yet, or the run was cancelled first)
        Done,
        Failed,
    };

    QString address; // as given, trimmed
    State state = State::Pending;
    qint64 count = 0;      // records in the range (of the status asked for)
    QJsonObject latestRaw; // the newest record as the service returned it; empty when none
    MailRecord latest;     // the same, decoded
    QString explanation;   // the newest record in words (DeliveryExplainer), or why there is none
    ApiError error;        // Failed: the service's answer after every retry

    bool found() const { return count > 0; }
};

struct LookupProgress
{
    int addressesDone = 0; // Done or Failed
    int addressesTotal = 0;
    int found = 0;
    int failed = 0;
    qint64 calls = 0; // calls the shared budget let through
    double elapsedSeconds = 0;
    qint64 etaSeconds = -1; // -1 while unknown
};

// "Did these customers get their mail?": one ToAddress query per address over one range,
// each through QueryRun (ranges over 30 days cut into the service's windows), several at a time
// under ONE client-side budget, so the account's call limit holds however many are in flight.
// A failure for one address (after the client's and the fetcher's retries) is recorded on it and
// the run goes on; one that no address can get past (credentials, permissions, TLS) aborts it.
// Exactly one of finished, aborted or cancelled follows start(); results keep what was done.
class LookupRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupRun)

public:
    // `range`: start, end, status filter and service zone (its other filters are ignored; the
    // address is the filter). `client` must outlive the run.
    LookupRun(ApiClient *client, const QStringList &addresses, const MailQuery &range,
              const LookupOptions &options = {}, QObject *parent = nullptr);
    ~LookupRun() override;

    void start();
    // Stops every lookup in flight; ends in cancelled(). Finished addresses stay Done or Failed.
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<LookupResult> &results() const { return m_results; }
    LookupProgress progress() const;

    // "about 3 min left" for LookupProgress::etaSeconds (-1: unknown), as the CLI and window say it.
    static QString etaText(qint64 seconds);

    // An address looked up: `count` records, the newest `latest` (as sent: `latestRaw`), with the
    // explanation in words. The archive's lookup builds its answers with it too, so they read the same.
    static LookupResult doneResult(const QString &address, qint64 count, const QJsonObject &latestRaw,
                                   const MailRecord &latest);

    // True for an error that every other address would meet too.
    static bool abortsRun(const ApiError &error);

Q_SIGNALS:
    void addressFinished(int index); // results().at(index) is Done or Failed
    void progressed(const sendtrail::LookupProgress &progress);
    void finished();
    void aborted(const sendtrail::ApiError &error);
    void cancelled();

private:
    struct Active;
    void startNext();
    void launch(int index);
    void onDone(int index);
    void onFailed(int index, const ApiError &error);
    void retire(int index);
    void stopAll();
    void report();

    QPointer<ApiClient> m_client;
    MailQuery m_range;
    LookupOptions m_options;
    QList<LookupResult> m_results;
    std::unique_ptr<RateLimiter> m_limiter;
    std::vector<std::unique_ptr<Active>> m_active;
    QElapsedTimer m_elapsed;
    int m_next = 0;
    int m_done = 0;
    int m_found = 0;
    int m_failed = 0;
    bool m_running = false;
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::LookupProgress)
