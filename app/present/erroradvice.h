#pragma once

#include "api/apierror.h"

#include <QString>

namespace sendtrail {

// What a window offers beside a failed call's message: the one action that can help. A wrong
// secret is not helped by Retry, a RAM denial is helped by handing the policy to an administrator.
struct ErrorAdvice
{
    enum class Remedy
    {
        None,        // nothing Sendtrail can do (cancelled, a refused query the form explains)
        Retry,       // transient: the same request may well succeed later
        EditProfile, // the AccessKey, its secret or token must change
        CopyPolicy,  // an administrator must grant the RAM action in copyText
    };

    Remedy remedy = Remedy::None;
    QString text;     // PermissionAdvice::describe(): the message and, for a denial, the policy
    QString copyText; // the RAM policy for CopyPolicy, else empty

    static ErrorAdvice forError(const ApiError &error);
    static Remedy remedyFor(const ApiError &error);
    // While a call waits to try again: "Waiting for the service's rate limit: retry 2 of 3 in 3 s".
    static QString retryNotice(const ApiError &error, int retry, int maxRetries, int delayMs);
};

} // namespace sendtrail
