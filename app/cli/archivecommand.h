#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli archive sync|status|forget|prune ...` (arguments after the word `archive`).
int runArchiveCommand(const QStringList &args);
QString archiveHelpText();

} // namespace sendtrail
