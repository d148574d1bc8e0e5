#include "quickfilterproxy.h"

#include "records/recordcolumns.h"
#include "records/recordtablemodel.h"

#include <algorithm>
#include <numeric>

namespace sendtrail {

QuickFilterProxy::QuickFilterProxy(QObject *parent) : FlatProxyModel(parent) {}

void QuickFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void QuickFilterProxy::setStatus(std::optional<DeliveryStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void QuickFilterProxy::setSummaryFilter(const std::optional<SummaryFilter> &filter)
{
    if (filter == m_summary)
        return;
    m_summary = filter;
    m_replyMatches.clear();
    refilter();
}

bool QuickFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_status.has_value() || m_summary.has_value();
}

bool QuickFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !isFiltering() && QAbstractProxyModel::canFetchMore(parent);
}

void QuickFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (!isFiltering())
        QAbstractProxyModel::fetchMore(parent);
}

bool QuickFilterProxy::summaryAccepts(const MailRecord &record) const
{
    if (m_summary->kind != SummaryFilter::Kind::Dimension ||
        m_summary->dimension != Summary::Dimension::SmtpReply)
        return m_summary->matches(record);
    auto it = m_replyMatches.constFind(record.message);
    if (it == m_replyMatches.cend())
        it = m_replyMatches.insert(record.message, m_summary->matches(record));
    return *it;
}

bool QuickFilterProxy::accepts(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_summary) {
        const QModelIndex row = model->index(sourceRow, 0);
        if (!summaryAccepts(model->data(row, RecordTableModel::RecordRole).value<MailRecord>()))
            return false;
    }
    if (m_status) {
        const QModelIndex statusIndex = model->index(sourceRow, int(Column::Status));
        if (DeliveryStatus(model->data(statusIndex, RecordTableModel::SortRole).toInt()) != *m_status)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const int columns = model->columnCount();
    for (int c = 0; c < columns; ++c) {
        const QString cell = model->data(model->index(sourceRow, c)).toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void QuickFilterProxy::refilter()
{
    if (!sourceModel())
        return;
    const bool active = isFiltering();
    std::vector<int> rows;
    const int count = sourceModel()->rowCount();
    if (active) {
        for (int row = 0; row < count; ++row) {
            if (accepts(row))
                rows.push_back(row);
        }
    } else {
        rows.resize(size_t(count));
        std::iota(rows.begin(), rows.end(), 0);
    }
    applyRows(std::move(rows));
    if (!active) { // m_rows is now every row: back to the identity
        m_active = false;
        m_rows.clear();
    }
}

// From the rows shown to `target` (sorted source rows) in runs of removals, then insertions, so a
// selection on rows that stay is kept.
void QuickFilterProxy::applyRows(std::vector<int> target)
{
    if (!m_active) {
        m_rows.resize(size_t(sourceModel()->rowCount()));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        m_active = true;
    }
    const auto inTarget = [&target](int row) {
        return std::binary_search(target.begin(), target.end(), row);
    };
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (inTarget(m_rows[size_t(i)])) {
            --i;
            continue;
        }
        int j = i;
        while (j > 0 && !inTarget(m_rows[size_t(j - 1)]))
            --j;
        beginRemoveRows({}, j, i);
        m_rows.erase(m_rows.begin() + j, m_rows.begin() + i + 1);
        endRemoveRows();
        i = j - 1;
    }
    size_t at = 0; // m_rows is a subset of target now
    for (size_t t = 0; t < target.size();) {
        if (at < m_rows.size() && m_rows[at] == target[t]) {
            ++at;
            ++t;
            continue;
        }
        size_t u = t;
        while (u < target.size() && !(at < m_rows.size() && m_rows[at] == target[u]))
            ++u;
        beginInsertRows({}, int(at), int(at + (u - t) - 1));
        m_rows.insert(m_rows.begin() + qsizetype(at), target.begin() + qsizetype(t),
                      target.begin() + qsizetype(u));
        endInsertRows();
        at += u - t;
        t = u;
    }
}

int QuickFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return m_active ? int(m_rows.size()) : sourceModel()->rowCount();
}

int QuickFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex QuickFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= rowCount())
        return {};
    const int row = m_active ? m_rows[size_t(proxyIndex.row())] : proxyIndex.row();
    return sourceModel()->index(row, proxyIndex.column());
}

QModelIndex QuickFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    if (!m_active)
        return createIndex(sourceIndex.row(), sourceIndex.column());
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return {};
    return createIndex(int(it - m_rows.begin()), sourceIndex.column());
}

QVariant QuickFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        section = m_active ? m_rows[size_t(section)] : section;
    }
    return sourceModel()->headerData(section, orientation, role);
}

} // namespace sendtrail
