#pragma once

#include <QStringList>

namespace sendtrail {

// Dispatches `sendtrail-cli <command> ...` (arguments include the program name).
int runCli(const QStringList &arguments);

} // namespace sendtrail
