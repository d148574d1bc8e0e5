#include "archivecoverage.h"

#include <QHash>
#include <algorithm>

namespace sendtrail {

qint64 ArchiveCoverage::dayStart(qint64 utc, int offsetSeconds)
{
    const qint64 local = utc + offsetSeconds;
    const qint64 day = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    return day * kDay - offsetSeconds;
}

QList<ArchiveWindow> ArchiveCoverage::plan(qint64 startUtc, qint64 endUtc,
                                           const QList<ArchiveWindow> &archived, qint64 nowUtc,
                                           int settleDays, bool withTags, int offsetSeconds)
{
    QHash<qint64, ArchiveWindow> byStart;
    for (const ArchiveWindow &w : archived)
        byStart.insert(w.startUtc, w);
    const qint64 oldest = nowUtc - kRetentionSeconds;
    const qint64 last = std::min(endUtc, nowUtc);
    QList<ArchiveWindow> windows;
    for (qint64 day = dayStart(startUtc, offsetSeconds); day < last; day += kDay) {
        if (day < oldest)
            continue;
        const auto it = byStart.constFind(day);
        const bool settled = it != byStart.cend() && it->fetchedAtUtc >= it->stopUtc + settleDays * kDay;
        const bool tagsMissing = it != byStart.cend() && withTags && !it->tagged;
        if (it != byStart.cend() && settled && !tagsMissing)
            continue;
        ArchiveWindow w;
        w.startUtc = day;
        w.stopUtc = day + kDay;
        w.tagged = withTags;
        windows.append(w);
    }
    return windows;
}

QList<ArchiveGap> ArchiveCoverage::gaps(qint64 startUtc, qint64 endUtc, const QList<ArchiveWindow> &archived,
                                        qint64 nowUtc)
{
    QList<ArchiveWindow> sorted = archived;
    std::sort(sorted.begin(), sorted.end(),
              [](const ArchiveWindow &a, const ArchiveWindow &b) { return a.startUtc < b.startUtc; });
    const qint64 end = std::min(endUtc, nowUtc);
    QList<ArchiveGap> gaps;
    qint64 cursor = startUtc;
    for (const ArchiveWindow &w : sorted) {
        if (cursor >= end)
            break;
        const qint64 coveredTo = std::min(w.stopUtc, std::max(w.fetchedAtUtc, w.startUtc));
        if (coveredTo <= cursor)
            continue;
        if (w.startUtc > cursor)
            gaps.append({cursor, std::min(w.startUtc, end)});
        cursor = std::max(cursor, coveredTo);
    }
    if (cursor < end)
        gaps.append({cursor, end});
    return gaps;
}

} // namespace sendtrail
