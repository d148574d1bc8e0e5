#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace sendtrail {

class ApiCall;
class ApiClient;

// The service's own daily totals (SenderStatisticsByTagNameAndBatchID). The API takes whole days
// (yyyy-MM-dd, the service's zone), at most 7 per call, starting no more than 30 days back.
struct StatsQuery
{
    QDate start; // inclusive
    QDate end;   // inclusive
    QString tagName;
    QString accountName;
};

struct StatsPlan
{
    static constexpr int kMaxSpanDays = 7;
    static constexpr int kMaxAgeDays = 30;

    QList<std::pair<QDate, QDate>> windows; // inclusive, newest last
    QDate effectiveStart;                   // start, or the oldest day the service still answers for
    bool clamped = false;                   // part of the range is older than the service keeps
    bool isEmpty() const { return windows.isEmpty(); }
};

// serviceToday: today's date in the service's zone.
StatsPlan planStats(const StatsQuery &query, const QDate &serviceToday);
QueryParams statsParams(const StatsQuery &query, const QDate &from, const QDate &to);

struct DailyStat
{
    QDate day;
    qint64 requests = 0;    // requestCount
    qint64 successes = 0;   // successCount
    qint64 failures = 0;    // faildCount (sic)
    qint64 unavailable = 0; // unavailableCount
    QJsonObject raw;        // the stat object exactly as the service sent it
};

// Counts come as strings; a missing or unreadable count is 0, an unreadable day skips the row.
std::optional<QList<DailyStat>> parseStatsPage(const QJsonObject &body, QString *problem);

// Every window of a plan, one call after another; the days merged oldest first.
class StatsFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsFetcher)

public:
    StatsFetcher(ApiClient *client, const StatsQuery &query, const StatsPlan &plan,
                 QObject *parent = nullptr);
    ~StatsFetcher() override;

    void start();
    void cancel(); // no signal follows
    int callCount() const { return m_next; }

Q_SIGNALS:
    void finished(const QList<sendtrail::DailyStat> &days);
    void fetchFailed(const sendtrail::ApiError &error);

private:
    void requestNext();

    QPointer<ApiClient> m_client;
    StatsQuery m_query;
    StatsPlan m_plan;
    QPointer<ApiCall> m_call;
    QList<DailyStat> m_days;
    int m_next = 0;
    bool m_running = false;
};

inline constexpr const char kStatsAction[] = "SenderStatisticsByTagNameAndBatchID";

} // namespace sendtrail
