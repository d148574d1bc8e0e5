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

// Why a CSV or XLSX export cannot start (an order naming rows the source lacks, or no
// columns), as the failed result to return; nullopt when it can start.
std::optional<ExportResult> refuseTabularExport(const RowOrder &order, const ExportOptions &options);

// The part CSV and XLSX share once their output is open: every row in order, progress and
// cancellation through one ProgressTicker, then the writer's finish step (flush, zip) and the
// result. A write error ends the export at once; a cancelled export is never finished.
// Writer: bool writeRow(const MailRecord &) and bool finish(), false on failure;
// QString error() const, the failure's text; qint64 truncatedCells() const.
template <typename Writer>
ExportResult writeRecordRows(const ExportSource &source, const RowOrder &order, const ExportControl &control,
                             Writer &writer)
{
    ProgressTicker ticker(control, order.size());
    bool cancelled = control.isCancelled();
    for (qint64 k = 0; k < order.size() && !cancelled; ++k) {
        if (!writer.writeRow(source.record(order.sourceIndex(k))))
            return ExportResult::failed(writer.error());
        cancelled = !ticker.rowWritten();
    }
    if (cancelled)
        return ExportResult::cancelled(ticker.rows());
    if (!writer.finish())
        return ExportResult::failed(writer.error());
    ticker.reportFinal();

    ExportResult result;
    result.rowsWritten = ticker.rows();
    result.truncatedCells = writer.truncatedCells();
    return result;
}

} // namespace sendtrail
