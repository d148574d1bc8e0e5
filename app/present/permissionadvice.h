#pragma once

#include "api/apierror.h"

#include <QString>
#include <optional>

namespace sendtrail {

// For a call the account's RAM policy denied: the RAM action it needs and the smallest policy
// that grants it, to hand to an administrator. Every Direct Mail API is authorised as
// "dm:<Action>" (the API reference's RAM table), on all resources.
struct PermissionAdvice
{
    QString ramAction;   // "dm:SenderStatisticsDetailByParam"
    QString policyJson;  // a complete RAM policy document, indented
    QString explanation; // what happened and what to do, in words

    // nullopt when the error is not a permission denial.
    static std::optional<PermissionAdvice> forError(const ApiError &error);
    static bool isPermissionDenied(const ApiError &error);
    static QString policyFor(const QStringList &ramActions);
    // error.userText(), and for a permission denial the advice and the policy after it: what
    // every window and command shows for a failed call.
    static QString describe(const ApiError &error);
};

} // namespace sendtrail
