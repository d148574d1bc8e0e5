#pragma once

// Test-only request builder and HTTP helper. It signs with its own few lines (QUrl's RFC 3986
// encoder, Qt's HMAC) so the sandbox's verifier is checked against an independent signer.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sendtrail::test {

enum class Scheme
{
    V3,
    V1Query,
    V1Form
};

struct TestRequest
{
    Scheme scheme = Scheme::V3;
    QByteArray method = "POST";
    QList<QPair<QString, QString>> params; // operation parameters
    QString keyId;
    QByteArray secret;
    QString securityToken;
    QDateTime timestamp = QDateTime::currentDateTimeUtc();
    QString nonce; // empty: a fresh UUID
    QString action = QStringLiteral("SenderStatisticsDetailByParam");
    QString version = QStringLiteral("2015-11-23");
    QString format = QStringLiteral("JSON"); // V1 only; empty = leave Format out
};

struct BuiltRequest
{
    QByteArray method;
    QByteArray query; // encoded, no '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct TestResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

QByteArray rfc3986(const QString &value);
BuiltRequest buildRequest(const TestRequest &request, const QString &host);

// Sends and waits (spinning the event loop, so an in-process server keeps answering).
TestResponse send(QNetworkAccessManager &manager, const QUrl &endpoint, const BuiltRequest &request,
                  int timeoutMs = 15000);
QNetworkReply *sendAsync(QNetworkAccessManager &manager, const QUrl &endpoint, const BuiltRequest &request);
TestResponse collect(QNetworkReply *reply);

// The sandbox's demo key signing one action (secret: sign with another, to be refused), and
// sending it to a sandbox on 127.0.0.1:port, signed for that host.
TestRequest demoRequest(const QString &action, const QList<QPair<QString, QString>> &params,
                        Scheme scheme = Scheme::V3, const QByteArray &secret = {});
TestResponse sendToLoopback(QNetworkAccessManager &manager, quint16 port, const TestRequest &request);

// Shared assertions (QCOMPARE inside: call them directly from a test function).
QString serviceTime(const QDateTime &instant, int offsetSeconds = 8 * 3600); // "yyyy-MM-dd HH:mm"
QList<QJsonObject> recordsOf(const TestResponse &response);
// RequestId is an uppercase UUID echoed in x-acs-request-id; Date is the server's clock.
void checkEnvelope(const TestResponse &response, int serverClockOffsetSeconds = 0);
// The gateway's error body: exactly RequestId, HostId, Code, Message, Recommend.
void checkError(const TestResponse &response, int status, const QString &code,
                int serverClockOffsetSeconds = 0);
// A parameter check's verdict: an empty code means accepted (200 with the envelope), any other
// the HTTP 400 error with that code.
void checkVerdict(const TestResponse &response, const QString &code);

} // namespace sendtrail::test
