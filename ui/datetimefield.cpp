#include "datetimefield.h"

#include <QKeyEvent>

namespace sendtrail {

DateTimeField::DateTimeField(QWidget *parent) : QDateTimeEdit(parent) {}

bool DateTimeField::event(QEvent *event)
{
    // QWidget::event offers Tab to focusNextPrevChild(), which QDateTimeEdit spends on its
    // sections; going to the widget's own implementation moves the focus on instead.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            // NOLINTNEXTLINE(bugprone-parent-virtual-call): skipping QDateTimeEdit's override is the point
            QWidget::focusNextPrevChild(forward);
            event->accept();
            return true;
        }
    }
    return QDateTimeEdit::event(event);
}

} // namespace sendtrail
