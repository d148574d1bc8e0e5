#pragma once

#include <QObject>
#include <functional>

namespace sendtrail {

// SIGINT and SIGTERM turned into a call of `handler` from the event loop (self-pipe trick: the
// signal handler only writes a byte, which is async-signal-safe). The first signal only; later
// ones are ignored. One process-wide registration; false when it cannot be set up.
bool onTerminationSignal(QObject *context, std::function<void()> handler);

} // namespace sendtrail
