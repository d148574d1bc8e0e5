#include "listfetcher.h"

#include "api/apiclient.h"
#include "api/ratelimiter.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

ListFetcher::ListFetcher(ApiClient *client, const ListQuery &query, RateLimiter *limiter, QObject *parent,
                         int maxItems)
    : QObject(parent), m_client(client), m_query(query), m_limiter(limiter), m_maxItems(maxItems)
{
    m_query.pageSize = qBound(1, m_query.pageSize, 100);
}

ListFetcher::~ListFetcher()
{
    cancel();
}

void ListFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_page = 1;
    m_items.clear();
    requestPage();
}

void ListFetcher::cancel()
{
    m_running = false;
    abandonCall(m_call, this);
}

void ListFetcher::requestPage()
{
    const auto send = [this, guard = QPointer<ListFetcher>(this)] {
        if (!guard || !m_running)
            return; // cancelled or gone while waiting for the call budget
        if (!m_client) {
            return fail(ApiError::notConnected());
        }
        ++m_calls;
        m_call = m_client->call(listAction(m_query.kind), listParams(m_query, m_page));
        connect(m_call, &ApiCall::succeeded, this, &ListFetcher::onPage);
        connect(m_call, &ApiCall::failed, this, &ListFetcher::fail);
    };
    if (m_limiter)
        m_limiter->acquire(send);
    else
        send();
}

void ListFetcher::onPage(const QJsonObject &body, const QString &requestId)
{
    QString problem;
    auto page = parseListPage(m_query.kind, body, m_page, m_query.pageSize, &problem);
    if (!page) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.message =
            tr("The service's %1 answer is not a list: %2").arg(listAction(m_query.kind), problem);
        error.requestId = requestId;
        return fail(error);
    }
    if (page->requestId.isEmpty())
        page->requestId = requestId;
    m_items.append(page->items);
    Q_EMIT pageLoaded(*page);
    if (!m_running)
        return; // a slot cancelled us
    const bool enough = m_maxItems > 0 && m_items.size() >= m_maxItems;
    if (page->hasMore && !enough && m_page < kMaxPages) {
        ++m_page;
        return requestPage();
    }
    m_running = false;
    Q_EMIT finished(m_items);
}

void ListFetcher::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT fetchFailed(error);
}

} // namespace sendtrail
