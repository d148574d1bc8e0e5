#include "archivetablemodel.h"

#include "archivereader.h"
#include "export/exportsource.h"
#include "records/pageparser.h"
#include "records/recordcolumns.h"
#include "records/recordstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sendtrail {

ArchiveTableModel::ArchiveTableModel(QObject *parent) : RecordListModel(parent) {}

ArchiveTableModel::~ArchiveTableModel() = default;

void ArchiveTableModel::setLocation(const ArchiveLocation &location)
{
    clear();
    m_location = location;
    ArchiveReader::retire(std::exchange(m_reader, std::make_unique<ArchiveReader>(location)));
    connect(m_reader.get(), &ArchiveReader::pageLoaded, this, &ArchiveTableModel::onPage);
    connect(m_reader.get(), &ArchiveReader::counted, this, &ArchiveTableModel::onCounted);
    connect(m_reader.get(), &ArchiveReader::failed, this, &ArchiveTableModel::onFailed);
}

void ArchiveTableModel::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    m_total = -1;
    m_countRequest = m_reader ? m_reader->requestCount(filter) : 0;
    restart();
}

void ArchiveTableModel::clear()
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_filter.reset();
    m_rows.clear();
    m_next.reset();
    m_started = false;
    m_pageRequest = 0;
    m_countRequest = 0;
    m_total = -1;
    m_error.clear();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

// The same filter in another order: the rows so far are of the old order, so they go, and
// the first page of the new one is asked for (the count stays: it does not depend on order).
void ArchiveTableModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_started = false;
    m_pageRequest = 0;
    m_error.clear();
    endResetModel();
    requestNextPage();
}

void ArchiveTableModel::requestNextPage()
{
    if (!m_reader || !m_filter || m_pageRequest != 0 || (m_started && !m_next))
        return;
    const bool wasLoading = isLoading();
    m_pageRequest = m_reader->requestPage(*m_filter, m_sort, m_next, m_pageSize);
    m_started = true;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ArchiveTableModel::onPage(int request, const ArchivePage &page)
{
    if (request != m_pageRequest)
        return; // an older query or order
    m_pageRequest = 0;
    m_next = page.next; // before the rows: a view may ask for more while they are inserted
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(int(page.rows.size()));
    if (!m_next)
        Q_EMIT finished();
}

void ArchiveTableModel::onCounted(int request, qint64 count)
{
    if (request != m_countRequest)
        return;
    m_countRequest = 0;
    m_total = count;
    Q_EMIT counted(count);
}

void ArchiveTableModel::onFailed(int request, const QString &message)
{
    if (request == m_countRequest) {
        m_countRequest = 0;
        return; // the page request fails the same way and says so
    }
    if (request != m_pageRequest)
        return;
    m_pageRequest = 0;
    m_next.reset(); // stops fetchMore until the next query
    m_error = message;
    Q_EMIT loadingChanged(false);
    Q_EMIT fetchFailed(message);
}

void ArchiveTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::Time)), index(rowCount() - 1, int(Column::Time)),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<RecordSortKey> ArchiveTableModel::sortKey() const
{
    if (!m_sorted)
        return std::nullopt;
    return RecordSortKey{m_sort.column, m_sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder};
}

void ArchiveTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount)
        return;
    m_sort = {Column(column), order == Qt::DescendingOrder};
    m_sorted = true;
    Q_EMIT sortStateChanged();
    if (m_filter)
        restart();
}

void ArchiveTableModel::clearSort()
{
    m_sort = {};
    m_sorted = false;
    Q_EMIT sortStateChanged();
    if (m_filter)
        restart();
}

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ArchiveTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pageRequest == 0 && m_filter && m_started && m_next.has_value();
}

void ArchiveTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestNextPage();
}

QString ArchiveTableModel::cellText(const MailRecord &record, Column column) const
{
    if (column == Column::Time)
        return QDateTime::fromSecsSinceEpoch(record.utcSeconds, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (column == Column::Status)
        return RecordColumns::statusText(record.status);
    const std::optional<Field> field = RecordStore::fieldOf(column);
    return field ? fieldText(record, *field) : QString();
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kColumnCount)
        return {};
    const MailRecord &record = m_rows.at(index.row()).record;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(record, column);
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return tr("%1 UTC").arg(RecordColumns::formatTime(record.utcSeconds, 0));
        return {};
    case SortRole:
        if (column == Column::Time)
            return record.utcSeconds;
        if (column == Column::Status)
            return int(record.status);
        return cellText(record, column);
    case RecordRole:
        return QVariant::fromValue(record);
    case RawJsonRole:
        return mailRecordToJson(record);
    default:
        return {};
    }
}

} // namespace sendtrail
