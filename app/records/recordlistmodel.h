#pragma once

#include "records/recordcolumns.h"
#include "records/recordsorter.h"

#include <QAbstractTableModel>
#include <optional>

namespace sendtrail {

// What a results view needs of a table of sending records, wherever they come from: the
// service, paged into memory (RecordTableModel), or the archive, paged out of SQL
// (ArchiveTableModel). Both have the columns of Column and answer the same roles.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // Time: qint64 UTC seconds; Status: int code; else the text
        RecordRole,                  // MailRecord of the row
        RawJsonRole,                 // QJsonObject in the service's key names
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    // The order asked for; nullopt: the source's own (the service's, or newest first).
    virtual std::optional<RecordSortKey> sortKey() const = 0;
    virtual void clearSort() = 0;
    // A query is set and rows remain that fetchMore() would load.
    virtual bool hasMoreRows() const = 0;

    // The columns of Column and their titles, the same for every source.
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : kColumnCount;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return QAbstractTableModel::flags(index) |
               (index.isValid() ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
            return QAbstractTableModel::headerData(section, orientation, role);
        return role == Qt::DisplayRole ? QVariant(RecordColumns::title(Column(section))) : QVariant();
    }

Q_SIGNALS:
    void sortStateChanged();
};

} // namespace sendtrail
