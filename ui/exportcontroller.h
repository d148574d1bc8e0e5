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
class BulkFetcher;
class ExportJob;
class ExportSource;
class RecordStore;
class RecordTableModel;
struct ApiError;
struct ParsedPage;
struct TimeWindow;

// Runs an export without blocking the UI: for "whole query" it fetches every page with a
// BulkFetcher (its own requests, so the table is untouched), then writes on ExportJob's
// worker thread.
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
    void onFetchedPage(const ParsedPage &page);
    void onFetchProgressed(qint64 records, int pages, int windowsDone, int windowsTotal);
    double coveredFraction() const;
    void onFetchFailed(const ApiError &error);
    void startWriting(std::shared_ptr<const ExportSource> source, QList<qsizetype> order);
    void onWriteProgress(qint64 rows, qint64 total);
    void end();

    QWidget *m_window;
    RecordTableModel *m_model;
    AppSession *m_session;
    ExportTimeZone m_zone;
    ExportRequest m_request;
    std::shared_ptr<RecordStore> m_fetched;
    QPointer<BulkFetcher> m_fetcher;
    // Each window is paged newest first, so the oldest time seen in a window tells how much
    // of it is done: a far better progress estimate than whole windows finished.
    QList<TimeWindow> m_windows;
    QList<qint64> m_oldestSeen; // per window, 0 = nothing yet
    QPointer<ExportJob> m_job;
    QPointer<ExportProgressDialog> m_progress;
    QElapsedTimer m_timer;
    int m_pages = 0;
    bool m_running = false;
};

} // namespace sendtrail
