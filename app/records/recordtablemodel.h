#pragma once

#include "api/apierror.h"
#include "records/mailquery.h"
#include "records/pageparser.h"
#include "records/recordcolumns.h"
#include "records/recordstore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>
#include <optional>

namespace sendtrail {

class ApiClient;
class Pager;

// The sending records of one query, loaded page by page as the view scrolls (fetchMore).
// At most one page is in flight; a failed page stops automatic fetching until retry(), so a
// scrolling view cannot hammer a failing endpoint. Rows are never re-sorted here: sort in a
// proxy with SortRole, or better, narrow the query.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // Time: qint64 UTC seconds; Status: int code; else the text
        RecordRole,                  // MailRecord of the row
        RawJsonRole,                 // QJsonObject exactly as the service sent it
    };
    Q_ENUM(Role)

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
    // Abandons the page in flight; fetching stays off until retry().
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
    const RecordStore &store() const { return m_store; }
    std::optional<MailQuery> query() const;
    // The RequestId of the page that brought this row of the store: what a support ticket quotes.
    QString requestIdForStoreRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, const QString &requestId);
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

    RecordStore m_store;
    QList<std::pair<int, QString>> m_pageRequestIds; // (first store row of the page, its RequestId)
    QPointer<Pager> m_pager;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_halted = false;
    ApiError m_lastError;
    QTimeZone m_zone;
    std::optional<int> m_fixedOffset; // set when the zone never changes offset: fast path
};

} // namespace sendtrail
