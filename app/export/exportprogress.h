#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <optional>

namespace sendtrail {

// The rows an export visits: every source row in order, or an explicit list of indices.
class RowOrder final
{
public:
    RowOrder(const ExportSource &source, const std::optional<QList<qsizetype>> &order);

    qint64 size() const { return m_size; }
    qsizetype sourceIndex(qint64 k) const { return m_order ? m_order->at(k) : qsizetype(k); }
    // False when the explicit order names a row the source does not have.
    bool isValid() const { return m_valid; }

private:
    const QList<qsizetype> *m_order = nullptr;
    qint64 m_size = 0;
    bool m_valid = true;
};

// Counts written rows; every ExportControl::checkEveryRows rows it reports progress and
// looks at the cancel flag, so the flag is cheap to honour in tight loops.
class ProgressTicker final
{
public:
    ProgressTicker(const ExportControl &control, qint64 total);

    // Call once per written row. False when the export should stop.
    bool rowWritten()
    {
        ++m_rows;
        return --m_untilCheck > 0 || check();
    }
    bool check();
    void reportFinal();
    qint64 rows() const { return m_rows; }

private:
    const ExportControl &m_control;
    qint64 m_total;
    qint64 m_rows = 0;
    qint64 m_untilCheck;
};

} // namespace sendtrail
