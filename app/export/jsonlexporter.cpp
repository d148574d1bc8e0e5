#include "export/jsonlexporter.h"

#include "export/exportprogress.h"
#include "export/writefailure.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sendtrail {

namespace {

constexpr qsizetype kChunk = qsizetype(4) * 1024 * 1024;

} // namespace

ExportResult JsonlExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice &device,
                                  const ExportControl &control)
{
    const RowOrder order(source, options.rowOrder);
    if (!order.isValid())
        return ExportResult::failed(QCoreApplication::translate("sendtrail::Exporter", "invalid row order"));

    QByteArray buffer;
    buffer.reserve(kChunk + qsizetype(64) * 1024);
    ProgressTicker ticker(control, order.size());
    bool cancelled = control.isCancelled();
    bool ok = true;
    for (qint64 k = 0; k < order.size() && !cancelled && ok; ++k) {
        buffer += QJsonDocument(source.rawObject(order.sourceIndex(k))).toJson(QJsonDocument::Compact);
        buffer += '\n';
        if (buffer.size() >= kChunk) {
            ok = WriteFailure::writeAll(device, buffer); // a short write is retried for the real reason
            buffer.resize(0);                            // keeps the capacity
        }
        cancelled = !ticker.rowWritten();
    }
    if (cancelled)
        return ExportResult::cancelled(ticker.rows());
    if (!ok || !WriteFailure::writeAll(device, buffer))
        return ExportResult::failed(device.errorString());
    ticker.reportFinal();

    ExportResult result;
    result.rowsWritten = ticker.rows();
    return result;
}

} // namespace sendtrail
