#pragma once

#include <QStyledItemDelegate>

namespace sendtrail {

// A cell whose text is cut short ("…") shows its full text as a tooltip; cells that fit show
// only the model's own tooltip, if any.
class ElidedToolTipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedToolTipDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // True when the text does not fit the cell's text area.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace sendtrail
