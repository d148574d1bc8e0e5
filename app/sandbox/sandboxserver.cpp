#include "sandboxserver.h"

#include "sandboxactions.h"
#include "sandboxauthenticator.h"
#include "sandboxhttpserver.h"
#include "sandboxrender.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct Reply
{
    int status = 200;
    QByteArray bytes; // the complete HTTP response
    QString errorCode;
    bool reset = false;
    bool close = false;
};

// A real reset: SO_LINGER 0 makes close() send RST instead of FIN, and nothing is written.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    socket->abort();
}

void deliver(QTcpSocket *socket, const Reply &reply)
{
    if (reply.reset) {
        resetConnection(socket);
        return;
    }
    socket->write(reply.bytes);
    if (reply.close)
        socket->disconnectFromHost();
}

} // namespace

struct SandboxServer::Private
{
    explicit Private(const SandboxDataset &data) : dataset(data), actions(&dataset) { clock.start(); }

    Reply answer(const SandboxHttpRequest &request, int call);
    std::optional<SandboxError> admit();
    Reply respond(int status, const QByteArray &body, bool xml, const QString &requestId,
                  const QDateTime &now, qint64 retryAfterMs = -1) const;
    Reply fail(const SandboxError &error, bool xml, const QString &requestId, const QDateTime &now) const;

    SandboxDataset dataset;
    SandboxOptions options;
    SandboxAuthenticator authenticator;
    SandboxActions actions;
    QElapsedTimer clock;
    QQueue<qint64> admitted; // monotonic ms of calls let through the rate limiter
    int calls = 0;
    quint16 port = 0;
    bool tls = false;
    bool holding = false;
    QList<std::pair<QPointer<QTcpSocket>, Reply>> held; // in arrival order
    std::unique_ptr<SandboxHttpServer> http;            // last: destroyed first, before what it calls into
};

Reply SandboxServer::Private::answer(const SandboxHttpRequest &request, int call)
{
    const SandboxOptions &o = options;
    if (o.resetEvery > 0 && call % o.resetEvery == 0)
        return Reply{0, {}, u"reset"_s, true, false};
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(o.clockOffsetSeconds);
    const QString requestId = sandboxrender::newRequestId();
    if (request.path != "/" || (request.method != "GET" && request.method != "POST"))
        return fail(sandboxerrors::invalidAction(), false, requestId, now);
    // Authenticate first even when a fault is injected, so a valid nonce is spent either way:
    // a client that retries without re-signing then meets SignatureNonceUsed, as it would for real.
    const SandboxAuthResult auth = authenticator.authenticate(request, o.accessKeys, now);
    std::optional<SandboxError> error;
    SandboxAction *action = nullptr;
    if (o.unavailableEvery > 0 && call % o.unavailableEvery == 0)
        error = sandboxerrors::serviceUnavailable();
    else if (o.throttleEvery > 0 && call % o.throttleEvery == 0)
        error = sandboxerrors::throttled(o.injectedRetryAfterMs);
    else if (auth.error)
        error = auth.error;
    else if (auto limited = admit())
        error = limited;
    else if (!(action = actions.find(auth.call.action)))
        error = sandboxerrors::invalidAction();
    if (error)
        return fail(*error, auth.wantsXml, requestId, now);
    const auto result = action->answer({auth.call.params, o, now, requestId, auth.wantsXml});
    if (const auto *failure = std::get_if<SandboxError>(&result))
        return fail(*failure, auth.wantsXml, requestId, now);
    return respond(200, std::get<QByteArray>(result), auth.wantsXml, requestId, now);
}

std::optional<SandboxError> SandboxServer::Private::admit()
{
    if (options.rateLimitPerMinute <= 0)
        return std::nullopt;
    const qint64 now = clock.elapsed();
    while (!admitted.isEmpty() && admitted.head() <= now - 60000)
        admitted.dequeue();
    if (admitted.size() >= options.rateLimitPerMinute)
        return sandboxerrors::throttledByUser(admitted.head() + 60000 - now);
    admitted.enqueue(now);
    return std::nullopt;
}

