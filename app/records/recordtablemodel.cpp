#include "recordtablemodel.h"

#include "records/pager.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// Cells longer than this get their full text as a tooltip.
constexpr qsizetype kToolTipThreshold = 40;

bool isLongTextColumn(Column column)
{
    return column == Column::ToAddress || column == Column::Subject || column == Column::Message ||
           column == Column::ErrorClassification || column == Column::AccountName;
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent) : RecordListModel(parent)
{
    setDisplayTimeZone(QTimeZone::systemTimeZone());
}

RecordTableModel::~RecordTableModel()
{
    dropPager();
}

void RecordTableModel::dropPager()
{
    if (!m_pager)
        return;
    Pager *pager = m_pager.data();
    m_pager.clear();
    disconnect(pager, nullptr, this, nullptr);
    pager->cancel();
    // Later: we may be inside one of its signals.
    pager->deleteLater();
}

void RecordTableModel::setQuery(ApiClient *client, const MailQuery &query)
{
    beginResetModel();
    dropPager();
    const quint64 generation = ++m_generation;
    // A new store, not clear(): a sort on a worker may still be reading the old one.
    m_store = std::make_shared<RecordStore>();
    m_pageRequestIds.clear();
    ++m_sortTicket; // an order of the old rows is of no use
    m_sorted = m_requested;
    m_order.clear();
    m_lastPageMs = -1;
    m_halted = false;
    m_lastError = {};
    if (client) {
        m_pager = new Pager(client, query, this);
        // The generation check is belt and braces: the old pager is already disconnected.
        connect(m_pager, &Pager::pageLoaded, this, [this, generation](const ParsedPage &page) {
            if (generation == m_generation)
                onPageLoaded(page);
        });
        connect(m_pager, &Pager::fetchFailed, this, [this, generation](const ApiError &error) {
            if (generation == m_generation)
                onFetchFailed(error);
        });
        connect(m_pager, &Pager::attemptRetrying, this, &RecordTableModel::pageRetrying);
        connect(m_pager, &Pager::finished, this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        });
    }
    endResetModel();
    syncLoading();
}

void RecordTableModel::startQuery(ApiClient *client, const MailQuery &query)
{
    setQuery(client, query);
    fetchMore({});
}

void RecordTableModel::clear()
{
    setQuery(nullptr, {});
}

void RecordTableModel::retry()
{
    if (!m_halted)
        return;
    m_halted = false;
    m_lastError = {};
    fetchMore({});
}

void RecordTableModel::stop()
{
    if (!m_pager || m_pager->atEnd())
        return;
    if (m_pager->isInFlight())
        m_pager->cancel();
    m_halted = true; // also between pages: Load All or a scrolling view would ask for the next
    syncLoading();
}

bool RecordTableModel::isFinished() const
{
    return m_pager && m_pager->atEnd();
}

int RecordTableModel::pagesLoaded() const
{
    return m_pager ? m_pager->pagesLoaded() : 0;
}

QList<TimeWindow> RecordTableModel::windows() const
{
    return m_pager ? m_pager->windows() : QList<TimeWindow>();
}

std::optional<MailQuery> RecordTableModel::query() const
{
    return m_pager ? std::optional<MailQuery>(m_pager->query()) : std::nullopt;
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_pager || m_halted)
        return false;
    return !m_pager->isInFlight() && !m_pager->atEnd();
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // May fail synchronously (an invalid query); onFetchFailed() then halts fetching.
    m_pageTimer.start();
    m_pager->fetchNext();
    syncLoading();
}

void RecordTableModel::onPageLoaded(const ParsedPage &page)
{
    const auto rows = int(page.records.size());
    m_lastPageMs = m_pageTimer.isValid() ? m_pageTimer.elapsed() : -1;
    Q_EMIT pageParsed(page);
    if (rows > 0) {
        m_pageRequestIds.append({int(m_store->size()), page.requestId});
        appendPage(page);
    }
    syncLoading();
    Q_EMIT pageLoaded(rows, page.requestId);
}

QString RecordTableModel::requestIdForStoreRow(int row) const
{
    const auto after =
        std::upper_bound(m_pageRequestIds.cbegin(), m_pageRequestIds.cend(), row,
                         [](int r, const std::pair<int, QString> &page) { return r < page.first; });
    return after == m_pageRequestIds.cbegin() ? QString() : std::prev(after)->second;
}

void RecordTableModel::onFetchFailed(const ApiError &error)
{
    m_halted = true;
    m_lastError = error;
    syncLoading();
    Q_EMIT fetchFailed(error);
}

void RecordTableModel::syncLoading()
{
    const bool loading = m_pager && m_pager->isInFlight();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RecordTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_fixedOffset.reset();
    if (!m_zone.hasTransitions())
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    if (rowCount() > 0) {
        const int column = int(Column::Time);
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QString RecordTableModel::timeText(qint64 utcSeconds) const
{
    if (m_fixedOffset)
        return RecordColumns::formatTime(utcSeconds, *m_fixedOffset);
    return QDateTime::fromSecsSinceEpoch(utcSeconds, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_sorted ? int(m_order.size()) : int(m_store->size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kColumnCount)
        return {};
    const auto row = int(storeRow(index.row()));
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case SortRole:
        return sortData(row, column);
    case RecordRole:
        return QVariant::fromValue(m_store->record(row));
    case RawJsonRole:
        return m_store->rawObject(row);
    default:
        return {};
    }
}

QVariant RecordTableModel::displayData(int row, Column column) const
{
    if (column == Column::Time)
        return m_store->hasTime(row) ? timeText(m_store->utcSeconds(row)) : QString();
    return m_store->text(row, column);
}

QVariant RecordTableModel::toolTipData(int row, Column column) const
{
    if (column == Column::Time) {
        if (!m_store->hasTime(row))
            return {};
        return tr("%1 UTC").arg(RecordColumns::formatTime(m_store->utcSeconds(row), 0));
    }
    if (!isLongTextColumn(column))
        return {};
    const QString text = m_store->text(row, column);
    return text.size() > kToolTipThreshold ? QVariant(text) : QVariant();
}

QVariant RecordTableModel::sortData(int row, Column column) const
{
    if (column == Column::Time)
        return m_store->utcSeconds(row);
    if (column == Column::Status)
        return int(m_store->status(row));
    return m_store->text(row, column);
}

} // namespace sendtrail
