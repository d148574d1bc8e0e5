#pragma once

#include "sandboxaction.h"
#include "sandboxdataset.h"

#include <memory>
#include <vector>

namespace sendtrail {

// Every API the sandbox answers, by Action name; anything else is InvalidAction.NotFound.
class SandboxActions final
{
public:
    explicit SandboxActions(const SandboxDataset *dataset);
    ~SandboxActions();

    SandboxAction *find(const QString &action) const; // nullptr if the sandbox does not serve it

private:
    std::vector<std::unique_ptr<SandboxAction>> m_actions;
};

} // namespace sendtrail
