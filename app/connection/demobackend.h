#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace sendtrail {

// The sample service behind demo mode, as the window sees it: an endpoint and a key. The window
// never knows what serves it (the app passes the embedded sandbox), so the UI library does not
// link the sandbox.
struct DemoService
{
    QUrl endpoint;
    QString accessKeyId;
    QByteArray accessKeySecret;
    int serviceUtcOffsetSeconds = 8 * 3600;
};

class DemoBackend
{
public:
    virtual ~DemoBackend() = default;
    // Starts the service on first use; std::nullopt when it cannot.
    virtual std::optional<DemoService> start() = 0;
};

} // namespace sendtrail
