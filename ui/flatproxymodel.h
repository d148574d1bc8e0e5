#pragma once

#include <QAbstractProxyModel>

namespace sendtrail {

// A proxy over a flat table: no item has children, and an index is its row and column alone
// (createIndex without a pointer). The results table's proxies that remap rows or columns share
// this; each still says how many rows and columns it has and how they map.
class FlatProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlatProxyModel)

public:
    using QAbstractProxyModel::QAbstractProxyModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
};

} // namespace sendtrail
