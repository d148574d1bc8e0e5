#pragma once

#include "flatproxymodel.h"

#include <QList>
#include <QPersistentModelIndex>
#include <vector>

namespace sendtrail {

// The results table's columns as the user chose them: hidden columns are not in this model at all,
// rather than hidden header sections. A QTableView reports its model's columns to assistive
// technology (Qt 6.4's QAccessibleTable counts hidden sections too), so a screen reader would
// otherwise walk cells nobody can see. Rows are the source's, one for one.
class VisibleColumnsProxy final : public FlatProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleColumnsProxy)

public:
    explicit VisibleColumnsProxy(QObject *parent = nullptr);

    void setColumnHidden(int sourceColumn, bool hidden);
    bool isColumnHidden(int sourceColumn) const;
    // The source column shown as `column`, and back (-1: hidden or out of range).
    int sourceColumn(int column) const;
    int proxyColumn(int sourceColumn) const;

    void setSourceModel(QAbstractItemModel *model) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void rebuild();
    void connectSource(QAbstractItemModel *model);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    QList<int> m_hidden;        // source columns, kept while the source changes
    std::vector<int> m_columns; // proxy column → source column, ascending
    QList<QPersistentModelIndex> m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sendtrail
