#pragma once

#include "lists/invalidaddresses.h"
#include "present/displayzone.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sendtrail {

class ApiClient;
class DateTimeField;
class InvalidAddressModel;

// Query → Invalid Addresses…: the account's invalid-address list for a day range the API allows
// (≤ 30 service-zone days, ≤ 30 days back), every page loaded with progress and Cancel, removal
// of the selected rows after one confirmation, and CSV / JSONL export. Non-modal.
class InvalidAddressWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidAddressWindow)

public:
    explicit InvalidAddressWindow(QWidget *parent = nullptr);
    ~InvalidAddressWindow() override;

    // Another profile empties the table: its rows belong to another account.
    void setConnection(ApiClient *client, const QString &profile, int serviceUtcOffsetSeconds);
    void setDisplayZone(DisplayZone zone);

    void setRange(const QDate &first, const QDate &last); // clamped like the pickers
    QDate firstDay() const;
    QDate lastDay() const;
    void setKeyword(const QString &keyword);
    void load();
    void cancelLoad();
    bool isLoading() const { return m_fetcher != nullptr; }
    // Asks once for all selected rows; the removal starts when the confirmation is accepted.
    void removeSelected();
    bool isRemoving() const { return m_remover != nullptr; }
    bool exportTo(const QString &path, QString *error) const; // .jsonl: JSONL, anything else CSV

    InvalidAddressModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QMessageBox *confirmation() const { return m_confirm; }
    QString stateText() const;
    QString resultsText() const;

Q_SIGNALS:
    void loadFinished();
    void removalFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDate serviceToday() const;
    void updateLimits();
    void startRemoval(const QStringList &addresses);
    void exportWithDialog();
    void updateButtons();

    DateTimeField *m_start;
    DateTimeField *m_end;
    QLabel *m_limit;
    QLineEdit *m_keyword;
    QPushButton *m_load;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_state;
    QTableView *m_table;
    QPushButton *m_remove;
    QPushButton *m_export;
    QPlainTextEdit *m_results;
    InvalidAddressModel *m_model;
    QPointer<ApiClient> m_client;
    QString m_profile;
    QPointer<InvalidAddressFetcher> m_fetcher;
    QPointer<InvalidAddressRemover> m_remover;
    QPointer<QMessageBox> m_confirm;
    int m_serviceOffset = 8 * 3600;
    DisplayZone m_zone = DisplayZone::Local;
};

} // namespace sendtrail
