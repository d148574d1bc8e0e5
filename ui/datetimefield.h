#pragma once

#include <QDateTimeEdit>

namespace sendtrail {

// A date-time field that is one Tab stop, as the HIGs expect of a single value: Tab and Shift+Tab
// leave it (QDateTimeEdit would walk its year, month, day, hour and minute sections first), Left and
// Right move between the sections, Up and Down or typing change them.
class DateTimeField final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeField)

public:
    explicit DateTimeField(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
};

} // namespace sendtrail
