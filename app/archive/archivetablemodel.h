#pragma once

#include "archivelocation.h"
#include "archivetypes.h"
#include "records/recordlistmodel.h"

#include <QTimeZone>
#include <memory>
#include <optional>

namespace sendtrail {

class ArchiveReader;

// The archive's answer to a filter as a table: rows arrive in keyset pages from ArchiveReader
// (a worker thread; canFetchMore/fetchMore, never OFFSET) and a header click is a new query in
// that order over the whole selection, not a sort of the loaded rows. Every answer carries its
// request's number; answers to an older query or order are dropped.
class ArchiveTableModel final : public RecordListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveTableModel)

public:
    explicit ArchiveTableModel(QObject *parent = nullptr);
    ~ArchiveTableModel() override;

    // A new archive: any query is dropped (its late answers with the old reader, which is retired
    // without a wait: ArchiveReader::retire).
    void setLocation(const ArchiveLocation &location);
    std::optional<ArchiveLocation> location() const { return m_location; }
    // Drops the rows, asks for the count and the first page in the current order.
    void setFilter(const ArchiveFilter &filter);
    std::optional<ArchiveFilter> filter() const { return m_filter; }
    void clear();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setDisplayTimeZone(const QTimeZone &zone);

    bool isLoading() const { return m_pageRequest != 0; }
    bool isFinished() const { return m_filter && !m_next && m_pageRequest == 0 && m_started; }
    qint64 totalCount() const { return m_total; } // -1 until counted
    QString lastError() const { return m_error; }
    ArchiveSort archiveSort() const { return m_sort; }
    // Filled in as pages come back; the same table reading ArchiveReader a page at a time.
    const ArchivedRecord &recordAt(int row) const { return m_rows.at(row); }

    std::optional<RecordSortKey> sortKey() const override;
    void clearSort() override; // newest first again
    bool hasMoreRows() const override { return m_filter && (m_next || !m_started); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void counted(qint64 total);
    void fetchFailed(const QString &message);
    void finished();

private:
    void restart();
    void requestNextPage();
    void onPage(int request, const ArchivePage &page);
    void onCounted(int request, qint64 count);
    void onFailed(int request, const QString &message);
    QString cellText(const MailRecord &record, Column column) const;

    std::optional<ArchiveLocation> m_location;
    std::unique_ptr<ArchiveReader> m_reader;
    std::optional<ArchiveFilter> m_filter;
    ArchiveSort m_sort;
    bool m_sorted = false; // false: the default order (newest first), no arrow
    QList<ArchivedRecord> m_rows;
    std::optional<ArchiveCursor> m_next;
    bool m_started = false; // the first page of this query was asked for
    int m_pageRequest = 0;  // the page in flight, 0: none
    int m_countRequest = 0;
    qint64 m_total = -1;
    int m_pageSize = 200;
    QString m_error;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace sendtrail
