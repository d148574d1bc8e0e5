#pragma once

#include "exportdialog.h"
#include "exportprogressdialog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace sendtrail {

class AppSession;
class ArchiveMode;
class ArchiveSnapshot;
class QueryRun;
class RecordTableModel;
struct ApiError;

// The export dialog's side of the query pipeline: "whole query" runs QueryRun's bulk fetch
// (its own requests, so the table is untouched), "loaded rows" a snapshot of the table; either
// way the file is written on a worker thread and Cancel at any point leaves no file behind. In
// Archive mode the archive's whole selection is read on a worker (ArchiveSnapshot), then written
// the same way; a range with gaps is refused, as `export --archive` refuses it.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(QWidget *window, RecordTableModel *model, AppSession *session);
    ~ExportController() override;

    void setTimeZone(const ExportTimeZone &zone) { m_zone = zone; }
    void setArchiveMode(ArchiveMode *archive) { m_archive = archive; }
    void openDialog();
    void startExport(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_run != nullptr || m_snapshot != nullptr; }
    ExportProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    void exportFinished(const QString &path, qint64 rows);
    void exportCancelled();
    void exportFailed(const QString &message);

private:
    QueryRun *createRun(const ExportRequest &request);
    bool archiveActive() const;
    void openExportDialog(qint64 rows, bool more);
    void openArchiveDialog();
    void startArchiveExport(const ExportRequest &request);
    void connectRun();
    void showFailure(const QString &message);
    void showCancelled();
    void end();

    QWidget *m_window;
    RecordTableModel *m_model;
    AppSession *m_session;
    ExportTimeZone m_zone;
    QueryRun *m_run = nullptr; // our child while an export runs
    ArchiveMode *m_archive = nullptr;
    ArchiveSnapshot *m_snapshot = nullptr; // our child while the archive is read
    QPointer<ExportProgressDialog> m_progress;
    QElapsedTimer m_timer;
    int m_pages = 0;
};

} // namespace sendtrail
