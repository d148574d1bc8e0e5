#include "sandboxdemo.h"

#include "sandbox/sandboxdataset.h"
#include "sandbox/sandboxserver.h"

namespace sendtrail {

SandboxDemo::SandboxDemo(int recordCount, const SandboxOptions &options)
    : m_recordCount(recordCount), m_options(options)
{}

SandboxDemo::~SandboxDemo() = default;

std::optional<DemoService> SandboxDemo::start()
{
    if (!m_server) {
        auto server = m_recordCount > 0
                          ? std::make_unique<SandboxServer>(SandboxDataset(
                                SandboxDataset::kDefaultSeed, SandboxDataset::currentAnchor(), m_recordCount))
                          : std::make_unique<SandboxServer>();
        server->setOptions(m_options);
        if (!server->listen(0))
            return std::nullopt;
        m_server = std::move(server);
    }
    DemoService service;
    service.endpoint = m_server->endpoint();
    service.accessKeyId = SandboxServer::demoAccessKeyId();
    service.accessKeySecret = SandboxServer::demoAccessKeySecret();
    service.serviceUtcOffsetSeconds = m_server->options().serviceUtcOffsetSeconds;
    return service;
}

} // namespace sendtrail
