#include "sandboxhttpserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace sendtrail {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxHttpRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (copy.path.isEmpty())
        copy.path = "/";
    // FullyEncoded keeps every escape that matters ("%2B" stays distinct from "+"), so decoding
    // it yields exactly the bytes the client encoded.
    copy.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    copy.headers = request.headers();
    copy.body = request.body();
    m_handler(copy, socket);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Unreachable: handleRequest() accepts every request.
}

} // namespace sendtrail
