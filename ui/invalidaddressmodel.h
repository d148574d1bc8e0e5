#pragma once

#include "lists/invalidaddresses.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sendtrail {

// The Invalid Addresses window's rows: address, on the list since (in the app's display zone) and
// LastUpdateTime exactly as the service sent it. Rows are appended page by page and leave once
// removed; CSV and JSONL are the files Export writes.
class InvalidAddressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidAddressModel)

public:
    enum Column
    {
        Address,
        Since,
        LastUpdateTime,
        ColumnCount
    };

    explicit InvalidAddressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTimeZone(const QTimeZone &zone, const QString &label);
    void clear();
    void append(const QList<InvalidAddress> &items);
    // Removes the rows of these addresses (exact match); returns how many left.
    int removeAddresses(const QStringList &addresses);
    const QList<InvalidAddress> &items() const { return m_items; }
    QStringList addresses() const;

    // address,since_utc,last_update_time, as sendtrail-cli invalid-addresses list --format csv.
    QByteArray toCsv() const;
    // One object per line, exactly as the service sent it.
    QByteArray toJsonl() const;

private:
    QList<InvalidAddress> m_items;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_zoneLabel;
};

} // namespace sendtrail
