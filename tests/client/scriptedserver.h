#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QUrl>

class QSslCertificate;
class QSslKey;
class QTcpServer;

namespace sendtrail::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the server saw it on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;    // without the query
    QByteArray query;   // raw bytes after '?', still percent-encoded
    RawHeaders headers; // names lowercased, in arrival order
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server was created

    QByteArray header(const QByteArray &lowercaseName) const;
    // The percent-decoded value of a query parameter (empty if absent).
    QString queryValue(const QString &name) const;
};

// How to answer one request. Build one with the static helpers.
struct ScriptedReply
{
    enum class Mode
    {
        Respond,      // status, headers, body with an honest Content-Length
        Stall,        // read the request, never answer
        Drip,         // headers now, then dripChunkBytes every dripIntervalMs
        ResetMidBody, // full Content-Length, cutAfterBytes of body, then a TCP reset
        ShortBody,    // full Content-Length, cutAfterBytes of body, then a clean close
        Endless,      // a body that never ends: chunked, or a Content-Length lie (declaredLength)
    };

    Mode mode = Mode::Respond;
    int status = 200;
    RawHeaders headers;
    QByteArray body;
    int dripIntervalMs = 100;
    int dripChunkBytes = 1;
    qint64 cutAfterBytes = 0;
    bool chunked = false;
    // Content-Length to announce instead of the body's size (a lie). For Endless without
    // chunked, -1 means no length at all (close-delimited).
    qint64 declaredLength = -1;

    ScriptedReply &withHeader(const QByteArray &name, const QByteArray &value);
    ScriptedReply &withDeclaredLength(qint64 length);

    static ScriptedReply json(int status, const QJsonObject &body);
    static ScriptedReply raw(int status, const QByteArray &body, const QByteArray &contentType);
    // {"RequestId":..., plus extra fields} with 200.
    static ScriptedReply success(const QString &requestId, const QJsonObject &extra = {});
    // {"RequestId","HostId","Code","Message"} like the Direct Mail gateway.
    static ScriptedReply serviceError(int status, const QString &code, const QString &message,
                                      const QString &requestId);
    static ScriptedReply html(int status, const QByteArray &page);
    static ScriptedReply redirect(const QUrl &target, int status = 302);
    static ScriptedReply stall();
    static ScriptedReply drip(const QByteArray &body, int intervalMs, int chunkBytes = 1);
    static ScriptedReply resetMidBody(const QByteArray &body, qint64 sendBytes);
    static ScriptedReply shortBody(const QByteArray &body, qint64 sendBytes);
    static ScriptedReply endless(bool chunked, qint64 declaredLength = -1);
};

// A loopback HTTP/1.1 server for client tests: answers each request with the next scripted
// reply (or the fallback once the script is used up) and records what it received.
class ScriptedServer final : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Call one of these once.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // HTTPS with the given leaf certificate and key (see data/README.md for the test CA).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http(s)://127.0.0.1:<port>/

    void enqueue(const ScriptedReply &reply);
    void setFallback(const ScriptedReply &reply); // default: 500 Code "ScriptExhausted"
    int pendingReplies() const { return int(m_script.size()); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }    // TCP accepts; TLS: handshakes started
    qint64 bodyBytesSent() const { return m_bodyBytesSent; } // by Endless and Drip replies

Q_SIGNALS:
    void requestReceived(int index);

private:
    friend class ScriptedConnection;
    ScriptedReply takeReply();
    void record(const RecordedRequest &request);
    void adopt(QTcpServer *server);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QQueue<ScriptedReply> m_script;
    ScriptedReply m_fallback;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
    int m_connections = 0;
    qint64 m_bodyBytesSent = 0;
};

} // namespace sendtrail::test

Q_DECLARE_METATYPE(sendtrail::test::ScriptedReply)
