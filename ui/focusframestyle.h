#pragma once

#include <QProxyStyle>

namespace sendtrail {

// Draws every focus frame (the Run button's, a table's current cell, check boxes, tool buttons)
// as a solid two-pixel ring in the highlight colour, over whatever style the desktop chose.
// Fusion draws a faint frame only after a Tab, and none on the default button or in a table.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)

public:
    explicit FocusFrameStyle(QStyle *base = nullptr); // null: the application's default style

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // Push buttons too: Fusion only tints their outline, which is hard to tell from the default button's.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    void drawRing(const QStyleOption *option, const QRect &rect, QPainter *painter) const;
};

} // namespace sendtrail
