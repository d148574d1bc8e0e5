#pragma once

#include "insight/summaryfilter.h"

#include <QTimeZone>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sendtrail {

class FilterChip;
class QuickFilterProxy;
class RecordListModel;
class RecordViewProxy;
class ResultsColumns;
class VisibleColumnsProxy;

// The result table and what surrounds it: quick filter over loaded rows (and the Summary panel's
// "only these rows", shown as a chip that Esc or its ✕ takes away), the inline error bar
// with Retry, a busy bar while a page is in flight, header menu (show/hide, reorder), and the
// row context menu (copy, "all mail to this recipient", ...).
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget *parent = nullptr);

    // The service's table or the archive's: the view, its filters and copy work on either.
    void setModel(RecordListModel *model);
    RecordListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    RecordViewProxy *viewProxy() const { return m_viewProxy; }
    QuickFilterProxy *filterProxy() const { return m_filterProxy; }
    // Which columns show, their order and widths (the table's model has only the shown ones).
    ResultsColumns *columns() const { return m_columns; }

    void setLoading(bool loading);
    // copyText: shown as "Copy policy" beside Retry (the RAM policy for a permission denial).
    void showError(const QString &text, const QString &copyText = {});
    // Which buttons the error bar offers: Retry only where it can help, "Edit Profile…" where the
    // AccessKey must change. showError() offers Retry alone until this says otherwise.
    void setErrorActions(bool retry, bool editProfile);
    void hideError();
    void setEmptyText(const QString &text); // empty string hides it
    // The empty-result text with one suggestion as a link; activating it emits suggestionActivated.
    void setEmptyText(const QString &text, const QString &suggestionLabel);
    void setCurrentTag(const QString &tag); // "All mail with this tag" needs one
    // Narrows the table to the rows a summary entry counted; nullopt shows them all again.
    void setSummaryFilter(const std::optional<SummaryFilter> &filter);
    std::optional<SummaryFilter> summaryFilter() const;
    void setDisplayTimeZone(const QTimeZone &zone); // the zone the chip describes times in

    int currentSourceRow() const; // -1 when nothing is current
    // Makes the model's row current and selected, scrolled into view (when the filters show it).
    void selectSourceRow(int sourceRow);
    QList<int> selectedSourceRows() const;
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    void resetColumns();
    // Widens the Time column when its header (which names the zone) no longer fits.
    void fitTimeColumn();

    QAction *copyCellAction() const { return m_copyCell; }
    QAction *copyTsvAction() const { return m_copyTsv; }
    QAction *copyJsonAction() const { return m_copyJson; }
    // View → Sort by Time (Service Order): the order the service sent, no sort arrow.
    QAction *serviceOrderAction() const { return m_serviceOrder; }

    // A header click: ascending, then descending, then the service's order again.
    void cycleSort(int column);

    void copyCell();
    void copyRowsAsTsv();
    void copyRowsAsJson();

Q_SIGNALS:
    void retryRequested();
    void editProfileRequested();
    void suggestionActivated();
    void detailRequested(int sourceRow);
    void currentRowChanged(int sourceRow);
    void recipientFilterRequested(const QString &address);
    void senderFilterRequested(const QString &address);
    void tagFilterRequested(const QString &tag);
    void summaryFilterChanged();
    void loadAllRequested(); // Ctrl+End in the table with more rows to load

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterBar();
    QFrame *createErrorBar();
    void createActions();
    void showHeaderMenu(const QPoint &pos);
    void addSortActions(QMenu &menu, int column);
    void syncSortIndicator();
    bool handleTableKey(const QKeyEvent *key);
    void showRowMenu(const QPoint &pos);
    void applyQuickFilter();
    QString sourceText(int sourceRow, int column) const;
    int sourceRowOf(const QModelIndex &viewIndex) const; // the model's row of a table cell, or -1

    RecordListModel *m_model = nullptr;
    RecordViewProxy *m_viewProxy;
    QuickFilterProxy *m_filterProxy;
    VisibleColumnsProxy *m_columnsProxy;
    QTableView *m_table;
    ResultsColumns *m_columns;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_filterStatus = nullptr;
    QLabel *m_filterNote = nullptr;
    FilterChip *m_chip = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    QFrame *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_editProfileButton = nullptr;
    QString m_copyText;
    QProgressBar *m_busy = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QAction *m_copyCell = nullptr;
    QAction *m_copyTsv = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_serviceOrder = nullptr;
    QString m_tag;
};

} // namespace sendtrail
