#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace sendtrail {

// Runs Exporter::run on a worker QThread so the UI thread never waits on the disk. All signals
// are emitted on the thread the job lives in. Exactly one of finished/failed/cancelled follows
// start(). The source must not change while the job runs (hand it a snapshot).
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    ExportJob(std::shared_ptr<const ExportSource> source, ExportOptions options, QObject *parent = nullptr);
    // Cancels a running export and waits for the worker to wind down. Rows stop within one
    // check interval; an XLSX already being zipped finishes zipping first (libxlsxwriter
    // cannot be interrupted there) and is then discarded.
    ~ExportJob() override;

    const ExportOptions &options() const { return m_options; }
    bool isRunning() const { return m_thread != nullptr; }
    // Valid once finished/failed/cancelled was emitted: rows, truncated cells, sheets.
    ExportResult result() const { return m_result; }

public Q_SLOTS:
    void start();
    // Honoured until the file is committed: the job then emits cancelled(), writes no file and
    // leaves an existing target untouched.
    void cancel();

Q_SIGNALS:
    void progressed(qint64 rows, qint64 total);
    void finished(const QString &path);
    void failed(const QString &message);
    void cancelled();

private:
    void run();
    void reportProgress(qint64 rows, qint64 total);
    void onWorkerDone(const ExportResult &result);

    std::shared_ptr<const ExportSource> m_source;
    ExportOptions m_options;
    ExportResult m_result;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_progressQueued{false};
    std::atomic<qint64> m_progressRows{0};
    std::atomic<qint64> m_progressTotal{0};
};

} // namespace sendtrail
