#pragma once

#include "sandboxaction.h"

namespace sendtrail {

// QueryTagByParam: the catalog's tags, those the records carry and some defined but unused.
// KeyWord (at most 50 characters) is a case-insensitive substring of TagName; PageNo and
// PageSize page the list (defaults 1 and 10, at most 100 a page).
class SandboxTagAction final : public SandboxAction
{
public:
    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;
};

} // namespace sendtrail
