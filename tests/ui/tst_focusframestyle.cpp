#include "focusframestyle.h"

#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOptionFocusRect>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

int pixelsOf(const QImage &image, QColor color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == color;
    }
    return count;
}

} // namespace

class TestFocusFrameStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusFrame_isASolidHighlightRingInsideTheRect();
    void defaultButtonWithFocus_showsTheRing();
    void tableCurrentCell_showsTheRingWhenTheTableHasFocus();
    void otherPrimitives_areTheBaseStyles();
};

void TestFocusFrameStyle::focusFrame_isASolidHighlightRingInsideTheRect()
{
    FocusFrameStyle style(QStyleFactory::create(u"Fusion"_s));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionFocusRect option;
    option.rect = image.rect();
    option.palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPainter painter(&image);
    style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
    painter.end();
    const QColor ring(0x30, 0x8c, 0xc6);
    // Two pixels wide on every side, no dashes: the whole border, two deep.
    QCOMPARE(pixelsOf(image, ring), 40 * 20 - 36 * 16);
    QCOMPARE(image.pixelColor(0, 0), ring);
    QCOMPARE(image.pixelColor(1, 10), ring);
    QCOMPARE(image.pixelColor(2, 10), QColor(Qt::white));
}

void TestFocusFrameStyle::defaultButtonWithFocus_showsTheRing()
{
    FocusFrameStyle style(QStyleFactory::create(u"Fusion"_s));
    QWidget window;
    auto *button = new QPushButton(u"&Run"_s, &window);
    button->setStyle(&style);
    button->setDefault(true);
    button->resize(100, 32);
    QPalette palette = button->palette();
    palette.setColor(QPalette::Highlight, QColor(0xff, 0x00, 0xff));
    button->setPalette(palette);
    auto *other = new QPushButton(u"&Cancel"_s, &window); // takes the focus first
    other->move(0, 40);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    other->setFocus(Qt::TabFocusReason);
    const QImage unfocused = button->grab().toImage();
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    const QImage focused = button->grab().toImage();
    const QColor ring(0xff, 0x00, 0xff);
    // Fusion tints a default button's outline with the highlight too; the ring adds a whole frame.
    const int added = pixelsOf(focused, ring) - pixelsOf(unfocused, ring);
    QVERIFY2(added > 2 * (button->width() + button->height()), qPrintable(QString::number(added)));
}

void TestFocusFrameStyle::tableCurrentCell_showsTheRingWhenTheTableHasFocus()
{
    FocusFrameStyle style(QStyleFactory::create(u"Fusion"_s));
    QTableWidget table(3, 3);
    table.setStyle(&style);
    table.resize(320, 160);
    QPalette palette = table.palette();
    palette.setColor(QPalette::Highlight, QColor(0xff, 0x00, 0xff));
    table.setPalette(palette);
    table.setSelectionMode(QAbstractItemView::NoSelection); // the ring alone, no selected fill
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.setCurrentCell(1, 1);
    table.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table.hasFocus());
    const QRect cell = table.visualRect(table.model()->index(1, 1));
    const QImage image = table.viewport()->grab(cell).toImage();
    QVERIFY2(pixelsOf(image, QColor(0xff, 0x00, 0xff)) >= 2 * (cell.width() + cell.height()),
             qPrintable(QString::number(pixelsOf(image, QColor(0xff, 0x00, 0xff)))));
}

void TestFocusFrameStyle::otherPrimitives_areTheBaseStyles()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    FocusFrameStyle style(QStyleFactory::create(u"Fusion"_s));
    QImage ours(30, 30, QImage::Format_RGB32), theirs(30, 30, QImage::Format_RGB32);
    ours.fill(Qt::white);
    theirs.fill(Qt::white);
    QStyleOption option;
    option.rect = ours.rect();
    option.state = QStyle::State_Enabled | QStyle::State_On;
    QPainter a(&ours), b(&theirs);
    style.drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &a);
    fusion->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &b);
    a.end();
    b.end();
    QCOMPARE(ours, theirs);
    delete fusion;
}

QTEST_MAIN(TestFocusFrameStyle)
#include "tst_focusframestyle.moc"
