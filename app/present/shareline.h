#pragma once

#include "records/mailquery.h"
#include "records/mailrecord.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace sendtrail {

// One record as a line for a support ticket, and back:
//   Sendtrail: 2026-11-30 02:00:05 UTC · to alice@example.com · "Spring sale" · Delivered · RequestId 5D2C…
// Its labels stay English in every language so that a line pasted from a colleague's ticket opens
// anywhere; the time is UTC so that it means the same in every zone.
struct ShareLine
{
    QDateTime time; // UTC, whole seconds
    QString toAddress;
    QString subject;
    QString status;    // words, for the reader; not needed to open the record
    QString requestId; // of the page that returned it; may be empty

    static QString format(const MailRecord &record, const QString &requestId);
    // Accepts a line as format() writes it, and also one a ticket system has mangled, as long as it
    // still holds an ISO time and an address.
    static std::optional<ShareLine> parse(const QString &text);
    // The narrowest query that returns the record: its recipient, the minutes around its time.
    MailQuery query() const;
    // Whether `record` is the one the line describes.
    bool matches(const MailRecord &record) const;
};

} // namespace sendtrail
