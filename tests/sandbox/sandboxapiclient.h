#pragma once

// A real ApiClient aimed at a SandboxServer with the demo key and tiny backoff delays, so
// injected faults stay fast. Shared by the tests that run queries end to end.

#include "api/apiclient.h"
#include "api/clock.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>

namespace sendtrail::test {

inline ClientConfig sandboxClientConfig(const SandboxServer &server)
{
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.key.id = sandboxDemoAccessKey().id;
    config.key.secret = sandboxDemoAccessKey().secret;
    config.maxAttempts = 8;
    config.baseDelayMs = 1;
    config.throttleBaseDelayMs = 2;
    config.maxDelayMs = 20;
    return config;
}

struct SandboxApiClient
{
    explicit SandboxApiClient(const SandboxServer &server) { client.setConfig(sandboxClientConfig(server)); }

    QNetworkAccessManager nam;
    SystemClock clock;
    UuidNonceSource nonces;
    ApiClient client{&nam, &clock, &nonces};
};

} // namespace sendtrail::test
