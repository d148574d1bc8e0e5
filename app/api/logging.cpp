#include "logging.h"

namespace sendtrail {

Q_LOGGING_CATEGORY(lcApi, "sendtrail.api")

} // namespace sendtrail