Reply SandboxServer::Private::respond(int status, const QByteArray &body, bool xml, const QString &requestId,
                                      const QDateTime &now, qint64 retryAfterMs) const
{
    sandboxrender::HeaderList headers = {{"Date", sandboxrender::httpDate(now)},
                                         {"Content-Type", sandboxrender::contentType(xml)},
                                         {"x-acs-request-id", requestId.toLatin1()},
                                         {"Connection", "keep-alive"}};
    if (retryAfterMs >= 0)
        headers.append({"x-acs-retry-after", QByteArray::number(retryAfterMs)});
    return Reply{status, sandboxrender::httpResponse(status, headers, body), {}, false, false};
}

Reply SandboxServer::Private::fail(const SandboxError &error, bool xml, const QString &requestId,
                                   const QDateTime &now) const
{
    Reply reply = respond(error.httpStatus, sandboxrender::errorBody(error, requestId, xml), xml, requestId,
                          now, error.retryAfterMs);
    reply.errorCode = error.code;
    return reply;
}

SandboxServer::SandboxServer(QObject *parent) : SandboxServer(SandboxDataset(), parent) {}

SandboxServer::SandboxServer(const SandboxDataset &dataset, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(dataset))
{
    d->http =
        std::make_unique<SandboxHttpServer>([this](const SandboxHttpRequest &request, QTcpSocket *socket) {
            const int call = ++d->calls;
            Reply reply = d->answer(request, call);
            reply.close = request.header("connection").toLower() == "close";
            Q_EMIT requestHandled(call, reply.reset ? 0 : reply.status, reply.errorCode);
            if (d->holding) {
                d->held.append({QPointer<QTcpSocket>(socket), reply});
                return;
            }
            if (d->options.latencyMs <= 0) {
                deliver(socket, reply);
                return;
            }
            // Never block: the answer waits on a timer while other connections are served.
            QTimer::singleShot(d->options.latencyMs, this, [socket = QPointer<QTcpSocket>(socket), reply] {
                if (socket)
                    deliver(socket, reply);
            });
        });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    const quint16 bound = d->http->listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    d->port = bound;
    return true;
}

bool SandboxServer::listenTls(const QList<QSslCertificate> &chain, const QSslKey &key, quint16 port)
{
    if (chain.isEmpty() || key.isNull())
        return false;
    auto *server = new QSslServer(d->http.get());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return false;
    }
    d->http->bind(server);
    d->port = server->serverPort();
    d->tls = true;
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::endpoint() const
{
    return QUrl((d->tls ? u"https://127.0.0.1:%1/"_s : u"http://127.0.0.1:%1/"_s).arg(d->port));
}

void SandboxServer::setOptions(const SandboxOptions &options)
{
    if (options.rateLimitPerMinute != d->options.rateLimitPerMinute)
        d->admitted.clear();
    d->options = options;
}

SandboxOptions SandboxServer::options() const
{
    return d->options;
}

const SandboxDataset &SandboxServer::dataset() const
{
    return d->dataset;
}

SandboxDataset &SandboxServer::mutableDataset()
{
    return d->dataset;
}

int SandboxServer::callCount() const
{
    return d->calls;
}

void SandboxServer::holdReplies()
{
    d->holding = true;
}

void SandboxServer::releaseHeldReplies()
{
    d->holding = false;
    const auto held = std::exchange(d->held, {});
    for (const auto &[socket, reply] : held) {
        if (socket) // the client may have given up on it meanwhile
            deliver(socket, reply);
    }
}

int SandboxServer::heldReplies() const
{
    return int(d->held.size());
}

QString SandboxServer::demoAccessKeyId()
{
    return sandboxDemoAccessKey().id;
}

QByteArray SandboxServer::demoAccessKeySecret()
{
    return sandboxDemoAccessKey().secret;
}

} // namespace sendtrail
