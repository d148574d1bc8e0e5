#include "sandboxtestclient.h"

#include "sandbox/sandboxoptions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

using Pairs = QList<QPair<QString, QString>>;

QByteArray joinEncoded(Pairs pairs)
{
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList parts;
    for (const auto &[name, value] : pairs)
        parts.append(rfc3986(name) + '=' + rfc3986(value));
    return parts.join('&');
}

BuiltRequest buildV3(const TestRequest &r, const QString &host, const QString &nonce)
{
    BuiltRequest out;
    out.method = r.method;
    out.query = joinEncoded(r.params);
    QList<QPair<QByteArray, QByteArray>> signedHeaders = {
        {"host", host.toUtf8()},
        {"x-acs-action", r.action.toUtf8()},
        {"x-acs-content-sha256", QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex()},
        {"x-acs-date", r.timestamp.toUTC().toString(Qt::ISODate).toUtf8()},
        {"x-acs-signature-nonce", nonce.toUtf8()},
        {"x-acs-version", r.version.toUtf8()}};
    if (!r.securityToken.isEmpty())
        signedHeaders.append({"x-acs-security-token", r.securityToken.toUtf8()});
    std::sort(signedHeaders.begin(), signedHeaders.end());
    QByteArray lines;
    QByteArrayList names;
    for (const auto &[name, value] : signedHeaders) {
        lines += name + ':' + value + '\n';
        names.append(name);
    }
    const QByteArray canonical = r.method + "\n/\n" + out.query + '\n' + lines + '\n' + names.join(';') +
                                 '\n' + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
    const QByteArray toSign =
        "ACS3-HMAC-SHA256\n" + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(toSign, r.secret, QCryptographicHash::Sha256).toHex();
    out.headers = signedHeaders;
    out.headers.append({"Authorization", "ACS3-HMAC-SHA256 Credential=" + r.keyId.toUtf8() +
                                             ",SignedHeaders=" + names.join(';') +
                                             ",Signature=" + signature});
    return out;
}

BuiltRequest buildV1(const TestRequest &r, const QString &host, const QString &nonce)
{
    Pairs all = r.params;
    all += Pairs{{u"AccessKeyId"_s, r.keyId},
                 {u"Action"_s, r.action},
                 {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                 {u"SignatureNonce"_s, nonce},
                 {u"SignatureVersion"_s, u"1.0"_s},
                 {u"Timestamp"_s, r.timestamp.toUTC().toString(Qt::ISODate)},
                 {u"Version"_s, r.version}};
    if (!r.format.isEmpty())
        all.append({u"Format"_s, r.format});
    if (!r.securityToken.isEmpty())
        all.append({u"SecurityToken"_s, r.securityToken});
    const QByteArray canonical = joinEncoded(all);
    const QByteArray toSign = r.method + "&%2F&" + rfc3986(QString::fromLatin1(canonical));
    const QByteArray signature =
        QMessageAuthenticationCode::hash(toSign, r.secret + '&', QCryptographicHash::Sha1).toBase64();
    BuiltRequest out;
    out.method = r.method;
    out.headers = {{"host", host.toUtf8()}};
    const QByteArray signedQuery = canonical + "&Signature=" + rfc3986(QString::fromLatin1(signature));
    if (r.scheme == Scheme::V1Form) {
        out.body = signedQuery;
        out.headers.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    } else {
        out.query = signedQuery;
    }
    return out;
}

} // namespace

QByteArray TestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray rfc3986(const QString &value)
{
    return QUrl::toPercentEncoding(value); // keeps only A-Z a-z 0-9 - . _ ~
}

BuiltRequest buildRequest(const TestRequest &request, const QString &host)
{
    const QString nonce =
        request.nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.nonce;
    return request.scheme == Scheme::V3 ? buildV3(request, host, nonce) : buildV1(request, host, nonce);
}

QNetworkReply *sendAsync(QNetworkAccessManager &manager, const QUrl &endpoint, const BuiltRequest &request)
{
    QByteArray url = endpoint.toEncoded(QUrl::RemoveQuery);
    if (!request.query.isEmpty())
        url += '?' + request.query;
    QNetworkRequest networkRequest(QUrl::fromEncoded(url, QUrl::StrictMode));
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return manager.sendCustomRequest(networkRequest, request.method, request.body);
}

TestResponse collect(QNetworkReply *reply)
{
    TestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

TestRequest demoRequest(const QString &action, const QList<QPair<QString, QString>> &params, Scheme scheme,
                        const QByteArray &secret)
{
    const SandboxAccessKey demo = sandboxDemoAccessKey();
    TestRequest request;
    request.scheme = scheme;
    request.action = action;
    request.params = params;
    request.keyId = demo.id;
    request.secret = secret.isEmpty() ? demo.secret : secret;
    return request;
}

TestResponse sendToLoopback(QNetworkAccessManager &manager, quint16 port, const TestRequest &request)
{
    const QString host = u"127.0.0.1:%1"_s.arg(port);
    return send(manager, QUrl(u"http://"_s + host + u'/'), buildRequest(request, host));
}

TestResponse send(QNetworkAccessManager &manager, const QUrl &endpoint, const BuiltRequest &request,
                  int timeoutMs)
{
    QNetworkReply *reply = sendAsync(manager, endpoint, request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    return collect(reply);
}

QString serviceTime(const QDateTime &instant, int offsetSeconds)
{
    return instant.toUTC().addSecs(offsetSeconds).toString(u"yyyy-MM-dd HH:mm"_s);
}

QList<QJsonObject> recordsOf(const TestResponse &response)
{
    QList<QJsonObject> records;
    const QJsonArray details = response.json.value(u"data"_s).toObject().value(u"mailDetail"_s).toArray();
    for (const QJsonValue &value : details)
        records.append(value.toObject());
    return records;
}

void checkEnvelope(const TestResponse &response, int serverClockOffsetSeconds)
{
    static const QRegularExpression requestId(
        u"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s);
    const QString id = response.json.value(u"RequestId"_s).toString();
    QVERIFY2(requestId.match(id).hasMatch(), qPrintable(id));
    QCOMPARE(response.header("x-acs-request-id"), id.toLatin1());
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(response.header("Date")),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    QVERIFY2(date.isValid(), response.header("Date").constData());
    date.setTimeSpec(Qt::UTC);
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc()) + serverClockOffsetSeconds) < 120);
}

void checkError(const TestResponse &response, int status, const QString &code, int serverClockOffsetSeconds)
{
    QCOMPARE(response.status, status);
    QCOMPARE(response.json.keys(),
             (QStringList{u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
    QCOMPARE(response.json.value(u"Code"_s).toString(), code);
    QCOMPARE(response.json.value(u"HostId"_s).toString(), u"dm.aliyuncs.com"_s);
    QVERIFY(!response.json.value(u"Message"_s).toString().isEmpty());
    checkEnvelope(response, serverClockOffsetSeconds);
}

void checkVerdict(const TestResponse &response, const QString &code)
{
    if (code.isEmpty()) {
        QCOMPARE(response.status, 200);
        checkEnvelope(response);
    } else {
        checkError(response, 400, code);
    }
}

} // namespace sendtrail::test
