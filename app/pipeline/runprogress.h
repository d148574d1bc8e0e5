#pragma once

#include "records/mailquery.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>

namespace sendtrail {

struct ParsedPage;

// How far a fetch has come, for a progress bar and an ETA.
struct RunProgress
{
    qint64 records = 0;
    int pages = 0;
    int windowsDone = 0;
    int windowsTotal = 0;
    double fraction = -1; // 0..1; -1 while unknown
    double recordsPerSecond = 0;
    qint64 etaSeconds = -1; // -1 while unknown
};

// Estimates the share of a query already fetched. Each window is paged newest first, so the
// oldest time seen in a window tells how much of it is done: a far better estimate than counting
// whole windows finished, which says nothing until the first one ends.
class ProgressEstimator final
{
public:
    void start(const QList<TimeWindow> &windows);
    void addPage(const ParsedPage &page);
    // records/pages/windows as counted by the fetcher; fills in fraction, rate and ETA.
    RunProgress estimate(qint64 records, int pages, int windowsDone, int windowsTotal) const;
    double coveredFraction() const;

private:
    QList<TimeWindow> m_windows;
    QList<qint64> m_oldestSeen; // per window, 0 = nothing yet
    QElapsedTimer m_timer;
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::RunProgress)
