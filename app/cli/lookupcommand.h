#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli lookup ...` (arguments after the command word). Runs its own event loop.
int runLookupCommand(const QStringList &args);

} // namespace sendtrail
