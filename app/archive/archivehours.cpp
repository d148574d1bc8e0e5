// ArchiveDatabase: status × day (the status × day summary) and status × hour (the Summary's
// chart). The counts table answers the whole quarter hours of the range when only the range and
// the status filter the records; the range's ragged ends, and every other filter, are counted in
// the records (addPeriodsOfRecords, in archiveread.cpp beside the query builder).
#include "archivedatabase.h"
#include "archiveschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

bool onlyRangeAndStatus(const ArchiveFilter &f)
{
    return f.toAddress.isEmpty() && f.accountName.isEmpty() && f.tag.isEmpty() &&
           f.classification.isEmpty() && f.domain.isEmpty() && f.text.isEmpty() && f.ipPoolId.isEmpty() &&
           f.configSetId.isEmpty();
}

// (period start, status, records) in period order, or nothing when the sums failed.
template <typename Count>
std::optional<QList<Count>> countsOf(const std::optional<QMap<std::pair<qint64, int>, qint64>> &sums)
{
    if (!sums)
        return std::nullopt;
    QList<Count> result;
    result.reserve(sums->size());
    for (auto it = sums->cbegin(); it != sums->cend(); ++it)
        result.append({it.key().first, it.key().second, it.value()});
    return result;
}

} // namespace

std::optional<QList<StatusDayCount>> ArchiveDatabase::statusByDay(const ArchiveFilter &filter,
                                                                  int offsetSeconds, QString *error)
{
    return countsOf<StatusDayCount>(statusByPeriod(filter, {offsetSeconds, kDay}, error));
}

std::optional<QList<StatusHourCount>> ArchiveDatabase::statusByHour(const ArchiveFilter &filter,
                                                                    int phaseSeconds, QString *error)
{
    return countsOf<StatusHourCount>(statusByPeriod(filter, {phaseSeconds, kHour}, error));
}

std::optional<ArchiveDatabase::PeriodSums>
ArchiveDatabase::statusByPeriod(const ArchiveFilter &filter, const Periods &periods, QString *error)
{
    const qint64 bucket = ArchiveSchema::kCountBucketSeconds;
    const qint64 first = (filter.startUtc + bucket - 1) / bucket * bucket;
    const qint64 last = filter.endUtc / bucket * bucket;
    PeriodSums sums;
    bool ok = true;
    // A quarter hour lies within one period only when the periods start on a quarter hour; before
    // 1970 (utc + shift < 0) the division would round toward zero instead of down.
    if (!onlyRangeAndStatus(filter) || periods.shift % bucket != 0 || filter.startUtc < 0 ||
        filter.startUtc + periods.shift < 0 || first >= last) {
        ok = addPeriodsOfRecords(filter, periods, &sums, error);
    } else {
        ArchiveFilter head = filter;
        head.endUtc = first;
        ArchiveFilter tail = filter;
        tail.startUtc = last;
        for (const ArchiveFilter &edge : {head, tail})
            ok = ok && (edge.startUtc >= edge.endUtc || addPeriodsOfRecords(edge, periods, &sums, error));
        ok = ok && addPeriodsOfBuckets(filter, first, last, periods, &sums, error);
    }
    if (!ok)
        return std::nullopt;
    return sums;
}

// Rows of (period number, status, records), the period numbers counted from `periods.shift`.
bool ArchiveDatabase::readPeriods(QSqlQuery &q, const QVariantList &binds, const Periods &periods,
                                  PeriodSums *sums, QString *error)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, error);
    while (q.next())
        (*sums)[{q.value(0).toLongLong() * periods.width - periods.shift, q.value(1).toInt()}] +=
            q.value(2).toLongLong();
    return true;
}

bool ArchiveDatabase::addPeriodsOfBuckets(const ArchiveFilter &filter, qint64 first, qint64 last,
                                          const Periods &periods, PeriodSums *sums, QString *error)
{
    QString sql = u"SELECT (bucket + %1) / %2, status, CAST(SUM(n) AS BIGINT) FROM counts "
                  "WHERE bucket >= ? AND bucket < ?"_s.arg(periods.shift)
                      .arg(periods.width);
    QVariantList binds{first, last};
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds.append(*filter.status);
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql + u" GROUP BY 1, 2"_s);
    return readPeriods(q, binds, periods, sums, error);
}

} // namespace sendtrail
