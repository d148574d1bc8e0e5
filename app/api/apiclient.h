#pragma once

#include "apierror.h"
#include "apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace sendtrail {

class Clock;
class NonceSource;

struct ClientConfig
{
    QUrl endpoint;                  // https://dm.aliyuncs.com/ ; http:// only for loopback
    QString regionId = QStringLiteral("cn-hangzhou");
    SignatureVersion signatureVersion = SignatureVersion::V3;
    AccessKey key;
    int maxAttempts = 4;
    int transferTimeoutMs = 30000;  // inactivity
    int deadlineMs = 60000;         // overall, per attempt
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int baseDelayMs = 200;
    int throttleBaseDelayMs = 1000;
    int maxDelayMs = 20000;
    QList<QSslCertificate> extraCaCertificates; // tests only: a per-test CA
};

// One logical API call including its retries. Emits exactly one of succeeded/failed,
// unless cancelled (then failed with Kind::Cancelled). Deletes itself after finishing.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel();
Q_SIGNALS:
    void succeeded(const QJsonObject &body, const QString &requestId);
    void failed(const sendtrail::ApiError &error);
    void attemptFailed(const sendtrail::ApiError &error, int attempt, int delayMs); // a retry is coming
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, Clock *clock, NonceSource *nonces, QObject *parent = nullptr);
    ~ApiClient() override;

    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const;

    // Virtual so tests can substitute scripted calls.
    virtual ApiCall *call(const QString &action, const QueryParams &params);

private:
    class Private;
    Private *d;
};

} // namespace sendtrail
