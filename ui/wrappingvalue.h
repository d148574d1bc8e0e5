#pragma once

#include <QTextEdit>

namespace sendtrail {

// A read-only value of the detail pane: wraps anywhere when it has to (addresses, IDs and
// classification names have no spaces), grows to show every line, and can be selected with the
// mouse or the keyboard. A QLabel cannot break inside a word, so long values were clipped.
class WrappingValue final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingValue)

public:
    explicit WrappingValue(QWidget *parent = nullptr);

    void setValue(const QString &text);
    QString value() const { return toPlainText(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int fittingHeight() const;
    void fitHeight();
};

} // namespace sendtrail
