#pragma once

#include "lookup/addresslist.h"
#include "lookup/lookuprun.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sendtrail {

// A lookup's results as a table: one row per entry of the address list, in its order (invalid
// lines too, so the user sees what was skipped), one column per field of the CSV output.
// Widget-free, so the columns and texts are tested without a window; the window sorts it
// through a proxy (SortRole: numbers and instants, not their texts).
class LookupResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupResultModel)

public:
    enum Column
    {
        Address,
        Found,
        Count,
        Status,
        Time,
        Classification,
        Reply,
        Explanation,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LookupResultModel(QObject *parent = nullptr);

    // A new list: every address Pending.
    void setList(const AddressList &list);
    // results[i] belongs to the list's i-th address, as LookupRun has them.
    void setResults(const QList<LookupResult> &results);
    void updateResult(int index, const LookupResult &result);
    void setTimeZone(const QTimeZone &zone);

    const AddressList &list() const { return m_list; }
    const QList<LookupResult> &results() const { return m_results; }
    // The address of a row; empty for a line that is not one.
    QString addressAt(int row) const;
    const LookupResult *resultAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QVariant sortKey(int row, int column) const;

    AddressList m_list;
    QList<LookupResult> m_results;
    QList<int> m_resultOfRow; // entry row → index in m_results, -1 for an invalid line
    QList<int> m_rowOfResult;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace sendtrail
