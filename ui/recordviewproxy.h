#pragma once

#include <QIdentityProxyModel>

namespace sendtrail {

// What the core model leaves to the GUI: the status icon (shape, not only colour) and a Time
// header that names the zone the times are shown in.
class RecordViewProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordViewProxy)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setTimeZoneLabel(const QString &label);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_zoneLabel;
};

} // namespace sendtrail
