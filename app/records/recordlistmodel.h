#pragma once

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

Q_SIGNALS:
    void sortStateChanged();
};

} // namespace sendtrail
