#include "focusframestyle.h"

#include <QPainter>
#include <QStyleOption>

namespace sendtrail {

FocusFrameStyle::FocusFrameStyle(QStyle *base) : QProxyStyle(base) {}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element != PE_FrameFocusRect || !option)
        return QProxyStyle::drawPrimitive(element, option, painter, widget);
    drawRing(option, option->rect, painter);
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && option && (option->state & State_HasFocus))
        drawRing(option, subElementRect(SE_PushButtonFocusRect, option, widget), painter);
}

void FocusFrameStyle::drawRing(const QStyleOption *option, const QRect &rect, QPainter *painter) const
{
    constexpr int kWidth = 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen straddles the path: inset by half its width so the ring stays inside the rect.
    painter->drawRect(QRectF(rect).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
    painter->restore();
}

} // namespace sendtrail
