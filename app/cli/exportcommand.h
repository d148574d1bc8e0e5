#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli export ...` (arguments after the command word). Runs its own event loop.
int runExportCommand(const QStringList &args);

} // namespace sendtrail
