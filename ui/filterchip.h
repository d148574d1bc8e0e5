#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sendtrail {

// "Showing only: Domain: qq.com ✕": says what narrows a view, and takes it away again.
class FilterChip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChip)

public:
    explicit FilterChip(QWidget *parent = nullptr);

    void setDescription(const QString &description);
    QString text() const;

Q_SIGNALS:
    void clearRequested();

private:
    QLabel *m_label;
    QToolButton *m_clear;
};

} // namespace sendtrail
