#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli tags|senders|ip-pools|config-sets ...`: every item of the catalogue, all pages
// followed. `command` is the command word.
int runListCommand(const QString &command, const QStringList &args);
// `sendtrail-cli stats ...`: the service's own daily totals.
int runStatsCommand(const QStringList &args);

} // namespace sendtrail
