#include "bulkfetcher.h"

#include "api/errorclassifier.h"
#include "api/ratelimiter.h"
#include "records/pager.h"

#include <QPointer>
#include <algorithm>

namespace sendtrail {

struct BulkFetcher::Window
{
    int index = 0;
    TimeWindow range;
    bool trimEnd = false; // inner window: records at or after range.end belong to the next one
    std::unique_ptr<Pager> pager;
    int retriesLeft = 0;
};

namespace {

// Worth asking again after the client's own retries gave up: the same rule the client uses.
bool isTransient(const ApiError &error)
{
    const RetryClass retry = retryClassOf(error);
    return retry == RetryClass::Transient || retry == RetryClass::Throttled;
}

} // namespace

BulkFetcher::BulkFetcher(ApiClient *client, const MailQuery &query, const BulkFetchOptions &options,
                         QObject *parent)
    : QObject(parent), m_client(client), m_query(query), m_options(options)
{}

BulkFetcher::~BulkFetcher() = default;

QList<TimeWindow> BulkFetcher::planWindows(const MailQuery &query, const BulkFetchOptions &options)
{
    QList<TimeWindow> coarse = splitWindows(query.start, query.end);
    if (options.sequential || coarse.isEmpty())
        return coarse;
    // Enough windows to keep every concurrent slot busy while the short ones finish early.
    const qint64 startSecs = coarse.last().start.toSecsSinceEpoch();
    const qint64 endSecs = coarse.first().end.toSecsSinceEpoch();
    const qint64 minutes = (endSecs - startSecs) / 60;
    const qint64 wanted = std::max<qint64>(coarse.size(), qint64(2) * std::max(1, options.concurrency));
    const qint64 count = std::clamp<qint64>(wanted, 1, std::max<qint64>(1, minutes));
    QList<TimeWindow> windows;
    windows.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        // Boundaries on whole minutes, newest window first.
        const qint64 hi = endSecs - (minutes * i / count) * 60;
        const qint64 lo = endSecs - (minutes * (i + 1) / count) * 60;
        windows.append(
            {QDateTime::fromSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromSecsSinceEpoch(hi, Qt::UTC)});
    }
    return windows;
}

void BulkFetcher::start()
{
    if (m_running)
        return;
    m_windows = planWindows(m_query, m_options);
    if (m_options.limiter) {
        m_limiter = m_options.limiter;
    } else {
        m_ownLimiter = std::make_unique<RateLimiter>(m_options.sequential ? 60000 : m_options.callsPerMinute);
        m_limiter = m_ownLimiter.get();
    }
    m_running = true;
    m_nextWindow = m_windowsDone = m_pages = 0;
    m_records = 0;
    if (m_windows.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startNextWindows();
}

void BulkFetcher::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    // A shared budget also holds other fetchers' calls; ours left there find no window and do nothing.
    if (m_ownLimiter)
        m_ownLimiter->clear();
    for (auto &window : m_active)
        retire(std::move(window->pager), true);
    m_active.clear();
}

void BulkFetcher::retire(std::unique_ptr<Pager> pager, bool cancelIt)
{
    // Pagers are retired from inside their own signals, so they are deleted later and
    // disconnected first: nothing they still emit may reach a window that is gone.
    disconnect(pager.get(), nullptr, this, nullptr);
    if (cancelIt)
        pager->cancel();
    pager.release()->deleteLater();
}

void BulkFetcher::startNextWindows()
{
    const int slots = m_options.sequential ? 1 : std::max(1, m_options.concurrency);
    while (m_running && int(m_active.size()) < slots && m_nextWindow < m_windows.size()) {
        auto window = std::make_unique<Window>();
        window->index = m_nextWindow;
        window->range = m_windows.at(m_nextWindow);
        window->trimEnd = m_nextWindow > 0;
        window->retriesLeft = m_options.pageRetries;
        MailQuery windowQuery = m_query;
        windowQuery.start = window->range.start;
        windowQuery.end = window->range.end;
        window->pager = std::make_unique<Pager>(m_client, windowQuery);
        Window *raw = window.get();
        connect(raw->pager.get(), &Pager::pageLoaded, this,
                [this, raw](const ParsedPage &page) { onPageLoaded(raw, page); });
        connect(raw->pager.get(), &Pager::fetchFailed, this,
                [this, raw](const ApiError &error) { onWindowFailed(raw, error); });
        connect(raw->pager.get(), &Pager::finished, this, [this, raw] { onWindowFinished(raw); });
        m_active.push_back(std::move(window));
        ++m_nextWindow;
        requestPage(raw);
    }
}

void BulkFetcher::requestPage(Window *window)
{
    const int index = window->index;
    m_limiter->acquire([self = QPointer<BulkFetcher>(this), index] {
        // The window may have failed or been cancelled while this call waited for budget, and
        // with a shared budget the fetcher itself may be gone.
        if (!self)
            return;
        for (auto &active : self->m_active) {
            if (active->index == index) {
                active->pager->fetchNext();
                return;
            }
        }
    });
}

void BulkFetcher::onPageLoaded(Window *window, const ParsedPage &page)
{
    ParsedPage trimmed = page;
    if (window->trimEnd)
        Pager::trimToWindow(trimmed, window->range);
    window->retriesLeft = m_options.pageRetries;
    ++m_pages;
    m_records += trimmed.records.size();
    Q_EMIT pageLoaded(trimmed);
    Q_EMIT progressed(m_records, m_pages, m_windowsDone, int(m_windows.size()));
    if (m_running && !window->pager->atEnd())
        requestPage(window);
}

void BulkFetcher::onWindowFailed(Window *window, const ApiError &error)
{
    if (!m_running)
        return;
    if (isTransient(error) && window->retriesLeft-- > 0) {
        requestPage(window); // the pager re-requests the page that failed
        return;
    }
    fail(error);
}

void BulkFetcher::onWindowFinished(Window *window)
{
    const int index = window->index;
    // Destroy the pager later: this slot runs inside one of its signals.
    auto it = std::find_if(m_active.begin(), m_active.end(), [index](auto &w) { return w->index == index; });
    if (it == m_active.end())
        return;
    retire(std::move((*it)->pager), false);
    m_active.erase(it);
    ++m_windowsDone;
    Q_EMIT progressed(m_records, m_pages, m_windowsDone, int(m_windows.size()));
    if (m_windowsDone == m_windows.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startNextWindows();
}

void BulkFetcher::fail(const ApiError &error)
{
    cancel();
    Q_EMIT fetchFailed(error);
}

} // namespace sendtrail
