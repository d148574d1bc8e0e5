#pragma once

#include "sandboxerror.h"
#include "sandboxoptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <variant>

namespace sendtrail {

using SandboxParams = QList<QPair<QString, QString>>; // operation parameters, decoded

// What an action sees of one call that already passed the gateway's checks.
struct SandboxActionCall
{
    const SandboxParams &params;
    const SandboxOptions &options;
    QDateTime now; // the server's clock, UTC, clockOffsetSeconds applied
    QString requestId;
    bool xml = false;
};

// One API of the look-alike. The server authenticates, injects faults and rate-limits before it
// looks an action up, so every API goes through the same gate and only validates its own params.
class SandboxAction
{
public:
    virtual ~SandboxAction() = default;
    virtual QString name() const = 0;
    // The complete 200 body, or the error to answer instead.
    virtual std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) = 0;
};

} // namespace sendtrail
