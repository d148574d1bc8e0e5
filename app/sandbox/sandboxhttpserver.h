#pragma once

#include "sandboxrequest.h"

#include <QAbstractHttpServer>
#include <functional>

class QTcpSocket;

namespace sendtrail {

// Thin adapter over QAbstractHttpServer: hands every request, with its socket, to one callback.
// Owning the socket is what lets the sandbox delay answers and reset connections.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SandboxHttpRequest &, QTcpSocket *)>;
    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace sendtrail
