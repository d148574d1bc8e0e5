#pragma once

#include "api/apierror.h"
#include "listquery.h"

#include <QObject>
#include <QPointer>

namespace sendtrail {

class ApiCall;
class ApiClient;
class RateLimiter;

// Every item of one list: page after page until the service says there are no more. One call
// in flight; the optional limiter shares a call budget with other work.
class ListFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFetcher)

public:
    // A stop against a service that never ends the list.
    static constexpr int kMaxPages = 1000;

    // maxItems 0: every item; else stop after the page that reaches it (suggestions need few).
    ListFetcher(ApiClient *client, const ListQuery &query, RateLimiter *limiter = nullptr,
                QObject *parent = nullptr, int maxItems = 0);
    ~ListFetcher() override;

    void start();
    void cancel(); // no signal follows
    bool isRunning() const { return m_running; }
    const ListQuery &query() const { return m_query; }
    int callCount() const { return m_calls; }

Q_SIGNALS:
    void pageLoaded(const sendtrail::ListPage &page);
    void finished(const QList<sendtrail::ListItem> &items);
    void fetchFailed(const sendtrail::ApiError &error);

private:
    void requestPage();
    void onPage(const QJsonObject &body, const QString &requestId);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    ListQuery m_query;
    QPointer<RateLimiter> m_limiter;
    QPointer<ApiCall> m_call;
    QList<ListItem> m_items;
    int m_maxItems = 0;
    int m_page = 1;
    int m_calls = 0;
    bool m_running = false;
};

} // namespace sendtrail
