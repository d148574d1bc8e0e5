#pragma once

#include "sandboxaction.h"

namespace sendtrail {

// DedicatedIpPoolList: the catalog's IP pools, the records' pools first, then one unused.
// Keyword is a case-insensitive substring of Name, PoolId picks one pool by Id (an unknown one
// matches nothing), PageIndex/PageSize page (defaults 1 and 10), All=true sends every match on
// one page. CurrentPage and PageSize are strings in this reply, TotalCounts a number.
class SandboxIpPoolAction final : public SandboxAction
{
public:
    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;
};

} // namespace sendtrail
