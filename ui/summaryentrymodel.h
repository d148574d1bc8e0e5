#pragma once

#include "insight/summaryfilter.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace sendtrail {

// One list of the Summary panel: a status, classification, SMTP reply, domain, sender or time
// bucket per row, with its count and share of the total, and the filter that shows its rows.
// Updating with the same keys in the same order only changes the numbers (selection stays).
class SummaryEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryEntryModel)

public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ShareColumn,
        ColumnCount,
    };
    struct Entry
    {
        QString name;
        qint64 count = 0;
        SummaryFilter filter;
        QIcon icon;
    };

    explicit SummaryEntryModel(const QString &nameTitle, QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries, qint64 total);
    const QList<Entry> &entries() const { return m_entries; }
    // The row of the entry with this filter, -1 when none.
    int rowOf(const SummaryFilter &filter) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString shareText(qint64 count) const;

    QString m_nameTitle;
    QList<Entry> m_entries;
    qint64 m_total = 0;
};

} // namespace sendtrail
