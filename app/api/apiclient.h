#pragma once

#include "apierror.h"
#include "apitypes.h"
#include "secretbytes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sendtrail {

class Clock;
class MonotonicClock;
class NonceSource;

struct ClientConfig
{
    QUrl endpoint; // https://dm.aliyuncs.com/ ; http:// only for loopback
    QString regionId = QStringLiteral("cn-hangzhou");
    SignatureVersion signatureVersion = SignatureVersion::V3;
    AccessKey key;
    int maxAttempts = 4;
    // Non-positive values fall back to these defaults; there is always a limit.
    int transferTimeoutMs = 30000; // inactivity
    int deadlineMs = 60000;        // overall, per attempt
    qint64 maxBodyBytes = qint64(8) * 1024 * 1024;
    int baseDelayMs = 200;
    int throttleBaseDelayMs = 1000;
    int maxDelayMs = 20000;
    // Trusted in addition to the system's CAs: --ca-file, a profile's extra CA certificates.
    QList<QSslCertificate> extraCaCertificates;
    QString problem; // why the config is unusable (an unreadable CA file): every call fails with it
};

// One logical API call including its retries. Emits exactly one of succeeded/failed
// (failed with Kind::Cancelled after cancel()), then deletes itself.
// Subclass it to fake calls in tests; finishWith*() keep the one-terminal-signal rule for you.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    explicit ApiCall(QObject *parent = nullptr);

    // Stops the call: no further request reaches the server. Emits failed(Kind::Cancelled)
    // synchronously unless the call already finished; calling it again does nothing.
    virtual void cancel();
    bool isFinished() const { return m_finished; }
    // The API action; failed() errors carry it (for advice such as the RAM permission needed).
    void setAction(const QString &action);
    const QString &action() const { return m_action; }

Q_SIGNALS:
    void succeeded(const QJsonObject &body, const QString &requestId);
    void failed(const sendtrail::ApiError &error);
    // An attempt failed and another one follows after delayMs (attempt is 1-based).
    void attemptFailed(const sendtrail::ApiError &error, int attempt, int delayMs);

protected:
    // Each returns false (and emits nothing) if the call has already finished.
    bool finishWithSuccess(const QJsonObject &body, const QString &requestId);
    bool finishWithError(const ApiError &error);

private:
    bool m_finished = false;
    QString m_action;
};

// Stops `call` if it still runs, without a word to `receiver`: for an owner that gives up a
// request (a new one replaces it, or the owner is cancelled or goes away).
void abandonCall(ApiCall *call, const QObject *receiver);

class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Uniform in [0, 1); drives the backoff jitter.
    using RandomSource = std::function<double()>;

    ApiClient(QNetworkAccessManager *nam, Clock *clock, NonceSource *nonces, QObject *parent = nullptr);
    ~ApiClient() override;

    // Applies to calls started afterwards; running calls keep the config they started with.
    // Takes config.key.secret into a SecretBytes of its own and wipes the slot (see wipeBytes):
    // pass the config by std::move so that slot is the secret's only reference.
    void setConfig(ClientConfig config);
    // Everything but the key (id, secret, token), which stays as it is.
    void setSettings(const ClientConfig &settings);
    // key.secret is always empty here: the secret is only in secret().
    const ClientConfig &config() const;
    // One buffer, shared by the client and its running calls (never copied), cleansed when the
    // last of them lets go: a replaced key lives on only while calls that started with it run.
    std::shared_ptr<const SecretBytes> secret() const { return m_secret; }

    // Tests inject a deterministic source; the default is QRandomGenerator::global().
    void setRandomSource(RandomSource random);
    // What the backoff between attempts waits on; nullptr (the default) is the system's.
    void setMonotonicClock(MonotonicClock *clock) { m_monotonic = clock; }
    MonotonicClock *monotonicClock() const;

    // Server time minus local time, learnt from an InvalidTimeStamp.Expired answer; kept for
    // every later call of this client.
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    void learnServerTime(const QDateTime &serverNow);

    // What each attempt of a call draws on: the injected seams, corrected for the skew.
    QNetworkAccessManager *network() const;
    QDateTime signingTime() const;
    QString nextNonce() const;
    const RandomSource &randomSource() const { return m_random; }

    // The call is a child of this client and starts on the next event-loop turn, so connect
    // its signals right away. Virtual so tests can substitute scripted calls.
    virtual ApiCall *call(const QString &action, const QueryParams &params);

private:
    QPointer<QNetworkAccessManager> m_nam; // injected; a call fails cleanly if it is destroyed
    Clock *m_clock;
    NonceSource *m_nonces;
    ClientConfig m_config;
    std::shared_ptr<const SecretBytes> m_secret = std::make_shared<const SecretBytes>(); // never null
    RandomSource m_random;
    MonotonicClock *m_monotonic = nullptr;
    qint64 m_clockSkewMs = 0;
};

} // namespace sendtrail
