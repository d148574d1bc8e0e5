#pragma once

#include "api/apierror.h"
#include "records/mailquery.h"
#include "records/pageparser.h"
#include "records/recordcolumns.h"
#include "records/recordlistmodel.h"
#include "records/recordsorter.h"
#include "records/recordstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimeZone>
#include <memory>
#include <optional>
#include <vector>

namespace sendtrail {

class ApiClient;
class Pager;

// The sending records of one query, loaded page by page as the view scrolls (fetchMore).
// At most one page is in flight; a failed page stops automatic fetching until retry(), so a
// scrolling view cannot hammer a failing endpoint.
//
// sort() orders the loaded rows by a column (see RecordSorter) and is the one seam a view
// uses, so another model may sort elsewhere (in SQL). Many rows are sorted on a worker thread
// over a RecordStore::Reader while the old order stays on screen; the new order then comes in
// one layout change that keeps persistent indexes (selection, current row). Pages that arrive
// while sorted are inserted at their sorted places. The sort lasts across queries until
// clearSort() returns to the service's order. Model rows are then not store rows: map with
// storeRow().
class RecordTableModel final : public RecordListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    // Roles (RecordListModel): RawJsonRole is the object exactly as the service sent it.

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    // Drops all rows and any request of the previous query, whose late replies are ignored.
    // Nothing is requested until fetchMore().
    void setQuery(ApiClient *client, const MailQuery &query);
    // setQuery(), then the first page through the same guard as fetchMore().
    void startQuery(ApiClient *client, const MailQuery &query);
    // Back to empty, no query.
    void clear();
    // After fetchFailed() or stop(): fetch again, starting with the page that was missing.
    void retry();
    // Abandons the page in flight, if any; fetching stays off until retry().
    void stop();

    // Zone the Time column is shown in: QTimeZone::systemTimeZone(), QTimeZone::utc() or a
    // fixed offset such as QTimeZone(8 * 3600) for the service's zone. Default: system.
    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }
    QString timeText(qint64 utcSeconds) const;

    bool isLoading() const { return m_loading; }
    bool isFinished() const;
    // Fetching is off until retry(): a page failed (hasFailed()) or stop() was called.
    bool isHalted() const { return m_halted; }
    bool hasFailed() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }
    quint64 generation() const { return m_generation; }
    int pagesLoaded() const;
    const RecordStore &store() const { return *m_store; }
    std::optional<MailQuery> query() const;
    // The RequestId of the page that brought this row of the store: what a support ticket quotes.
    QString requestIdForStoreRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Back to the order the service sent.
    void clearSort() override;
    // The order asked for (nullopt: the service's); isSorting() while it is being computed.
    std::optional<RecordSortKey> sortKey() const override { return m_requested; }
    bool hasMoreRows() const override { return query().has_value() && !isFinished(); }
    bool isSorting() const { return m_requested != m_sorted; }
    // From this many rows on, sort() computes on a worker thread.
    void setBackgroundSortThreshold(qsizetype rows) { m_backgroundSortRows = rows; }
    qsizetype storeRow(int row) const { return m_sorted ? qsizetype(m_order[size_t(row)]) : row; }
    // How long the last page took from request to reply (network and service), -1 before one.
    qint64 lastPageMilliseconds() const { return m_lastPageMs; }
    QList<TimeWindow> windows() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, const QString &requestId);
    void pageParsed(const sendtrail::ParsedPage &page); // before its rows are in, for progress
    void fetchFailed(const sendtrail::ApiError &error);
    // The page in flight failed and is tried again after delayMs (see Pager::attemptRetrying).
    void pageRetrying(const sendtrail::ApiError &error, int retry, int maxRetries, int delayMs);
    void finished();

private:
    void dropPager();
    void onPageLoaded(const ParsedPage &page);
    void onFetchFailed(const ApiError &error);
    void syncLoading();
    QVariant displayData(int row, Column column) const;
    QVariant toolTipData(int row, Column column) const;
    QVariant sortData(int row, Column column) const;
    void appendPage(const ParsedPage &page);
    void insertSorted(qsizetype first);
    void startBackgroundSort(RecordSortKey key);
    void finishSort(std::vector<quint32> rows, qsizetype sortedRows);
    void applyOrder(std::vector<quint32> order, std::optional<RecordSortKey> key);
    QModelIndexList movedIndexes(const QModelIndexList &from, const std::vector<qsizetype> &storeRows) const;

    std::shared_ptr<RecordStore> m_store = std::make_shared<RecordStore>();
    QList<std::pair<int, QString>> m_pageRequestIds; // (first store row of the page, its RequestId)
    std::optional<RecordSortKey> m_requested;
    std::optional<RecordSortKey> m_sorted; // m_order holds the rows in this order
    std::vector<quint32> m_order;          // model row → store row, while sorted
    quint64 m_sortTicket = 0;
    qsizetype m_backgroundSortRows = 20000;
    QElapsedTimer m_pageTimer;
    qint64 m_lastPageMs = -1;
    QPointer<Pager> m_pager;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_halted = false;
    ApiError m_lastError;
    QTimeZone m_zone;
    std::optional<int> m_fixedOffset; // set when the zone never changes offset: fast path
};

} // namespace sendtrail
