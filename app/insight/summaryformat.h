#pragma once

#include "summary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sendtrail {

// The ways a Summary leaves the program. Keys and layouts here are an interface (scripts read
// them), so they change only with a note in the README.
class SummaryFormat final
{
public:
    // {"total": N, "status": {"delivered": n, "invalid": n, "spam": n, "failed": n},
    //  "classification": {...}, "domain": {...}, "day": {"yyyy-MM-dd": n}}: the four status keys
    // always, every other key only with a count.
    static QJsonObject toJson(const Summary &summary);
    // For people: totals with percentages, then the top `limit` of each dimension.
    static QString toText(const Summary &summary, int limit = 10);
    // One table, "section,key,count,percent", every key of every dimension and day (RFC 4180).
    static QByteArray toCsv(const Summary &summary);

    // "delivered", "invalid", "spam", "failed", "unknown"
    static QString statusKey(DeliveryStatus status);
};

} // namespace sendtrail
