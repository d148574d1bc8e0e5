#pragma once

#include "lists/dailystats.h"
#include "summary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sendtrail {

// The service's own daily totals beside the records counted for the same days, and what the
// difference means, in words. Mapping: requestCount = every record, successCount = delivered,
// unavailableCount = invalid address, faildCount = spam + failed.
class TotalsComparison final
{
public:
    struct Day
    {
        QDate day;
        qint64 countedTotal = 0;
        qint64 countedDelivered = 0;
        qint64 serviceRequests = -1; // -1: the service reported nothing for this day
        qint64 serviceSuccesses = -1;
        bool agrees() const
        {
            return serviceRequests == countedTotal && serviceSuccesses == countedDelivered;
        }
    };

    // summary must count in the service's zone (its day buckets are the service's days).
    // wholeQuery: the summary holds every record of the query, not only the loaded ones.
    TotalsComparison(const Summary &summary, const QList<DailyStat> &service, const QDate &first,
                     const QDate &last, bool wholeQuery);

    const QList<Day> &days() const { return m_days; }
    int disagreements() const;
    // One or two sentences for the panel.
    QString verdict() const;

private:
    QList<Day> m_days;
    bool m_wholeQuery;
};

} // namespace sendtrail
