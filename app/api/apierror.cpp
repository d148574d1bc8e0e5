#include "apierror.h"

#include <QCoreApplication>

namespace sendtrail {

namespace {

// ApiError is a plain struct (no Q_OBJECT); this gives lupdate and the runtime the same context.
struct ApiErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ApiError)
};

} // namespace

ApiError ApiError::notConnected()
{
    ApiError error;
    error.kind = Kind::Validation;
    error.message = ApiErrorTr::tr("No connection to the service is set up.");
    return error;
}

QString ApiError::userText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Service:
        text = code.isEmpty() ? ApiErrorTr::tr("The service refused the request (HTTP %1): %2.")
                                    .arg(httpStatus)
                                    .arg(message.isEmpty() ? ApiErrorTr::tr("no message") : message)
                              : ApiErrorTr::tr("The service refused the request: %1 (%2).")
                                    .arg(message.isEmpty() ? ApiErrorTr::tr("no message") : message, code);
        break;
    case Kind::Network:
        text = ApiErrorTr::tr("Could not reach the service: %1. Check your network connection and try again.")
                   .arg(message);
        break;
    case Kind::Timeout:
        text = ApiErrorTr::tr("The service did not answer in time. Try again, or narrow the time range.");
        break;
    case Kind::Cancelled:
        return ApiErrorTr::tr("Cancelled.");
    case Kind::Malformed:
        text =
            ApiErrorTr::tr(
                "The service sent a reply Sendtrail cannot read (%1). Try again; if it persists, check the "
                "endpoint.")
                .arg(message);
        break;
    case Kind::TooLarge:
        text = ApiErrorTr::tr(
            "The service sent a reply larger than allowed; it was discarded. Try a smaller page size.");
        break;
    case Kind::Redirect:
        text = ApiErrorTr::tr(
            "The endpoint answered with a redirect, which Sendtrail does not follow. Check the "
            "endpoint address.");
        break;
    case Kind::Tls:
        text = ApiErrorTr::tr(
                   "The secure connection could not be verified (%1). Check the endpoint and the system's "
                   "certificates.")
                   .arg(message);
        break;
    case Kind::Validation:
        return message;
    case Kind::Paging:
        text = ApiErrorTr::tr(
            "The service repeated a page marker, so paging was stopped to avoid an endless loop.");
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + ApiErrorTr::tr("RequestId: %1").arg(requestId);
    if (!recommend.isEmpty())
        text += u' ' + ApiErrorTr::tr("Diagnosis: %1").arg(recommend);
    return text;
}

} // namespace sendtrail
