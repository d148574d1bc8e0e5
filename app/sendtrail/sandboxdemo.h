#pragma once

#include "connection/demobackend.h"
#include "sandbox/sandboxoptions.h"

#include <memory>

namespace sendtrail {

class SandboxServer;

// Demo mode served by the embedded Direct Mail sandbox on 127.0.0.1 (a free port).
class SandboxDemo final : public DemoBackend
{
public:
    // recordCount 0: the sandbox's default data set.
    explicit SandboxDemo(int recordCount = 0, const SandboxOptions &options = {});
    ~SandboxDemo() override;

    std::optional<DemoService> start() override;
    SandboxServer *server() const { return m_server.get(); } // null until start()

private:
    int m_recordCount;
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace sendtrail
