#pragma once

#include "sandboxaction.h"
#include "sandboxinvalidlist.h"

namespace sendtrail {

// DeleteInvalidAddress: takes ToAddress (required) off the account's invalid-address list for
// the life of the server, so QueryInvalidAddress no longer lists it. An address not on the list
// (never invalid, or deleted already) is InvalidAddress.NotFound, HTTP 400 as the service's error
// table gives it (direct-mail-api.md §5; 404 is InvalidMailAddress.NotFound's). The gateway's
// signature checks and fault switches come first, so a refused or faulted call deletes nothing.
class SandboxDeleteInvalidAction final : public SandboxAction
{
public:
    explicit SandboxDeleteInvalidAction(SandboxInvalidList *list);

    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;

private:
    SandboxInvalidList *m_list;
};

} // namespace sendtrail
