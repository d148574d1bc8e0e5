#include "flatproxymodel.h"

namespace sendtrail {

QModelIndex FlatProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FlatProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlatProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool FlatProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

} // namespace sendtrail
