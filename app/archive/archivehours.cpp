// ArchiveDatabase: status × hour, what the Summary's chart counts per hour (and per day, from the
// hours). The counts table answers the whole quarter hours of the range when only the range and
// the status filter the records; the range's ragged ends, and every other filter, are counted in
// the records (addHoursOfRecords, in archiveread.cpp beside the query builder).
#include "archivedatabase.h"
#include "archiveschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr qint64 kHour = 3600;

bool onlyRangeAndStatus(const ArchiveFilter &f)
{
    return f.toAddress.isEmpty() && f.accountName.isEmpty() && f.tag.isEmpty() &&
           f.classification.isEmpty() && f.domain.isEmpty() && f.text.isEmpty() && f.ipPoolId.isEmpty() &&
           f.configSetId.isEmpty();
}

} // namespace

std::optional<QList<StatusHourCount>> ArchiveDatabase::statusByHour(const ArchiveFilter &filter,
                                                                    int phaseSeconds, QString *error)
{
    const qint64 bucket = ArchiveSchema::kCountBucketSeconds;
    const qint64 first = (filter.startUtc + bucket - 1) / bucket * bucket;
    const qint64 last = filter.endUtc / bucket * bucket;
    HourSums sums;
    bool ok = true;
    // A quarter hour lies within one hour only when the hours start on a quarter hour.
    if (!onlyRangeAndStatus(filter) || phaseSeconds % bucket != 0 || filter.startUtc < 0 || first >= last) {
        ok = addHoursOfRecords(filter, phaseSeconds, &sums, error);
    } else {
        ArchiveFilter head = filter;
        head.endUtc = first;
        ArchiveFilter tail = filter;
        tail.startUtc = last;
        for (const ArchiveFilter &edge : {head, tail})
            ok = ok && (edge.startUtc >= edge.endUtc || addHoursOfRecords(edge, phaseSeconds, &sums, error));
        ok = ok && addHoursOfBuckets(filter, first, last, phaseSeconds, &sums, error);
    }
    if (!ok)
        return std::nullopt;
    QList<StatusHourCount> result;
    result.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        result.append({it.key().first, it.key().second, it.value()});
    return result;
}

// Rows of (hour number, status, records), the hour numbers counted from `phaseSeconds`.
bool ArchiveDatabase::readHours(QSqlQuery &q, const QVariantList &binds, int phaseSeconds, HourSums *sums,
                                QString *error)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, error);
    while (q.next())
        (*sums)[{q.value(0).toLongLong() * kHour - phaseSeconds, q.value(1).toInt()}] +=
            q.value(2).toLongLong();
    return true;
}

bool ArchiveDatabase::addHoursOfBuckets(const ArchiveFilter &filter, qint64 first, qint64 last,
                                        int phaseSeconds, HourSums *sums, QString *error)
{
    QString sql = u"SELECT (bucket + %1) / %2, status, CAST(SUM(n) AS BIGINT) FROM counts "
                  "WHERE bucket >= ? AND bucket < ?"_s.arg(phaseSeconds)
                      .arg(kHour);
    QVariantList binds{first, last};
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds.append(*filter.status);
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql + u" GROUP BY 1, 2"_s);
    return readHours(q, binds, phaseSeconds, sums, error);
}

} // namespace sendtrail
