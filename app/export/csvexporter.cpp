#include "export/csvexporter.h"

#include "export/cellrenderer.h"
#include "export/csvwriter.h"
#include "export/exportprogress.h"

#include <QCoreApplication>

namespace sendtrail {

ExportResult CsvExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice &device,
                                const ExportControl &control)
{
    const RowOrder order(source, options.rowOrder);
    if (!order.isValid())
        return ExportResult::failed(QCoreApplication::translate("sendtrail::Exporter", "invalid row order"));
    if (options.columns.isEmpty())
        return ExportResult::failed(
            QCoreApplication::translate("sendtrail::Exporter", "no columns selected"));

    CsvWriter writer(device, {csvDelimiterChar(options.delimiter).unicode(), options.formulaGuard});
    if (options.csvPreset == CsvPreset::Excel)
        writer.writeBom();
    for (const ExportColumn column : options.columns)
        writer.writeCell(exportColumnHeader(column, options.timeZone));
    writer.endRow();

    CellRenderer renderer(options.timeZone);
    ProgressTicker ticker(control, order.size());
    bool cancelled = control.isCancelled();
    for (qint64 k = 0; k < order.size() && !cancelled && !writer.hasError(); ++k) {
        const MailRecord record = source.record(order.sourceIndex(k));
        for (const ExportColumn column : options.columns)
            writer.writeCell(renderer.cell(record, column));
        writer.endRow();
        cancelled = !ticker.rowWritten();
    }
    if (cancelled)
        return ExportResult::cancelled(ticker.rows());
    if (!writer.flush())
        return ExportResult::failed(writer.errorString());
    ticker.reportFinal();

    ExportResult result;
    result.rowsWritten = ticker.rows();
    result.truncatedCells = writer.truncatedCells();
    return result;
}

} // namespace sendtrail
