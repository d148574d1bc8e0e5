#pragma once

#include "records/mailquery.h"

#include <QString>
#include <QStringList>

namespace sendtrail {

// What to say when a query finds nothing, and the value the user most likely meant: the same
// address in lower case (addresses are stored as they were sent, almost always in lower case), or
// a known tag that differs only in case (the service matches tags exactly).
struct EmptyResultHint
{
    enum class Field
    {
        None,
        Recipient,
        Sender,
        Tag,
    };

    QString text; // one or two sentences
    Field field = Field::None;
    QString suggestion;      // the value to try in place of the query's `field`; empty: none
    QString suggestionLabel; // "Search alice@example.com"

    // knownTags: the account's tags that match the query's tag case-insensitively (from the tag
    // list); empty while they are not known.
    static EmptyResultHint forQuery(const MailQuery &query, const QStringList &knownTags = {});
    // The query with the suggestion in place of the value that found nothing.
    MailQuery applyTo(MailQuery query) const;
};

} // namespace sendtrail
