#include "runprogress.h"

#include "records/pageparser.h"

namespace sendtrail {

void ProgressEstimator::start(const QList<TimeWindow> &windows)
{
    m_windows = windows;
    m_oldestSeen = QList<qint64>(windows.size(), 0);
    m_timer.start();
}

void ProgressEstimator::addPage(const ParsedPage &page)
{
    for (const ParsedRecord &r : page.records) {
        const qint64 t = r.record.utcSeconds;
        for (qsizetype w = 0; w < m_windows.size(); ++w) {
            const TimeWindow &window = m_windows.at(w);
            if (t >= window.start.toSecsSinceEpoch() && t <= window.end.toSecsSinceEpoch()) {
                if (m_oldestSeen[w] == 0 || t < m_oldestSeen[w])
                    m_oldestSeen[w] = t;
                break;
            }
        }
    }
}

double ProgressEstimator::coveredFraction() const
{
    if (m_windows.isEmpty())
        return -1;
    double covered = 0;
    for (qsizetype w = 0; w < m_windows.size(); ++w) {
        const qint64 hi = m_windows.at(w).end.toSecsSinceEpoch();
        const qint64 span = qMax<qint64>(1, hi - m_windows.at(w).start.toSecsSinceEpoch());
        if (m_oldestSeen.at(w) > 0)
            covered += qBound(0.0, double(hi - m_oldestSeen.at(w)) / span, 1.0);
    }
    return covered / m_windows.size();
}

RunProgress ProgressEstimator::estimate(qint64 records, int pages, int windowsDone, int windowsTotal) const
{
    RunProgress p;
    p.records = records;
    p.pages = pages;
    p.windowsDone = windowsDone;
    p.windowsTotal = windowsTotal;
    const double done = windowsTotal > 0 ? double(windowsDone) / windowsTotal : -1;
    p.fraction = qMax(done, coveredFraction());
    const double seconds = qMax(0.001, m_timer.isValid() ? m_timer.elapsed() / 1000.0 : 0.0);
    p.recordsPerSecond = records / seconds;
    p.etaSeconds = p.fraction > 0.05 ? qint64(seconds / p.fraction - seconds) : -1;
    return p;
}

} // namespace sendtrail
