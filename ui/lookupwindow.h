#pragma once

#include "present/displayzone.h"
#include "records/mailquery.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sendtrail {

class AppSession;
class LookupInput;
class LookupResultModel;
class LookupRun;
struct ApiError;
struct LookupProgress;

// "Did these customers get their mail?" for up to 10,000 addresses at once: one ToAddress
// query each (LookupRun) under the client's rate limit, a row per address with its newest record
// explained, and the whole table as CSV, XLSX or JSONL. Non-modal; it never waits on the network.
class LookupWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupWindow)

public:
    LookupWindow(AppSession *session, DisplayZone zone, int serviceUtcOffsetSeconds,
                 QWidget *parent = nullptr);
    ~LookupWindow() override;

    LookupInput *input() const { return m_input; }
    LookupResultModel *resultModel() const { return m_model; }
    LookupRun *currentRun() const { return m_run; }
    bool isRunning() const;
    // The range and status the form holds now, as a query without an address.
    MailQuery range() const;
    void setRange(const QDateTime &startUtc, const QDateTime &endUtc);

    void run();
    void cancel();
    // CSV, XLSX or JSONL by the file name's suffix (CSV when it has none of them).
    bool exportTo(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void runEnded(); // finished, cancelled or aborted; the rows keep what was looked up
    void historyRequested(const QString &address, const sendtrail::MailQuery &range);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void reject() override; // Escape: stops a run first, closes only when none is running

private:
    QWidget *createRangeRow();
    void setupTable();
    void chooseExportFile();
    void copySelection();
    void onProgress(const LookupProgress &progress);
    void onEnded(const QString &message);
    void updateButtons();

    AppSession *m_session;
    DisplayZone m_zone;
    int m_serviceOffset;
    LookupInput *m_input;
    QDateTimeEdit *m_startEdit = nullptr;
    QDateTimeEdit *m_endEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTableView *m_table = nullptr;
    LookupResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    LookupRun *m_run = nullptr; // our child while it runs
    MailQuery m_runRange;       // the range of the rows shown
};

} // namespace sendtrail
