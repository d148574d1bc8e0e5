#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli summary ...` (arguments after the command word). Runs its own event loop.
int runSummaryCommand(const QStringList &args);

} // namespace sendtrail
