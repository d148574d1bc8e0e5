#pragma once

#include "records/mailrecord.h"

#include <QIcon>
#include <QString>

namespace sendtrail {

// One icon shape per delivery status (tick, @ struck out, warning triangle, cross), so the
// status never depends on colour alone; always shown next to the status word.
class StatusIcons final
{
public:
    static QIcon icon(DeliveryStatus status);
    static QString text(DeliveryStatus status);
    static QIcon appIcon();
};

} // namespace sendtrail
