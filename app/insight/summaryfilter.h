#pragma once

#include "summary.h"

#include <optional>

namespace sendtrail {

// "Only these rows": what a click on a summary entry or chart bucket narrows the table to. One
// criterion at a time, matched exactly as the summary counted it, so the rows shown are the
// rows the count was made of.
struct SummaryFilter
{
    enum class Kind
    {
        Status,
        Dimension, // dimension + key
        TimeRange, // [startUtc, endUtc)
    };
    Kind kind = Kind::Status;
    DeliveryStatus status = DeliveryStatus::Delivered;
    Summary::Dimension dimension = Summary::Dimension::Classification;
    QString key;
    qint64 startUtc = 0;
    qint64 endUtc = 0;

    static SummaryFilter byStatus(DeliveryStatus status);
    static SummaryFilter byKey(Summary::Dimension dimension, const QString &key);
    static SummaryFilter byTime(qint64 startUtc, qint64 endUtc);

    bool matches(const MailRecord &record) const;
    // "Status: Spam", "Domain: qq.com", "2026-11-03 14:00 – 15:00 (UTC+08:00)"-style, for a chip.
    QString description(const QTimeZone &zone) const;

    friend bool operator==(const SummaryFilter &, const SummaryFilter &) = default;
};

} // namespace sendtrail
