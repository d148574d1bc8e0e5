#include "visiblecolumnsproxy.h"

#include <algorithm>

namespace sendtrail {

VisibleColumnsProxy::VisibleColumnsProxy(QObject *parent) : FlatProxyModel(parent) {}

void VisibleColumnsProxy::setColumnHidden(int sourceColumn, bool hidden)
{
    if (sourceColumn < 0 || isColumnHidden(sourceColumn) == hidden)
        return;
    const auto count = sourceModel() ? sourceModel()->columnCount() : 0;
    if (sourceColumn >= count) { // remembered for a source that has it
        if (hidden)
            m_hidden.append(sourceColumn);
        else
            m_hidden.removeAll(sourceColumn);
        return;
    }
    const auto at = std::lower_bound(m_columns.begin(), m_columns.end(), sourceColumn);
    const auto position = int(at - m_columns.begin());
    if (hidden) {
        beginRemoveColumns({}, position, position);
        m_hidden.append(sourceColumn);
        m_columns.erase(at);
        endRemoveColumns();
    } else {
        beginInsertColumns({}, position, position);
        m_hidden.removeAll(sourceColumn);
        m_columns.insert(at, sourceColumn);
        endInsertColumns();
    }
}

bool VisibleColumnsProxy::isColumnHidden(int sourceColumn) const
{
    return m_hidden.contains(sourceColumn);
}

int VisibleColumnsProxy::sourceColumn(int column) const
{
    return column >= 0 && column < int(m_columns.size()) ? m_columns[size_t(column)] : -1;
}

int VisibleColumnsProxy::proxyColumn(int sourceColumn) const
{
    const auto at = std::lower_bound(m_columns.begin(), m_columns.end(), sourceColumn);
    return at != m_columns.end() && *at == sourceColumn ? int(at - m_columns.begin()) : -1;
}

void VisibleColumnsProxy::rebuild()
{
    m_columns.clear();
    const int count = sourceModel() ? sourceModel()->columnCount() : 0;
    for (int c = 0; c < count; ++c) {
        if (!m_hidden.contains(c))
            m_columns.push_back(c);
    }
}

void VisibleColumnsProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectSource(model);
    rebuild();
    endResetModel();
}

void VisibleColumnsProxy::connectSource(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    // Rows are ours one for one: their signals pass through unchanged.
    m_connections
        << connect(model, &M::rowsAboutToBeInserted, this,
                   [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); })
        << connect(model, &M::rowsInserted, this, [this] { endInsertRows(); })
        << connect(model, &M::rowsAboutToBeRemoved, this,
                   [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); })
        << connect(model, &M::rowsRemoved, this, [this] { endRemoveRows(); })
        << connect(model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); })
        << connect(model, &M::modelReset, this,
                   [this] {
                       rebuild();
                       endResetModel();
                   })
        << connect(model, &M::layoutAboutToBeChanged, this, &VisibleColumnsProxy::onLayoutAboutToBeChanged)
        << connect(model, &M::layoutChanged, this, &VisibleColumnsProxy::onLayoutChanged)
        << connect(model, &M::dataChanged, this, &VisibleColumnsProxy::onDataChanged)
        << connect(model, &M::headerDataChanged, this,
                   [this](Qt::Orientation orientation, int first, int last) {
                       if (orientation == Qt::Vertical)
                           return Q_EMIT headerDataChanged(orientation, first, last);
                       if (!m_columns.empty())
                           Q_EMIT headerDataChanged(orientation, 0, int(m_columns.size()) - 1);
                   });
    // The record models never change their columns; should a source do so, start afresh.
    for (auto signal : {&M::columnsAboutToBeInserted, &M::columnsAboutToBeRemoved})
        m_connections << connect(model, signal, this, [this] { beginResetModel(); });
    for (auto signal : {&M::columnsInserted, &M::columnsRemoved})
        m_connections << connect(model, signal, this, [this] {
            rebuild();
            endResetModel();
        });
}

void VisibleColumnsProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    const auto lo = std::lower_bound(m_columns.begin(), m_columns.end(), topLeft.column());
    const auto hi = std::upper_bound(m_columns.begin(), m_columns.end(), bottomRight.column());
    if (lo < hi)
        Q_EMIT dataChanged(createIndex(topLeft.row(), int(lo - m_columns.begin())),
                           createIndex(bottomRight.row(), int(hi - m_columns.begin()) - 1), roles);
}

// Only our persistent indexes (the selection, the current cell) are followed: nothing per row.
void VisibleColumnsProxy::onLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        m_layoutProxy << index;
        m_layoutSource << mapToSource(index);
    }
}

void VisibleColumnsProxy::onLayoutChanged()
{
    QModelIndexList from;
    QModelIndexList to;
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i) {
        from << m_layoutProxy.at(i);
        to << mapFromSource(m_layoutSource.at(i));
    }
    changePersistentIndexList(from, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    Q_EMIT layoutChanged();
}

int VisibleColumnsProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

int VisibleColumnsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QModelIndex VisibleColumnsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), sourceColumn(proxyIndex.column()));
}

QModelIndex VisibleColumnsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    const int column = sourceIndex.isValid() ? proxyColumn(sourceIndex.column()) : -1;
    return column < 0 ? QModelIndex() : createIndex(sourceIndex.row(), column);
}

QVariant VisibleColumnsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        return sourceModel()->headerData(section, orientation, role);
    const int column = sourceColumn(section);
    return column < 0 ? QVariant() : sourceModel()->headerData(column, orientation, role);
}

bool VisibleColumnsProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && sourceModel() && sourceModel()->canFetchMore({});
}

void VisibleColumnsProxy::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && sourceModel())
        sourceModel()->fetchMore({});
}

} // namespace sendtrail
