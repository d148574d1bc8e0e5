#include "recordviewproxy.h"

#include "records/recordcolumns.h"
#include "records/recordtablemodel.h"
#include "statusicons.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

void RecordViewProxy::setTimeZoneLabel(const QString &label)
{
    m_zoneLabel = label;
    Q_EMIT headerDataChanged(Qt::Horizontal, int(Column::Time), int(Column::Time));
}

QVariant RecordViewProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == int(Column::Status)) {
        const QVariant code = QIdentityProxyModel::data(index, RecordTableModel::SortRole);
        return StatusIcons::icon(DeliveryStatus(code.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant RecordViewProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == int(Column::Time) && !m_zoneLabel.isEmpty()) {
        if (role == Qt::DisplayRole)
            return tr("Time, %1").arg(m_zoneLabel);
        if (role == Qt::ToolTipRole)
            return tr("When the status was last updated, shown in %1. Change it in View → Time zone.")
                .arg(m_zoneLabel);
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace sendtrail
