#include "dailystats.h"

#include "api/apiclient.h"
#include "listquery.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

StatsPlan planStats(const StatsQuery &query, const QDate &serviceToday)
{
    StatsPlan plan;
    const QDate oldest = serviceToday.addDays(-StatsPlan::kMaxAgeDays);
    plan.effectiveStart = std::max(query.start, oldest);
    plan.clamped = query.start < oldest;
    const QDate end = std::min(query.end, serviceToday);
    for (QDate from = plan.effectiveStart; from.isValid() && from <= end;
         from = from.addDays(StatsPlan::kMaxSpanDays))
        plan.windows.append({from, std::min(end, from.addDays(StatsPlan::kMaxSpanDays - 1))});
    return plan;
}

QueryParams statsParams(const StatsQuery &query, const QDate &from, const QDate &to)
{
    QueryParams params{{u"StartTime"_s, from.toString(Qt::ISODate)},
                       {u"EndTime"_s, to.toString(Qt::ISODate)}};
    if (!query.tagName.isEmpty())
        params.append({u"TagName"_s, query.tagName});
    if (!query.accountName.isEmpty())
        params.append({u"AccountName"_s, query.accountName});
    return params;
}

std::optional<QList<DailyStat>> parseStatsPage(const QJsonObject &body, QString *problem)
{
    const QJsonValue stat = body.value(u"data"_s).toObject().value(u"stat"_s);
    if (!stat.isArray() && !stat.isUndefined() && !stat.isNull()) {
        if (problem)
            *problem = u"stat is not a list"_s;
        return std::nullopt;
    }
    QList<DailyStat> days;
    for (const QJsonValue v : stat.toArray()) {
        const QJsonObject o = v.toObject();
        DailyStat day;
        // "2026-11-03", possibly with a time after it.
        day.day = QDate::fromString(o.value(u"CreateTime"_s).toString().left(10), Qt::ISODate);
        if (!day.day.isValid())
            continue;
        day.requests = jsonCount(o.value(u"requestCount"_s)).value_or(0);
        day.successes = jsonCount(o.value(u"successCount"_s)).value_or(0);
        day.failures = jsonCount(o.value(u"faildCount"_s)).value_or(0);
        day.unavailable = jsonCount(o.value(u"unavailableCount"_s)).value_or(0);
        day.raw = o;
        days.append(day);
    }
    return days;
}

StatsFetcher::StatsFetcher(ApiClient *client, const StatsQuery &query, const StatsPlan &plan, QObject *parent)
    : QObject(parent), m_client(client), m_query(query), m_plan(plan)
{}

StatsFetcher::~StatsFetcher()
{
    cancel();
}

void StatsFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    m_days.clear();
    requestNext();
}

void StatsFetcher::cancel()
{
    m_running = false;
    abandonCall(m_call, this);
}

void StatsFetcher::requestNext()
{
    if (m_next >= m_plan.windows.size()) {
        m_running = false;
        std::stable_sort(m_days.begin(), m_days.end(),
                         [](const DailyStat &a, const DailyStat &b) { return a.day < b.day; });
        Q_EMIT finished(m_days);
        return;
    }
    if (!m_client) {
        m_running = false;
        Q_EMIT fetchFailed(ApiError::notConnected());
        return;
    }
    const auto [from, to] = m_plan.windows.at(m_next++);
    m_call = m_client->call(QString::fromLatin1(kStatsAction), statsParams(m_query, from, to));
    connect(m_call, &ApiCall::succeeded, this, [this](const QJsonObject &body, const QString &requestId) {
        QString problem;
        const auto days = parseStatsPage(body, &problem);
        if (!days) {
            m_running = false;
            ApiError error;
            error.kind = ApiError::Kind::Malformed;
            error.message = tr("The service's daily totals are not a list: %1").arg(problem);
            error.requestId = requestId;
            Q_EMIT fetchFailed(error);
            return;
        }
        m_days.append(*days);
        requestNext();
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_running = false;
        Q_EMIT fetchFailed(error);
    });
}

} // namespace sendtrail
