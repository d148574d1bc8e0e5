#pragma once

#include "export/exportoptions.h"
#include "recordsink.h"

#include <QPointer>

namespace sendtrail {

class ExportJob;

// Writes the result to a file (CSV, XLSX, JSONL) on ExportJob's worker thread, in the order the
// run hands over. Cancel before the commit leaves no file and any existing target untouched.
class ExportSink final : public RecordSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSink)

public:
    explicit ExportSink(ExportOptions options, QObject *parent = nullptr);
    ~ExportSink() override;

    void write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order) override;
    void cancelWrite() override;
    QString targetName() const override { return m_options.targetPath; }

    const ExportOptions &options() const { return m_options; }
    // Valid after written/writeFailed/writeCancelled: rows, truncated cells, sheets.
    ExportResult result() const { return m_result; }

private:
    ExportOptions m_options;
    ExportResult m_result;
    QPointer<ExportJob> m_job;
};

} // namespace sendtrail
