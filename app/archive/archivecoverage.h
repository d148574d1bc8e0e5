#pragma once

#include "archivetypes.h"

#include <QList>

namespace sendtrail {

// Pure arithmetic over coverage: which day windows a sync must fetch, and which parts of a
// requested range the archive cannot answer. Days are those of a fixed UTC offset (the service's).
class ArchiveCoverage final
{
public:
    static constexpr qint64 kDay = 86400;
    // What the service still keeps (its retention is one month).
    static constexpr qint64 kRetentionSeconds = 30 * kDay;

    // Midnight (in the zone) of the day holding `utc`, as an epoch second.
    static qint64 dayStart(qint64 utc, int offsetSeconds);

    // The day windows of [startUtc, endUtc) to fetch, oldest first: those not archived, those
    // fetched less than `settleDays` after their end (recent records still move), and, when
    // `withTags`, those archived without tags. Days starting before the service's retention are
    // left alone: fetching them would record an empty day.
    static QList<ArchiveWindow> plan(qint64 startUtc, qint64 endUtc, const QList<ArchiveWindow> &archived,
                                     qint64 nowUtc, int settleDays, bool withTags, int offsetSeconds);

    // The parts of [startUtc, min(endUtc, now)) no archived window covers (a window covers up
    // to when its fetch began), merged and oldest first.
    static QList<ArchiveGap> gaps(qint64 startUtc, qint64 endUtc, const QList<ArchiveWindow> &archived,
                                  qint64 nowUtc);
};

} // namespace sendtrail
