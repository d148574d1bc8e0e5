#pragma once

#include "sandboxaction.h"

namespace sendtrail {

// ConfigSetList: the catalog's configuration sets, the records' first, then one unused.
// PageIndex and PageSize are required; Keyword is a case-insensitive substring of Name, All=true
// sends every match on one page. FromAddresses lists the senders bound to the set; CurrentPage
// and PageSize are numbers in this reply (strings in DedicatedIpPoolList's).
class SandboxConfigSetAction final : public SandboxAction
{
public:
    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;
};

} // namespace sendtrail
