#include "quickfilterproxy.h"

#include <algorithm>

// How QuickFilterProxy follows its source: inserts, removals, layout changes, data and resets.
namespace sendtrail {

void QuickFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_active = false;
    m_rows.clear();
    if (model) {
        connectSource(model);
        if (isFiltering()) {
            m_active = true;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (accepts(row))
                    m_rows.push_back(row);
            }
        }
    }
    endResetModel();
}

void QuickFilterProxy::connectSource(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    const auto root = [](const QModelIndex &parent) {
        return !parent.isValid();
    };
    m_connections << connect(model, &M::rowsAboutToBeInserted, this,
                             [=, this](const QModelIndex &p, int first, int last) {
                                 if (root(p))
                                     onRowsAboutToBeInserted(first, last);
                             })
                  << connect(model, &M::rowsInserted, this,
                             [=, this](const QModelIndex &p, int first, int last) {
                                 if (root(p))
                                     onRowsInserted(first, last);
                             })
                  << connect(model, &M::rowsAboutToBeRemoved, this,
                             [=, this](const QModelIndex &p, int first, int last) {
                                 if (root(p))
                                     onRowsAboutToBeRemoved(first, last);
                             })
                  << connect(model, &M::rowsRemoved, this,
                             [=, this](const QModelIndex &p, int first, int last) {
                                 if (root(p))
                                     onRowsRemoved(first, last);
                             })
                  << connect(model, &M::layoutAboutToBeChanged, this,
                             &QuickFilterProxy::onLayoutAboutToBeChanged)
                  << connect(model, &M::layoutChanged, this, &QuickFilterProxy::onLayoutChanged)
                  << connect(model, &M::dataChanged, this, &QuickFilterProxy::onDataChanged)
                  << connect(model, &M::headerDataChanged, this, &QuickFilterProxy::headerDataChanged)
                  << connect(model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); })
                  << connect(model, &M::modelReset, this, [this] {
                         m_rows.clear();
                         m_active = isFiltering();
                         for (int row = 0; m_active && row < sourceModel()->rowCount(); ++row) {
                             if (accepts(row))
                                 m_rows.push_back(row);
                         }
                         endResetModel();
                     });
}

void QuickFilterProxy::onRowsAboutToBeInserted(int first, int last)
{
    if (!m_active)
        beginInsertRows({}, first, last);
}

void QuickFilterProxy::onRowsInserted(int first, int last)
{
    if (!m_active)
        return endInsertRows();
    const int count = last - first + 1;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    for (auto it = at; it != m_rows.end(); ++it)
        *it += count;
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;
    const auto position = int(at - m_rows.begin());
    beginInsertRows({}, position, position + int(accepted.size()) - 1);
    m_rows.insert(m_rows.begin() + position, accepted.begin(), accepted.end());
    endInsertRows();
}

void QuickFilterProxy::onRowsAboutToBeRemoved(int first, int last)
{
    if (!m_active)
        return beginRemoveRows({}, first, last);
    const auto lo = int(std::lower_bound(m_rows.begin(), m_rows.end(), first) - m_rows.begin());
    const auto hi = int(std::upper_bound(m_rows.begin(), m_rows.end(), last) - m_rows.begin());
    m_removing.reset();
    if (lo < hi) {
        m_removing = {lo, hi - 1};
        beginRemoveRows({}, lo, hi - 1);
    }
}

void QuickFilterProxy::onRowsRemoved(int first, int last)
{
    if (!m_active)
        return endRemoveRows();
    const int count = last - first + 1;
    if (m_removing)
        m_rows.erase(m_rows.begin() + m_removing->first, m_rows.begin() + m_removing->second + 1);
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
    if (std::exchange(m_removing, std::nullopt))
        endRemoveRows();
}

// Only our persistent indexes (the selection, the current cell) and, while filtering, the rows
// shown are followed: nothing is done per source row.
void QuickFilterProxy::onLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxy.clear();
    m_layoutSource.clear();
    m_layoutRows.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        m_layoutProxy << index;
        m_layoutSource << mapToSource(index);
    }
    if (m_active) {
        m_layoutRows.reserve(qsizetype(m_rows.size()));
        for (int row : m_rows)
            m_layoutRows << QPersistentModelIndex(sourceModel()->index(row, 0));
    }
}

void QuickFilterProxy::onLayoutChanged()
{
    if (m_active) {
        m_rows.clear();
        for (const QPersistentModelIndex &index : std::as_const(m_layoutRows)) {
            if (index.isValid())
                m_rows.push_back(index.row());
        }
        std::sort(m_rows.begin(), m_rows.end());
    }
    QModelIndexList from;
    QModelIndexList to;
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i) {
        from << m_layoutProxy.at(i);
        to << mapFromSource(m_layoutSource.at(i));
    }
    changePersistentIndexList(from, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    m_layoutRows.clear();
    Q_EMIT layoutChanged();
}

void QuickFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!m_active)
        return Q_EMIT dataChanged(createIndex(topLeft.row(), topLeft.column()),
                                  createIndex(bottomRight.row(), bottomRight.column()), roles);
    const auto lo = int(std::lower_bound(m_rows.begin(), m_rows.end(), topLeft.row()) - m_rows.begin());
    const auto hi = int(std::upper_bound(m_rows.begin(), m_rows.end(), bottomRight.row()) - m_rows.begin());
    if (lo < hi)
        Q_EMIT dataChanged(index(lo, topLeft.column()), index(hi - 1, bottomRight.column()), roles);
    if (!m_text.isEmpty()) // a cell's new text (another time zone) may match differently
        refilter();
}

} // namespace sendtrail
