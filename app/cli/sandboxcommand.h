#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli sandbox [options]`; args are the words after "sandbox". Needs a running-to-be
// QCoreApplication: prints the shell-evaluable endpoint and key lines on stdout, then serves
// until SIGINT/SIGTERM. Returns 0 after a signal, 1 if it cannot listen, 2 on a usage error.
int runSandboxCommand(const QStringList &args);

} // namespace sendtrail
