#include "sandboxactions.h"

#include "sandboxconfigsetaction.h"
#include "sandboxdeleteinvalidaction.h"
#include "sandboxdetailaction.h"
#include "sandboxippoolaction.h"
#include "sandboxmailaddressaction.h"
#include "sandboxqueryinvalidaction.h"
#include "sandboxstatsaction.h"
#include "sandboxtagaction.h"

namespace sendtrail {

SandboxActions::SandboxActions(const SandboxDataset *dataset) : m_invalidList(dataset)
{
    m_actions.push_back(std::make_unique<SandboxDetailAction>(dataset));
    m_actions.push_back(std::make_unique<SandboxStatsAction>(dataset));
    m_actions.push_back(std::make_unique<SandboxTagAction>());
    m_actions.push_back(std::make_unique<SandboxMailAddressAction>(dataset));
    m_actions.push_back(std::make_unique<SandboxIpPoolAction>());
    m_actions.push_back(std::make_unique<SandboxConfigSetAction>());
    m_actions.push_back(std::make_unique<SandboxQueryInvalidAction>(dataset, &m_invalidList));
    m_actions.push_back(std::make_unique<SandboxDeleteInvalidAction>(&m_invalidList));
}

SandboxActions::~SandboxActions() = default;

SandboxAction *SandboxActions::find(const QString &action) const
{
    for (const auto &candidate : m_actions) {
        if (candidate->name() == action)
            return candidate.get();
    }
    return nullptr;
}

} // namespace sendtrail
