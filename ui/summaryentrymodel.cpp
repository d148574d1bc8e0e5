#include "summaryentrymodel.h"

#include <QLocale>
#include <algorithm>

namespace sendtrail {

SummaryEntryModel::SummaryEntryModel(const QString &nameTitle, QObject *parent)
    : QAbstractTableModel(parent), m_nameTitle(nameTitle)
{}

void SummaryEntryModel::setEntries(const QList<Entry> &entries, qint64 total)
{
    const bool sameRows = entries.size() == m_entries.size() &&
                          std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                                     [](const Entry &a, const Entry &b) { return a.filter == b.filter; });
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        m_total = total;
        endResetModel();
        return;
    }
    m_entries = entries;
    m_total = total;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SummaryEntryModel::rowOf(const SummaryFilter &filter) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).filter == filter)
            return int(i);
    }
    return -1;
}

int SummaryEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SummaryEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SummaryEntryModel::shareText(qint64 count) const
{
    const QLocale locale;
    const double percent = m_total > 0 ? 100.0 * double(count) / double(m_total) : 0.0;
    return locale.toString(percent, 'f', 1) + locale.percent();
}

QVariant SummaryEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return entry.name.isEmpty() ? tr("(none)") : entry.name;
        if (index.column() == CountColumn)
            return QLocale().toString(entry.count);
        return shareText(entry.count);
    case Qt::DecorationRole:
        return index.column() == NameColumn && !entry.icon.isNull() ? QVariant(entry.icon) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2 rows (%3). Click to show only these rows in the table.")
            .arg(entry.name, QLocale().toString(entry.count), shareText(entry.count));
    default:
        return {};
    }
}

QVariant SummaryEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return m_nameTitle;
    case CountColumn:
        return tr("Rows");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace sendtrail
