#include "logging.h"

namespace sendtrail {

// Debug output (request lines, already redacted) only when asked for:
// QT_LOGGING_RULES="sendtrail.api.debug=true".
Q_LOGGING_CATEGORY(lcApi, "sendtrail.api", QtInfoMsg)

} // namespace sendtrail
