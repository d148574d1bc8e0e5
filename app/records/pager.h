#pragma once

#include "api/apierror.h"
#include "records/mailquery.h"
#include "records/pageparser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace sendtrail {

class ApiCall;
class ApiClient;

// Walks one query page by page: its time windows newest to oldest (the service allows at
// most 30 days per request), and within a window the opaque NextStart tokens, until a
// window ends (NextStart absent or empty, or an empty page). One request at most is in
// flight; nothing happens until fetchNext() is called. Records an older window returns at or
// after its end are dropped: the newer window owns the shared boundary minute.
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    Pager(ApiClient *client, const MailQuery &query, QObject *parent = nullptr);
    ~Pager() override;

    // Requests the next page. Does nothing while a request is in flight or after the end.
    // After fetchFailed() it requests the same page again. An invalid query fails with
    // Kind::Validation (synchronously) and sends nothing.
    void fetchNext();
    // Abandons the request in flight, without a signal; fetchNext() asks for it again.
    void cancel();

    bool isInFlight() const { return !m_call.isNull(); }
    bool atEnd() const { return m_errors.isEmpty() && m_windowIndex >= m_windows.size(); }
    int pagesLoaded() const { return m_pagesLoaded; }
    const MailQuery &query() const { return m_query; }
    const QList<TimeWindow> &windows() const { return m_windows; }

    // Drops records at or after window.end: for an older window, the newer one owns the
    // shared boundary minute. Also used by BulkFetcher for its inner windows.
    static void trimToWindow(ParsedPage &page, const TimeWindow &window);

Q_SIGNALS:
    void pageLoaded(const sendtrail::ParsedPage &page);
    void finished(); // after the last window's last page
    void fetchFailed(const sendtrail::ApiError &error);
    // The page's request failed and is tried again after delayMs: retry of maxRetries.
    void attemptRetrying(const sendtrail::ApiError &error, int retry, int maxRetries, int delayMs);

private:
    void onSucceeded(const QJsonObject &body, const QString &requestId);
    void onFailed(const ApiError &error);
    void fail(ApiError::Kind kind, const QString &message, const QString &requestId = {});
    void finishWindow();

    QPointer<ApiClient> m_client;
    MailQuery m_query;
    QList<FieldError> m_errors; // validation, fixed at construction
    QList<TimeWindow> m_windows;
    qsizetype m_windowIndex = 0;
    QString m_nextStart;    // token for the next request in the current window
    QSet<QString> m_tokens; // every token received in the current window
    QPointer<ApiCall> m_call;
    const ApiCall *m_callAlive = nullptr; // identity only, never dereferenced
    int m_pagesLoaded = 0;
};

} // namespace sendtrail
