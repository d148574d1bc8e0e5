#pragma once

#include <QLoggingCategory>

namespace sendtrail {

// "sendtrail.api": everything the API layer logs. Pass URLs and headers through redact.h first.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace sendtrail
