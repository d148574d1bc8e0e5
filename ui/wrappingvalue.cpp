#include "wrappingvalue.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QtMath>

namespace sendtrail {

WrappingValue::WrappingValue(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(1);
    viewport()->setAutoFillBackground(false); // looks like the label it replaces
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &WrappingValue::fitHeight);
    fitHeight();
}

void WrappingValue::setValue(const QString &text)
{
    setPlainText(text);
    fitHeight();
}

int WrappingValue::fittingHeight() const
{
    const QMargins margins = contentsMargins();
    return qCeil(document()->size().height()) + margins.top() + margins.bottom();
}

QSize WrappingValue::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 24, fittingHeight()};
}

// Narrow on purpose: the value wraps rather than widening the dock.
QSize WrappingValue::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fittingHeight()};
}

void WrappingValue::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void WrappingValue::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = fittingHeight();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace sendtrail
