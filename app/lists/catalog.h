#pragma once

#include "api/apierror.h"
#include "listquery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace sendtrail {

class ApiClient;
class ListFetcher;

// What the query form's pickers offer: the account's tags, senders, IP pools and config sets,
// looked up by keyword without ever blocking, and cached per profile for the session (a second
// profile never sees the first one's catalogue). Answers always come from the event loop.
class Catalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Catalog)

public:
    // Tags and senders: the first this-many matches are plenty to pick from.
    static constexpr int kSuggestionLimit = 100;

    explicit Catalog(QObject *parent = nullptr);
    ~Catalog() override;

    // Lookups go to `client` from now on, cached under `profile`. Running ones are dropped.
    void setConnection(ApiClient *client, const QString &profile);
    // Tags/senders by keyword (case-insensitive); pools and config sets ignore it: all of them.
    void request(ListKind kind, const QString &keyword);
    bool isCached(ListKind kind, const QString &keyword) const;
    int callCount() const { return m_calls; }

Q_SIGNALS:
    void suggestionsReady(sendtrail::ListKind kind, const QString &keyword,
                          const QList<sendtrail::ListItem> &items);
    void suggestionsFailed(sendtrail::ListKind kind, const QString &keyword,
                           const sendtrail::ApiError &error);

private:
    QString cacheKey(ListKind kind, const QString &keyword) const;

    QPointer<ApiClient> m_client;
    QString m_profile;
    QHash<QString, QList<ListItem>> m_cache; // "profile\nkind\nkeyword" → items
    QHash<QString, QPointer<ListFetcher>> m_running;
    int m_calls = 0;
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ListKind)
