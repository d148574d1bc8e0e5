#include "erroradvice.h"

#include "permissionadvice.h"

#include <QCoreApplication>

namespace sendtrail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ErrorAdvice)
};

using Cause = ApiError::ServiceCause;
using Kind = ApiError::Kind;

} // namespace

ErrorAdvice::Remedy ErrorAdvice::remedyFor(const ApiError &error)
{
    switch (error.serviceCause()) {
    case Cause::WrongSecret:
    case Cause::UnknownKey:
    case Cause::DisabledKey:
    case Cause::BadToken:
        return Remedy::EditProfile;
    case Cause::Permission:
        return Remedy::CopyPolicy;
    case Cause::ClockSkew: // once the clock is corrected, the same request succeeds
    case Cause::Throttled:
    case Cause::Unavailable:
    case Cause::ServerFault:
        return Remedy::Retry;
    case Cause::Other:
        break;
    }
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return Remedy::Retry;
    case Kind::Tls: // trust comes from the profile's extra CA certificates, not from trying again
        return Remedy::EditProfile;
    case Kind::Service:
        // Unknown service codes: 5xx are the service's trouble, 4xx the request's.
        return error.httpStatus >= 500 ? Remedy::Retry : Remedy::None;
    case Kind::None:
    case Kind::Cancelled:
    case Kind::TooLarge:
    case Kind::Redirect:
    case Kind::Validation:
    case Kind::Paging:
        break;
    }
    return Remedy::None;
}

ErrorAdvice ErrorAdvice::forError(const ApiError &error)
{
    ErrorAdvice advice;
    advice.remedy = remedyFor(error);
    advice.text = PermissionAdvice::describe(error);
    if (const auto permission = PermissionAdvice::forError(error))
        advice.copyText = permission->policyJson;
    return advice;
}

QString ErrorAdvice::retryNotice(const ApiError &error, int retry, int maxRetries, int delayMs)
{
    const int seconds = qMax(1, (delayMs + 999) / 1000);
    QString what;
    switch (error.serviceCause()) {
    case Cause::Throttled:
        what = Tr::tr("Waiting for the service's rate limit");
        break;
    case Cause::Unavailable:
        what = Tr::tr("The service is temporarily unavailable");
        break;
    case Cause::ClockSkew:
        what = Tr::tr("Correcting for this computer's clock");
        break;
    default:
        what = error.kind == Kind::Timeout   ? Tr::tr("The service did not answer in time")
               : error.kind == Kind::Network ? Tr::tr("The connection failed")
                                             : Tr::tr("The service could not answer");
        break;
    }
    //: %1 is the reason, e.g. "Waiting for the service's rate limit"; %2 of %3 count the retries after the
    //: first attempt.
    return Tr::tr("%1: retry %2 of %3 in %n s", nullptr, seconds).arg(what).arg(retry).arg(maxRetries);
}

} // namespace sendtrail
