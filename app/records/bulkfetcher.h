#pragma once

#include "api/apierror.h"
#include "records/mailquery.h"
#include "records/pageparser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <memory>

namespace sendtrail {

class ApiClient;
class Pager;
class RateLimiter;

struct BulkFetchOptions
{
    int callsPerMinute = 500; // the documented account limit
    int concurrency = 6;      // windows paged at the same time
    bool sequential = false;  // one NextStart chain per 30-day window, one after another
    int pageRetries = 4;      // re-requests of a page whose call failed with a transient error
    // A budget shared with other fetchers (a lookup runs one fetcher per address under one
    // account limit): calls wait on it instead of a budget of the fetcher's own, so
    // callsPerMinute (and sequential's unlimited budget) are ignored. It must outlive the
    // fetcher; cancel() leaves the other users' waiting calls in it alone.
    RateLimiter *limiter = nullptr;
};

// Fetches every record of a query. The range is cut into time windows that are paged
// concurrently under a client-side rate limiter, so throughput approaches the account's
// call budget instead of the latency of one NextStart chain.
//
// Window edges: the service does not say whether EndTime includes its minute. A record of
// an inner window stamped at or after that window's end is dropped (the next window owns
// it), so the merged result equals one query's, whichever semantics the service has.
// Pages arrive in no particular order across windows; sort by time for output.
class BulkFetcher final : public QObject
{
    Q_OBJECT
public:
    BulkFetcher(ApiClient *client, const MailQuery &query, const BulkFetchOptions &options,
                QObject *parent = nullptr);
    ~BulkFetcher() override;

    void start();
    void cancel();

    int windowCount() const { return int(m_windows.size()); }
    int pagesLoaded() const { return m_pages; }
    qint64 recordsLoaded() const { return m_records; }
    bool isRunning() const { return m_running; }

    // The windows a query is cut into (newest first); exposed for tests.
    static QList<TimeWindow> planWindows(const MailQuery &query, const BulkFetchOptions &options);

Q_SIGNALS:
    void pageLoaded(const sendtrail::ParsedPage &page); // records already trimmed to the window
    void progressed(qint64 records, int pages, int windowsDone, int windowsTotal);
    void finished();
    void fetchFailed(const sendtrail::ApiError &error);

private:
    struct Window;
    void startNextWindows();
    void requestPage(Window *window);
    void onPageLoaded(Window *window, const ParsedPage &page);
    void onWindowFailed(Window *window, const ApiError &error);
    void onWindowFinished(Window *window);
    void fail(const ApiError &error);
    void retire(std::unique_ptr<Pager> pager, bool cancelIt);

    ApiClient *m_client;
    MailQuery m_query;
    BulkFetchOptions m_options;
    QList<TimeWindow> m_windows;
    std::vector<std::unique_ptr<Window>> m_active;
    std::unique_ptr<RateLimiter> m_ownLimiter;
    RateLimiter *m_limiter = nullptr; // m_ownLimiter, or the shared options.limiter
    int m_nextWindow = 0;
    int m_windowsDone = 0;
    int m_pages = 0;
    qint64 m_records = 0;
    bool m_running = false;
};

} // namespace sendtrail
