#pragma once

#include "exportdialog.h"
#include "exportprogressdialog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace sendtrail {

class AppSession;
class ExportJob;
class Pager;
class RecordTableModel;
class VectorExportSource;
struct ApiError;
struct ParsedPage;

// Runs an export without blocking the UI: for "whole query" it pages through the query with
// a Pager (its own, so the table is untouched), then writes on ExportJob's worker thread.
// Cancel at any point leaves no file behind (QSaveFile is never committed).
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(QWidget *window, RecordTableModel *model, AppSession *session);
    ~ExportController() override;

    void setTimeZone(const ExportTimeZone &zone) { m_zone = zone; }
    void openDialog();
    void startExport(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    ExportProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    void exportFinished(const QString &path, qint64 rows);
    void exportCancelled();
    void exportFailed(const QString &message);

private:
    void snapshotLoadedRows();
    void startFetching();
    void onPage(const ParsedPage &page);
    void onPageFailed(const ApiError &error);
    void startWriting();
    void onWriteProgress(qint64 rows, qint64 total);
    void end();

    QWidget *m_window;
    RecordTableModel *m_model;
    AppSession *m_session;
    ExportTimeZone m_zone;
    ExportRequest m_request;
    std::shared_ptr<VectorExportSource> m_source;
    QPointer<Pager> m_pager;
    QPointer<ExportJob> m_job;
    QPointer<ExportProgressDialog> m_progress;
    QElapsedTimer m_timer;
    qint64 m_rows = 0;
    qint64 m_oldestSeen = 0;
    int m_pages = 0;
    int m_retries = 0;
    bool m_running = false;
};

} // namespace sendtrail
