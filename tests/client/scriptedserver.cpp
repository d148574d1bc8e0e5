#include "scriptedserver.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

constexpr qint64 kEndlessChunk = 64 * 1024;
constexpr qint64 kEndlessSafetyLimit = 1024LL * 1024 * 1024; // stop even if the client never does

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

// Serves one accepted socket; keeps it alive across requests for plain replies.
class ScriptedConnection final : public QObject
{
public:
    ScriptedConnection(ScriptedServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &ScriptedConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_timer.stop();
            deleteLater();
        });
        connect(socket, &QTcpSocket::bytesWritten, this, &ScriptedConnection::pumpEndless);
        connect(&m_timer, &QTimer::timeout, this, &ScriptedConnection::dripNext);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (!m_busy && parseOne()) {
        }
    }

    bool parseOne()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        RecordedRequest request;
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append(
                    {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        const qint64 length = request.header("content-length").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return false;
        request.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        m_server->record(request);
        serve(m_server->takeReply());
        return true;
    }

    static QByteArray head(int status, const RawHeaders &headers, const QByteArray &lengthHeader)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += lengthHeader + "\r\n";
        return out;
    }

    void writeHead(int status, const RawHeaders &headers, const QByteArray &lengthHeader)
    {
        m_socket->write(head(status, headers, lengthHeader));
    }

    void serve(const ScriptedReply &reply)
    {
        using Mode = ScriptedReply::Mode;
        m_current = reply;
        m_sent = 0;
        const qint64 announced = reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size();
        const QByteArray fullLength = "content-length: " + QByteArray::number(announced) + "\r\n";
        switch (reply.mode) {
        case Mode::Respond:
            m_socket->write(head(reply.status, reply.headers, fullLength) + reply.body);
            return;
        case Mode::Stall:
            m_busy = true;
            return;
        case Mode::Drip:
            m_busy = true;
            writeHead(reply.status, reply.headers, fullLength);
            m_timer.start(std::max(1, reply.dripIntervalMs));
            return;
        case Mode::ResetMidBody:
        case Mode::ShortBody:
            m_busy = true;
            writeHead(reply.status, reply.headers, fullLength);
            m_socket->write(reply.body.left(reply.cutAfterBytes));
            m_socket->flush();
            // Let the partial body reach the client before the connection goes away.
            QTimer::singleShot(50, this,
                               [this, reset = reply.mode == Mode::ResetMidBody] { closeSocket(reset); });
            return;
        case Mode::Endless:
            m_busy = true;
            writeHead(reply.status, reply.headers,
                      reply.chunked ? QByteArray("transfer-encoding: chunked\r\n")
                      : reply.declaredLength >= 0
                          ? "content-length: " + QByteArray::number(reply.declaredLength) + "\r\n"
                          : QByteArray("connection: close\r\n"));
            pumpEndless();
            return;
        }
    }

    void closeSocket(bool reset)
    {
#ifdef Q_OS_UNIX
        if (reset) {
            // SO_LINGER 0 turns close() into an RST instead of a FIN.
            const linger hard{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            m_socket->abort();
            return;
        }
#else
        Q_UNUSED(reset);
#endif
        m_socket->disconnectFromHost();
    }

    void pumpEndless()
    {
        if (m_current.mode != ScriptedReply::Mode::Endless || !m_busy)
            return;
        if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesToWrite() > kEndlessChunk)
            return;
        if (m_sent >= kEndlessSafetyLimit) {
            m_socket->disconnectFromHost();
            return;
        }
        const QByteArray chunk(kEndlessChunk, 'x');
        if (m_current.chunked)
            m_socket->write(QByteArray::number(kEndlessChunk, 16) + "\r\n" + chunk + "\r\n");
        else
            m_socket->write(chunk);
        m_sent += kEndlessChunk;
        m_server->m_bodyBytesSent += kEndlessChunk;
    }

    void dripNext()
    {
        const QByteArray piece = m_current.body.mid(m_sent, m_current.dripChunkBytes);
        m_socket->write(piece);
        m_sent += piece.size();
        m_server->m_bodyBytesSent += piece.size();
        if (m_sent >= m_current.body.size()) {
            m_timer.stop();
            m_busy = false;
            onReadyRead();
        }
    }

    ScriptedServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QTimer m_timer;
    ScriptedReply m_current;
    qint64 m_sent = 0;
    bool m_busy = false; // stalled, dripping, closing or streaming: ignore further requests
};

