#pragma once

#include "sandboxaction.h"
#include "sandboxdataset.h"
#include "sandboxinvalidlist.h"

#include <memory>
#include <vector>

namespace sendtrail {

// Every API the sandbox answers, by Action name; anything else is InvalidAction.NotFound. The
// invalid-address list lives here, one per server, shared by the two actions that read and change it.
class SandboxActions final
{
public:
    explicit SandboxActions(const SandboxDataset *dataset);
    ~SandboxActions();

    SandboxAction *find(const QString &action) const; // nullptr if the sandbox does not serve it

private:
    SandboxInvalidList m_invalidList; // before m_actions: they point into it, so it outlives them
    std::vector<std::unique_ptr<SandboxAction>> m_actions;
};

} // namespace sendtrail
