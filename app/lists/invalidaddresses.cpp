#include "invalidaddresses.h"

#include "api/apiclient.h"
#include "listquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kLatestSeconds = 100000000000LL; // larger values are milliseconds

} // namespace

std::optional<InvalidAddressPage> parseInvalidAddressPage(const QJsonObject &body, QString *problem)
{
    const QJsonValue details = body.value(u"data"_s).toObject().value(u"mailDetail"_s);
    if (!details.isArray() && !details.isUndefined() && !details.isNull()) {
        if (problem)
            *problem = u"mailDetail is not a list"_s;
        return std::nullopt;
    }
    InvalidAddressPage page;
    const QJsonValue next = body.value(u"NextStart"_s);
    page.nextStart = next.isDouble() ? QString::number(next.toInteger()) : next.toString();
    page.total = jsonCount(body.value(u"TotalCount"_s)).value_or(-1);
    for (const QJsonValue v : details.toArray()) {
        const QJsonObject o = v.toObject();
        InvalidAddress item;
        item.address = o.value(u"ToAddress"_s).toString();
        if (item.address.isEmpty())
            continue;
        // A number here, a string in the detail records: accept both, and milliseconds.
        qint64 utc = jsonCount(o.value(u"UtcLastUpdateTime"_s)).value_or(0);
        if (utc > kLatestSeconds)
            utc /= 1000;
        // Still past the year 5138 (microseconds, or garbage): no time rather than a wrong one.
        item.utcSeconds = utc > kLatestSeconds ? 0 : utc;
        item.lastUpdateTime = o.value(u"LastUpdateTime"_s).toString();
        item.raw = o;
        page.items.append(item);
    }
    return page;
}

InvalidAddressFetcher::InvalidAddressFetcher(ApiClient *client, const InvalidAddressQuery &query,
                                             QObject *parent)
    : QObject(parent), m_client(client), m_query(query)
{}

InvalidAddressFetcher::~InvalidAddressFetcher()
{
    cancel();
}

void InvalidAddressFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_items.clear();
    m_nextStart.clear();
    requestPage();
}

void InvalidAddressFetcher::cancel()
{
    m_running = false;
    abandonCall(m_call, this);
}

void InvalidAddressFetcher::requestPage()
{
    if (!m_client) {
        m_running = false;
        Q_EMIT fetchFailed(ApiError::notConnected());
        return;
    }
    QueryParams params{{u"StartTime"_s, m_query.start.toString(Qt::ISODate)},
                       {u"EndTime"_s, m_query.end.toString(Qt::ISODate)},
                       {u"Length"_s, QString::number(qBound(1, m_query.pageLength, 100))}};
    if (!m_query.keyword.isEmpty())
        params.append({u"KeyWord"_s, m_query.keyword});
    if (!m_nextStart.isEmpty())
        params.append({u"NextStart"_s, m_nextStart});
    ++m_calls;
    m_call = m_client->call(QString::fromLatin1(kQueryInvalidAction), params);
    connect(m_call, &ApiCall::succeeded, this, [this](const QJsonObject &body, const QString &requestId) {
        QString problem;
        const auto page = parseInvalidAddressPage(body, &problem);
        if (!page || (!page->nextStart.isEmpty() && page->nextStart == m_nextStart)) {
            m_running = false;
            ApiError error;
            error.kind = page ? ApiError::Kind::Paging : ApiError::Kind::Malformed;
            error.message = page ? QString() : tr("The invalid-address list is not a list: %1").arg(problem);
            error.requestId = requestId;
            Q_EMIT fetchFailed(error);
            return;
        }
        m_items.append(page->items);
        Q_EMIT pageLoaded(page->items, page->total);
        if (!m_running)
            return;
        m_nextStart = page->nextStart;
        if (!m_nextStart.isEmpty() && !page->items.isEmpty() && m_calls < kMaxPages)
            return requestPage();
        m_running = false;
        Q_EMIT finished(m_items);
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_running = false;
        Q_EMIT fetchFailed(error);
    });
}

InvalidAddressRemover::InvalidAddressRemover(ApiClient *client, const QStringList &addresses, QObject *parent)
    : QObject(parent), m_client(client), m_addresses(addresses)
{}

InvalidAddressRemover::~InvalidAddressRemover()
{
    cancel();
}

void InvalidAddressRemover::start()
{
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    removeNext();
}

void InvalidAddressRemover::cancel()
{
    m_running = false;
    abandonCall(m_call, this);
}

void InvalidAddressRemover::removeNext()
{
    if (m_next >= m_addresses.size() || !m_client) {
        m_running = false;
        Q_EMIT finished(m_counts[0], m_counts[1], m_counts[2] + int(m_addresses.size()) - m_next);
        return;
    }
    const QString address = m_addresses.at(m_next++);
    m_call = m_client->call(QString::fromLatin1(kDeleteInvalidAction), {{u"ToAddress"_s, address}});
    const auto done = [this, address](Outcome outcome, const ApiError &error) {
        ++m_counts[int(outcome)];
        Q_EMIT addressDone(address, outcome, error);
        if (m_running)
            removeNext();
    };
    connect(m_call, &ApiCall::succeeded, this, [done] { done(Outcome::Removed, {}); });
    connect(m_call, &ApiCall::failed, this, [done](const ApiError &error) {
        done(error.code == "InvalidAddress.NotFound"_L1 ? Outcome::NotOnList : Outcome::Failed, error);
    });
}

} // namespace sendtrail
