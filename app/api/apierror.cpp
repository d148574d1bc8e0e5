#include "apierror.h"

#include <QCoreApplication>

namespace sendtrail {

QString ApiError::userText() const
{
    auto tr = [](const char *s) {
        return QCoreApplication::translate("sendtrail::ApiError", s);
    };
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Service:
        text = code.isEmpty() ? tr("The service refused the request (HTTP %1): %2.")
                                    .arg(httpStatus)
                                    .arg(message.isEmpty() ? tr("no message") : message)
                              : tr("The service refused the request: %1 (%2).")
                                    .arg(message.isEmpty() ? tr("no message") : message, code);
        break;
    case Kind::Network:
        text =
            tr("Could not reach the service: %1. Check your network connection and try again.").arg(message);
        break;
    case Kind::Timeout:
        text = tr("The service did not answer in time. Try again, or narrow the time range.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Malformed:
        text = tr("The service sent a reply Sendtrail cannot read (%1). Try again; if it persists, check the "
                  "endpoint.")
                   .arg(message);
        break;
    case Kind::TooLarge:
        text = tr("The service sent a reply larger than allowed; it was discarded. Try a smaller page size.");
        break;
    case Kind::Redirect:
        text = tr("The endpoint answered with a redirect, which Sendtrail does not follow. Check the "
                  "endpoint address.");
        break;
    case Kind::Tls:
        text = tr("The secure connection could not be verified (%1). Check the endpoint and the system's "
                  "certificates.")
                   .arg(message);
        break;
    case Kind::Validation:
        return message;
    case Kind::Paging:
        text = tr("The service repeated a page marker, so paging was stopped to avoid an endless loop.");
        break;
    }
    if (!requestId.isEmpty())
        text += u' ' + tr("RequestId: %1").arg(requestId);
    if (!recommend.isEmpty())
        text += u' ' + tr("Diagnosis: %1").arg(recommend);
    return text;
}

} // namespace sendtrail
