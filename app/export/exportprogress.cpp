#include "export/exportprogress.h"

#include <QCoreApplication>
#include <algorithm>

namespace sendtrail {

RowOrder::RowOrder(const ExportSource &source, const std::optional<QList<qsizetype>> &order)
{
    if (!order) {
        m_size = source.count();
        return;
    }
    m_order = &*order;
    m_size = order->size();
    const qsizetype count = source.count();
    m_valid =
        std::all_of(order->cbegin(), order->cend(), [count](qsizetype i) { return i >= 0 && i < count; });
}

ProgressTicker::ProgressTicker(const ExportControl &control, qint64 total)
    : m_control(control), m_total(total), m_untilCheck(std::max<qint64>(1, control.checkEveryRows))
{}

bool ProgressTicker::check()
{
    m_untilCheck = std::max<qint64>(1, m_control.checkEveryRows);
    if (m_control.progressed)
        m_control.progressed(m_rows, m_total);
    return !m_control.isCancelled();
}

void ProgressTicker::reportFinal()
{
    if (m_control.progressed)
        m_control.progressed(m_rows, m_total);
}

std::optional<ExportResult> refuseTabularExport(const RowOrder &order, const ExportOptions &options)
{
    if (!order.isValid())
        return ExportResult::failed(QCoreApplication::translate("sendtrail::Exporter", "invalid row order"));
    if (options.columns.isEmpty())
        return ExportResult::failed(
            QCoreApplication::translate("sendtrail::Exporter", "no columns selected"));
    return std::nullopt;
}

} // namespace sendtrail
