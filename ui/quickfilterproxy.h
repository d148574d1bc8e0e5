#pragma once

#include "flatproxymodel.h"
#include "insight/summaryfilter.h"
#include "records/mailrecord.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <optional>
#include <vector>

namespace sendtrail {

// Narrows the rows already loaded: text in any column, an optional status and an optional summary
// entry (the rows a count in the Summary panel was made of), all combined. It never asks
// for more pages while a filter is set, or a filter matching nothing would page through the
// whole query (the view keeps fetching while the viewport is not full).
//
// Rows keep the source's order. Without a filter it is an identity: a source layout change (a
// sort of a million rows) then costs only its persistent indexes, where a QSortFilterProxyModel
// would map every row again on the UI thread.
class QuickFilterProxy final : public FlatProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFilterProxy)

public:
    explicit QuickFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<DeliveryStatus> status);
    void setSummaryFilter(const std::optional<SummaryFilter> &filter);
    const std::optional<SummaryFilter> &summaryFilter() const { return m_summary; }
    bool isFiltering() const;

    void setSourceModel(QAbstractItemModel *model) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool accepts(int sourceRow) const;
    bool summaryAccepts(const MailRecord &record) const;
    void refilter();
    void applyRows(std::vector<int> target);
    void connectSource(QAbstractItemModel *model);
    void onRowsAboutToBeInserted(int first, int last);
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QString m_text;
    std::optional<DeliveryStatus> m_status;
    std::optional<SummaryFilter> m_summary;
    // Message → matches: a reply filter parses each message once, not once per row and refilter.
    mutable QHash<QString, bool> m_replyMatches;

    bool m_active = false; // a filter is applied: m_rows holds the source rows shown
    std::vector<int> m_rows;
    QList<QPersistentModelIndex> m_layoutProxy;    // ours, during a source layout change
    QList<QPersistentModelIndex> m_layoutSource;   // where they were in the source
    QList<QPersistentModelIndex> m_layoutRows;     // the accepted source rows, while filtering
    std::optional<std::pair<int, int>> m_removing; // proxy rows of a source removal
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sendtrail
