#include "pager.h"

#include "api/apiclient.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString joinedMessages(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(u' ');
}

} // namespace

Pager::Pager(ApiClient *client, const MailQuery &query, QObject *parent)
    : QObject(parent), m_client(client), m_query(query), m_errors(validateQuery(query))
{
    if (m_errors.isEmpty())
        m_windows = splitWindows(m_query.start, m_query.end);
}

Pager::~Pager()
{
    cancel();
}

void Pager::fetchNext()
{
    if (isInFlight())
        return;
    if (!m_errors.isEmpty()) {
        fail(ApiError::Kind::Validation, joinedMessages(m_errors));
        return;
    }
    if (atEnd())
        return;
    if (!m_client) {
        fail(ApiError::Kind::Validation, ApiError::notConnected().message);
        return;
    }
    const QueryParams params = queryParams(m_query, m_windows.at(m_windowIndex), m_nextStart);
    ApiCall *call = m_client->call(QString::fromLatin1(kDetailAction), params);
    m_call = call;
    connect(call, &ApiCall::succeeded, this, &Pager::onSucceeded);
    connect(call, &ApiCall::failed, this, &Pager::onFailed);
    const int maxRetries = qMax(0, m_client->config().maxAttempts - 1);
    connect(call, &ApiCall::attemptFailed, this,
            [this, maxRetries](const ApiError &error, int attempt, int delayMs) {
                Q_EMIT attemptRetrying(error, attempt, maxRetries, delayMs);
            });
    // A call dies without a terminal signal when its client is destroyed; without this the
    // page would stay "in flight" forever.
    connect(call, &QObject::destroyed, this, [this, call] {
        if (m_callAlive != call)
            return;
        m_callAlive = nullptr;
        fail(ApiError::Kind::Cancelled, tr("The request was abandoned before its page arrived."));
    });
    m_callAlive = call;
}

void Pager::cancel()
{
    ApiCall *call = m_call.data();
    m_call.clear();
    m_callAlive = nullptr;
    if (!call)
        return;
    // Disconnect first: cancel() reports Kind::Cancelled synchronously, which is not news here.
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
}

void Pager::onSucceeded(const QJsonObject &body, const QString &requestId)
{
    if (sender() != m_call.data())
        return;
    m_call.clear();
    m_callAlive = nullptr;
    QString error;
    std::optional<ParsedPage> page = parsePage(body, &error);
    if (!page) {
        fail(ApiError::Kind::Malformed, error, requestId);
        return;
    }
    if (!requestId.isEmpty())
        page->requestId = requestId;
    const qsizetype window = m_windowIndex;
    if (page->records.isEmpty() || page->nextStart.isEmpty()) {
        finishWindow();
    } else if (m_tokens.contains(page->nextStart)) {
        // The same marker again would replay pages forever; the page itself is suspect too.
        fail(ApiError::Kind::Paging, tr("The service repeated a page marker."), page->requestId);
        return;
    } else {
        m_tokens.insert(page->nextStart);
        m_nextStart = page->nextStart;
    }
    if (window > 0)
        trimToWindow(*page, m_windows.at(window));
    ++m_pagesLoaded;
    const QPointer<Pager> self(this);
    Q_EMIT pageLoaded(*page);
    if (self && atEnd())
        Q_EMIT finished();
}

void Pager::onFailed(const ApiError &error)
{
    if (sender() != m_call.data())
        return;
    m_call.clear();
    m_callAlive = nullptr;
    Q_EMIT fetchFailed(error);
}

void Pager::fail(ApiError::Kind kind, const QString &message, const QString &requestId)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.requestId = requestId;
    Q_EMIT fetchFailed(error);
}

void Pager::trimToWindow(ParsedPage &page, const TimeWindow &window)
{
    // Neighbouring windows share their boundary minute. Whether the service's EndTime
    // includes it is undocumented, so the newer window owns it and the older one drops it:
    // the result is that of one query either way.
    const qint64 end = window.end.toSecsSinceEpoch();
    page.records.removeIf([end](const ParsedRecord &r) {
        return !r.shape.has(RecordShape::TimeUnknown) && r.record.utcSeconds >= end;
    });
}

void Pager::finishWindow()
{
    ++m_windowIndex;
    m_nextStart.clear();
    m_tokens.clear();
}

} // namespace sendtrail