QByteArray RecordedRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

QString RecordedRequest::queryValue(const QString &name) const
{
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))) == name)
            return QString::fromUtf8(
                QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    return {};
}

ScriptedReply &ScriptedReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedReply &ScriptedReply::withDeclaredLength(qint64 length)
{
    declaredLength = length;
    return *this;
}

ScriptedReply ScriptedReply::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({"content-type", contentType});
    return reply;
}

ScriptedReply ScriptedReply::json(int status, const QJsonObject &body)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json;charset=utf-8");
}

ScriptedReply ScriptedReply::success(const QString &requestId, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"RequestId"_s, requestId);
    return json(200, body);
}

ScriptedReply ScriptedReply::serviceError(int status, const QString &code, const QString &message,
                                          const QString &requestId)
{
    return json(status, QJsonObject{{u"RequestId"_s, requestId},
                                    {u"HostId"_s, u"dm.aliyuncs.com"_s},
                                    {u"Code"_s, code},
                                    {u"Message"_s, message}});
}

ScriptedReply ScriptedReply::html(int status, const QByteArray &page)
{
    return raw(status, page, "text/html");
}

ScriptedReply ScriptedReply::redirect(const QUrl &target, int status)
{
    ScriptedReply reply;
    reply.status = status;
    reply.headers.append({"location", target.toEncoded()});
    return reply;
}

ScriptedReply ScriptedReply::stall()
{
    ScriptedReply reply;
    reply.mode = Mode::Stall;
    return reply;
}

ScriptedReply ScriptedReply::drip(const QByteArray &body, int intervalMs, int chunkBytes)
{
    ScriptedReply reply = raw(200, body, "application/json");
    reply.mode = Mode::Drip;
    reply.dripIntervalMs = intervalMs;
    reply.dripChunkBytes = std::max(1, chunkBytes);
    return reply;
}

ScriptedReply ScriptedReply::resetMidBody(const QByteArray &body, qint64 sendBytes)
{
    ScriptedReply reply = raw(200, body, "application/json");
    reply.mode = Mode::ResetMidBody;
    reply.cutAfterBytes = sendBytes;
    return reply;
}

ScriptedReply ScriptedReply::shortBody(const QByteArray &body, qint64 sendBytes)
{
    ScriptedReply reply = resetMidBody(body, sendBytes);
    reply.mode = Mode::ShortBody;
    return reply;
}

ScriptedReply ScriptedReply::endless(bool chunked, qint64 declaredLength)
{
    ScriptedReply reply = raw(200, {}, "application/json");
    reply.mode = Mode::Endless;
    reply.chunked = chunked;
    reply.declaredLength = declaredLength;
    return reply;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent), m_fallback(ScriptedReply::serviceError(
                           500, u"ScriptExhausted"_s, u"no scripted reply left"_s, u"fallback-request"_s))
{
    m_clock.start();
}

ScriptedServer::~ScriptedServer() = default;

void ScriptedServer::adopt(QTcpServer *server)
{
    m_server = server;
    // pendingConnectionAvailable, not newConnection: QSslServer queues a socket only once
    // its handshake is done.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (!m_tls)
                ++m_connections;
            new ScriptedConnection(this, socket);
        }
    });
}

bool ScriptedServer::listen(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(!m_server);
    adopt(new QTcpServer(this));
    return m_server->listen(address, port);
}

bool ScriptedServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                               const QHostAddress &address, quint16 port)
{
    Q_ASSERT(!m_server);
    auto *server = new QSslServer(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connections; });
    m_tls = true;
    adopt(server);
    return server->listen(address, port);
}

quint16 ScriptedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_server ? m_server->serverAddress().toString() : u"127.0.0.1"_s);
    url.setPort(port());
    url.setPath(u"/"_s);
    return url;
}

void ScriptedServer::enqueue(const ScriptedReply &reply)
{
    m_script.enqueue(reply);
}

void ScriptedServer::setFallback(const ScriptedReply &reply)
{
    m_fallback = reply;
}

ScriptedReply ScriptedServer::takeReply()
{
    return m_script.isEmpty() ? m_fallback : m_script.dequeue();
}

void ScriptedServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
    m_requests.last().receivedAtMs = m_clock.elapsed();
    Q_EMIT requestReceived(int(m_requests.size()) - 1);
}

} // namespace sendtrail::test
