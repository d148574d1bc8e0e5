#pragma once

#include "export/exportcolumn.h"
#include "export/timeformatter.h"
#include "records/mailrecord.h"

#include <QStringView>
#include <array>

namespace sendtrail {

struct ExportTimeZone;

// Turns one field of a record into display text without allocating: text fields are views
// into the record, times and numbers are rendered into internal buffers.
class CellRenderer final
{
public:
    explicit CellRenderer(const ExportTimeZone &zone);

    // Valid until the next call and while `record` lives.
    QStringView cell(const MailRecord &record, ExportColumn column);

    // "Delivered", "Invalid address", "Spam", "Failed", "Unknown" (translated).
    static QString statusText(DeliveryStatus status);

private:
    QStringView number(qint64 value);

    TimeFormatter m_time;
    std::array<QString, 5> m_statusWords;
    char16_t m_number[24] = {};
};

} // namespace sendtrail
