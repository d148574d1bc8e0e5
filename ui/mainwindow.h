#pragma once

#include "lists/listquery.h"
#include "present/displayzone.h"
#include "present/emptyresulthint.h"
#include "present/shareline.h"
#include "records/mailquery.h"
#include "records/querysettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QProcessEnvironment>
#include <memory>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;

namespace sendtrail {

class AppSession;
class ArchiveMode;
class ArchiveSyncDialog;
class Catalog;
class ExportController;
class InvalidAddressWindow;
class LoadAllController;
class StatusBarPresenter;
class LookupWindow;
class ProfilesDialog;
class QueryForm;
class RecordDetailPanel;
class RecordTableModel;
class ResultsView;
class DemoBackend;
class SummaryController;
class SummaryPanel;
class SecretStore;
struct ApiError;
struct Profile;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool demo = false;                        // start in demo mode
        std::shared_ptr<DemoBackend> demoBackend; // null: no demo offered
        SecretStore *secretStore = nullptr;       // tests: a fake keychain; null: the system keychain
        // An ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET key here becomes a session-only profile at start.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // First run, demo start or re-activating the last profile (after adding the environment's
    // key as a session-only profile, if there is one); call once after show().
    void start();

    QueryForm *queryForm() const { return m_form; }
    ResultsView *resultsView() const { return m_results; }
    RecordDetailPanel *detailPanel() const { return m_detail; }
    RecordTableModel *model() const { return m_model; }
    AppSession *session() const { return m_session; }
    DemoBackend *demoBackend() const { return m_options.demoBackend.get(); }
    ExportController *exporter() const { return m_export; }
    Catalog *catalog() const { return m_catalog; }
    SummaryController *summary() const { return m_summary; }
    SummaryPanel *summaryPanel() const { return m_summaryPanel; }
    DisplayZone displayZone() const { return m_zone; }
    InvalidAddressWindow *invalidAddressWindow() const; // null until first opened
    LoadAllController *loadAll() const { return m_loadAll; }
    StatusBarPresenter *statusPresenter() const { return m_status; }
    ArchiveMode *archiveMode() const { return m_archive; }

    void runQuery();
    void cancelQuery();
    void setDisplayZone(DisplayZone zone);
    void showDetail(int sourceRow);
    void openProfiles();
    void openExport();
    void openInvalidAddresses();
    // The bulk recipient lookup (Query → Look Up Recipients…): one window, kept between uses.
    LookupWindow *openLookup();
    // Query → Sync Archive…: the archive's coverage, and a sync of the current profile into it.
    ArchiveSyncDialog *openArchiveSync();
    // Every mail to `address` over `range` in the table, as "all mail to this recipient" does.
    void showRecipientHistory(const QString &address, const MailQuery &range);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    QWidget *createCentral();
    void createDetailDock();
    void createSummaryDock();
    void orientSummary(Qt::DockWidgetArea area);
    void connectModel();
    void restoreSettings();
    void saveSettings();
    void startDemo();
    void startWithProfiles();
    void offerFirstRun();
    void onProfileActivated(const Profile &profile);
    void onPageLoaded(int rows, const QString &requestId);
    void onFetchFailed(const ApiError &error);
    void showServiceError(const ApiError &error);
    void retryFailedPage();
    void updateStatus();
    void updateTitle();
    void updateDetail(int sourceRow);
    void rerunWithFilter(int kind, const QString &value);
    void showEmptyHint(const QStringList &knownTags = {});
    void onTagsKnown(ListKind kind, const QString &keyword, const QList<ListItem> &items);
    void runSuggestion();
    void runArchiveQuery();
    void onSourceChanged(bool archive);
    // mainwindowhabits.cpp
    void createHabitActions(QMenu *edit, QMenu *query);
    QString libraryProfile() const;
    QString describeQuery(const RememberedQuery &remembered) const;
    void applyRemembered(const RememberedQuery &remembered);
    void fillRecentMenu();
    void fillSavedMenu();
    void saveCurrentSearch();
    void rememberRun(const RememberedQuery &remembered);
    void copyShareLine();
    void openShareLine(const QString &text);
    void selectPendingShare();

    Options m_options;
    AppSession *m_session;
    RecordTableModel *m_model;
    QueryForm *m_form = nullptr;
    ResultsView *m_results = nullptr;
    RecordDetailPanel *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    SummaryController *m_summary = nullptr;
    SummaryPanel *m_summaryPanel = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    QLabel *m_demoBanner = nullptr;
    StatusBarPresenter *m_status = nullptr;
    LoadAllController *m_loadAll = nullptr;
    ArchiveMode *m_archive = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QActionGroup *m_zoneActions = nullptr;
    ExportController *m_export = nullptr;
    Catalog *m_catalog = nullptr;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<InvalidAddressWindow> m_invalidWindow;
    QPointer<LookupWindow> m_lookupWindow;
    QPointer<ArchiveSyncDialog> m_syncDialog;
    DisplayZone m_zone = DisplayZone::Local;
    int m_serviceOffset = 8 * 3600;
    EmptyResultHint m_emptyHint;
    std::optional<ShareLine> m_pendingShare; // opened from a pasted line: select it when it arrives
    // The service query's failure, until it is retried or replaced: shown again when the
    // service's table comes back from Archive mode (which hides the bar, or was shown when it came).
    std::unique_ptr<ApiError> m_serviceError;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_savedMenu = nullptr;
    QString m_lastProfile;
    bool m_runAfterActivation = false;
};

} // namespace sendtrail
