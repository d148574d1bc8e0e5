#include "export/csvexporter.h"

#include "export/cellrenderer.h"
#include "export/csvwriter.h"
#include "export/exportprogress.h"

namespace sendtrail {

namespace {

// A CsvWriter fed whole records, for writeRecordRows. Its write errors are sticky, so a look
// after each row catches one from any earlier cell, the header included.
class CsvRows final
{
public:
    CsvRows(CsvWriter &writer, const ExportOptions &options)
        : m_writer(writer), m_columns(options.columns), m_renderer(options.timeZone)
    {}

    bool writeRow(const MailRecord &record)
    {
        for (const ExportColumn column : m_columns)
            m_writer.writeCell(m_renderer.cell(record, column));
        m_writer.endRow();
        return !m_writer.hasError();
    }
    bool finish() { return m_writer.flush(); }
    QString error() const { return m_writer.errorString(); }
    qint64 truncatedCells() const { return m_writer.truncatedCells(); }

private:
    CsvWriter &m_writer;
    const QList<ExportColumn> &m_columns;
    CellRenderer m_renderer;
};

} // namespace

ExportResult CsvExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice &device,
                                const ExportControl &control)
{
    const RowOrder order(source, options.rowOrder);
    if (const auto refused = refuseTabularExport(order, options))
        return *refused;

    CsvWriter writer(device, {csvDelimiterChar(options.delimiter).unicode(), options.formulaGuard});
    if (options.csvPreset == CsvPreset::Excel)
        writer.writeBom();
    for (const ExportColumn column : options.columns)
        writer.writeCell(exportColumnHeader(column, options.timeZone));
    writer.endRow();

    CsvRows rows(writer, options);
    return writeRecordRows(source, order, control, rows);
}

} // namespace sendtrail
