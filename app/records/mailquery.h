#pragma once

#include "api/apitypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sendtrail {

// What the user asked for. Times are instants; they are rendered in the service's zone
// (UTC+8 unless the profile says otherwise) only when parameters are built.
struct MailQuery
{
    QDateTime start;
    QDateTime end;
    QString toAddress;
    QString accountName;
    QString tagName;
    std::optional<int> status;
    QString ipPoolId;
    QString configSetId;
    int pageSize = 100;
    int serviceUtcOffsetSeconds = 8 * 3600;
};

struct FieldError
{
    QString field;   // "start", "end", "filter", "status", "pageSize"
    QString message; // a sentence a person understands
};

} // namespace sendtrail
