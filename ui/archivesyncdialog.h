#pragma once

#include "archive/archivelocation.h"
#include "archive/archivesync.h"
#include "archive/archivetypes.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sendtrail {

class ApiClient;
class ArchiveReader;
class ArchiveSyncWorker;

// Query → Sync Archive…: what the archive holds (every archived day: when it was fetched, its
// records, with or without tags) and a sync of the current profile into it, with progress
// (windows done of planned, records, calls) and Cancel. The sync and its database run on a
// worker thread (ArchiveSyncWorker); a cancelled sync keeps the days it wrote.
class ArchiveSyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSyncDialog)

public:
    ArchiveSyncDialog(const ArchiveLocation &location, int serviceUtcOffsetSeconds,
                      QWidget *parent = nullptr);
    ~ArchiveSyncDialog() override;

    // The profile's client (null: no profile is active, so nothing can be synced).
    void setClient(ApiClient *client, const QString &profileName);
    void startSync();
    void cancelSync();
    bool isSyncing() const;
    void reloadCoverage();
    const QList<ArchiveWindow> &coverage() const { return m_windows; }

Q_SIGNALS:
    void syncEnded(); // finished, failed or cancelled: the archive may hold more now

protected:
    void reject() override; // Esc and Close cancel a running sync first

private:
    QWidget *createOptions();
    ArchiveSyncOptions options() const;
    void showProgress(const ArchiveSyncSummary &summary);
    void onEnded(const QString &message);
    void showCoverage(const QList<ArchiveWindow> &windows);
    void updateButtons();

    ArchiveLocation m_location;
    int m_serviceOffset;
    ApiClient *m_client = nullptr;
    QString m_profile;
    std::unique_ptr<ArchiveReader> m_reader;
    std::unique_ptr<ArchiveSyncWorker> m_worker;
    QList<ArchiveWindow> m_windows;
    int m_coverageRequest = 0;   // in flight; 0: none
    bool m_startPending = false; // Sync Now while the first coverage was still being read
    QLabel *m_where;
    QDateEdit *m_from = nullptr;
    QSpinBox *m_settle = nullptr;
    QCheckBox *m_tags = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace sendtrail
