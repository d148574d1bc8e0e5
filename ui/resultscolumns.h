#pragma once

#include "records/recordcolumns.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

class QMenu;
class QTableView;

namespace sendtrail {

class RecordViewProxy;
class VisibleColumnsProxy;

// The results table's columns as the user arranged them: which are shown (absent from the view's
// model otherwise, see VisibleColumnsProxy), their order and widths, the defaults, and the saved
// layout. A hidden column keeps its width for when it comes back.
class ResultsColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsColumns)

public:
    // `columns` is the table's model; `titles` gives the header texts of hidden columns too.
    ResultsColumns(QTableView *table, VisibleColumnsProxy *columns, const RecordViewProxy *titles);

    void setVisible(Column column, bool visible);
    bool isVisible(Column column) const;
    // The table's section for a column (-1: hidden), and the column of a section.
    int section(Column column) const;
    std::optional<Column> column(int section) const;
    // Shown columns in the order the user sees them.
    QList<Column> visibleInOrder() const;

    void reset();
    void fitTimeColumn();
    // A checkable action per column, for the header's menu.
    void addVisibilityActions(QMenu &menu);
    // Keys, widths and visibility in the order shown: a layout stays valid whatever is hidden.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

private:
    QString title(Column column) const;
    int defaultWidth(Column column) const;

    QTableView *m_table;
    VisibleColumnsProxy *m_columns;
    const RecordViewProxy *m_titles;
    QHash<int, int> m_hiddenWidths; // Column → width it had when hidden
};

} // namespace sendtrail
