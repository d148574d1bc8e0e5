#include "quickfilterproxy.h"

#include "records/recordcolumns.h"
#include "records/recordtablemodel.h"

namespace sendtrail {

QuickFilterProxy::QuickFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void QuickFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void QuickFilterProxy::setStatus(std::optional<DeliveryStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void QuickFilterProxy::setSummaryFilter(const std::optional<SummaryFilter> &filter)
{
    if (filter == m_summary)
        return;
    m_summary = filter;
    m_replyMatches.clear();
    invalidateFilter();
}

bool QuickFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_status.has_value() || m_summary.has_value();
}

bool QuickFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return !isFiltering() && QSortFilterProxyModel::canFetchMore(parent);
}

void QuickFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (!isFiltering())
        QSortFilterProxyModel::fetchMore(parent);
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

bool QuickFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_summary) {
        const QModelIndex row = model->index(sourceRow, 0, sourceParent);
        if (!summaryAccepts(model->data(row, RecordTableModel::RecordRole).value<MailRecord>()))
            return false;
    }
    if (m_status) {
        const QModelIndex statusIndex = model->index(sourceRow, int(Column::Status), sourceParent);
        if (DeliveryStatus(model->data(statusIndex, RecordTableModel::SortRole).toInt()) != *m_status)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const int columns = model->columnCount(sourceParent);
    for (int c = 0; c < columns; ++c) {
        const QString cell = model->data(model->index(sourceRow, c, sourceParent)).toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sendtrail
