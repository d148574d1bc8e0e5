#include "connectiontest.h"

#include "api/apiclient.h"
#include "connection.h"
#include "records/mailquery.h"
#include "records/pageparser.h"

#include <QDateTime>

namespace sendtrail {

ConnectionTest::ConnectionTest(Connection *base, QObject *parent)
    : QObject(parent), m_connection(new Connection(base->network(), base->clock(), base->nonces(), this))
{}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::cancel()
{
    abandonCall(m_call, this);
}

void ConnectionTest::run(const Profile &profile, AccessKey key)
{
    cancel();
    m_connection->configure(
        Connection::configFor(profile, std::move(key), 2)); // a person is waiting: fail fast
    MailQuery query;
    query.end = m_connection->clock()->nowUtc();
    query.start = query.end.addSecs(-3600);
    query.pageSize = 1;
    query.serviceUtcOffsetSeconds = profile.serviceUtcOffsetSeconds;
    const TimeWindow window = splitWindows(query.start, query.end).value(0);
    m_call = m_connection->client()->call(QString::fromLatin1(kDetailAction), queryParams(query, window, {}));
    connect(m_call, &ApiCall::succeeded, this, [this](const QJsonObject &body, const QString &requestId) {
        const auto page = parsePage(body);
        Q_EMIT passed(requestId, page.has_value(), page && !page->records.isEmpty());
    });
    connect(m_call, &ApiCall::failed, this, &ConnectionTest::failed);
}

} // namespace sendtrail
