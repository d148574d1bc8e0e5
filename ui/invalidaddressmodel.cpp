#include "invalidaddressmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// RFC 4180 quoting, and a leading = + - @ made inert so a spreadsheet never runs it as a formula.
QByteArray csvCell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && u"=+-@"_s.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

} // namespace

InvalidAddressModel::InvalidAddressModel(QObject *parent) : QAbstractTableModel(parent) {}

int InvalidAddressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InvalidAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvalidAddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvalidAddress &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Address:
            return item.address;
        case Since:
            return item.utcSeconds > 0 ? QDateTime::fromSecsSinceEpoch(item.utcSeconds, m_zone)
                                             .toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                       : QString();
        case LastUpdateTime:
            return item.lastUpdateTime;
        }
    }
    if (role == Qt::UserRole)
        return item.address;
    return {};
}

QVariant InvalidAddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address");
    case Since:
        return m_zoneLabel.isEmpty() ? tr("On the list since") : tr("On the list since, %1").arg(m_zoneLabel);
    case LastUpdateTime:
        return tr("LastUpdateTime as sent");
    }
    return {};
}

void InvalidAddressModel::setTimeZone(const QTimeZone &zone, const QString &label)
{
    m_zone = zone;
    m_zoneLabel = label;
    Q_EMIT headerDataChanged(Qt::Horizontal, Since, Since);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Since), index(rowCount() - 1, Since));
}

void InvalidAddressModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void InvalidAddressModel::append(const QList<InvalidAddress> &items)
{
    if (items.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(items.size()) - 1);
    m_items.append(items);
    endInsertRows();
}

int InvalidAddressModel::removeAddresses(const QStringList &addresses)
{
    const QSet<QString> gone(addresses.cbegin(), addresses.cend());
    int removed = 0;
    // From the bottom, one contiguous run at a time, so views keep their other rows' selection.
    for (int row = rowCount() - 1; row >= 0;) {
        if (!gone.contains(m_items.at(row).address)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_items.at(first - 1).address))
            --first;
        beginRemoveRows({}, first, row);
        m_items.remove(first, row - first + 1);
        endRemoveRows();
        removed += row - first + 1;
        row = first - 1;
    }
    return removed;
}

QStringList InvalidAddressModel::addresses() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const InvalidAddress &item : m_items)
        out.append(item.address);
    return out;
}

QByteArray InvalidAddressModel::toCsv() const
{
    QByteArray out = "address,since_utc,last_update_time\r\n";
    for (const InvalidAddress &item : m_items) {
        const QString since =
            QDateTime::fromSecsSinceEpoch(item.utcSeconds, QTimeZone::utc()).toString(Qt::ISODate);
        out += csvCell(item.address) + ',' + csvCell(since) + ',' + csvCell(item.lastUpdateTime) + "\r\n";
    }
    return out;
}

QByteArray InvalidAddressModel::toJsonl() const
{
    QByteArray out;
    for (const InvalidAddress &item : m_items)
        out += QJsonDocument(item.raw).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace sendtrail
