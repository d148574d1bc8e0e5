#include "catalog.h"

#include "api/apiclient.h"
#include "listfetcher.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

bool isWholeList(ListKind kind)
{
    return kind == ListKind::IpPools || kind == ListKind::ConfigSets;
}

} // namespace

Catalog::Catalog(QObject *parent) : QObject(parent) {}

Catalog::~Catalog() = default;

void Catalog::setConnection(ApiClient *client, const QString &profile)
{
    for (const QPointer<ListFetcher> &fetcher : std::as_const(m_running))
        if (fetcher)
            fetcher->deleteLater(); // its destructor cancels; no answer reaches us
    m_running.clear();
    m_client = client;
    m_profile = profile;
}

QString Catalog::cacheKey(ListKind kind, const QString &keyword) const
{
    const QString word = isWholeList(kind) ? QString() : keyword.trimmed().toLower();
    return m_profile + u'\n' + QString::number(int(kind)) + u'\n' + word;
}

bool Catalog::isCached(ListKind kind, const QString &keyword) const
{
    return m_cache.contains(cacheKey(kind, keyword));
}

void Catalog::request(ListKind kind, const QString &keyword)
{
    const QString key = cacheKey(kind, keyword);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        const QList<ListItem> &items = *it;
        QTimer::singleShot(0, this,
                           [this, kind, keyword, items] { Q_EMIT suggestionsReady(kind, keyword, items); });
        return;
    }
    if (m_running.value(key))
        return; // the answer is on its way
    ListQuery query;
    query.kind = kind;
    query.keyword = isWholeList(kind) ? QString() : keyword.trimmed();
    query.pageSize = isWholeList(kind) ? 100 : 50;
    auto *fetcher = new ListFetcher(m_client, query, nullptr, this, isWholeList(kind) ? 0 : kSuggestionLimit);
    m_running.insert(key, fetcher);
    connect(fetcher, &ListFetcher::finished, this,
            [this, key, kind, keyword, fetcher](const QList<ListItem> &items) {
                m_calls += fetcher->callCount();
                m_running.remove(key);
                m_cache.insert(key, items);
                fetcher->deleteLater();
                Q_EMIT suggestionsReady(kind, keyword, items);
            });
    connect(fetcher, &ListFetcher::fetchFailed, this,
            [this, key, kind, keyword, fetcher](const ApiError &error) {
                m_calls += fetcher->callCount();
                m_running.remove(key); // not cached: the next keystroke may try again
                fetcher->deleteLater();
                Q_EMIT suggestionsFailed(kind, keyword, error);
            });
    // Started from the event loop so a failure without a client never answers re-entrantly.
    QTimer::singleShot(0, fetcher, &ListFetcher::start);
}

} // namespace sendtrail
