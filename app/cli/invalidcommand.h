#pragma once

#include <QStringList>

namespace sendtrail {

// `sendtrail-cli invalid-addresses list|remove ...` (arguments after "invalid-addresses").
int runInvalidAddressesCommand(const QStringList &args);

} // namespace sendtrail
