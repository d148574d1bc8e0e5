#pragma once

// Seams shared by the ApiClient tests: a settable clock, predictable nonces, a QNAM that
// counts requests, and a collector for one ApiCall's signals.

#include "api/apiclient.h"
#include "api/clock.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>
#include <QTimeZone>
#include <memory>

namespace sendtrail::test {

class FakeClock final : public Clock
{
public:
    QDateTime now = QDateTime(QDate(2021, 4, 29), QTime(1, 2, 3), QTimeZone::utc());
    QDateTime nowUtc() const override { return now; }
};

class CountingNonces final : public NonceSource
{
public:
    int issued = 0;
    QString next() override { return QStringLiteral("nonce-%1").arg(++issued); }
};

class CountingNam final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct AttemptRecord
{
    ApiError error;
    int attempt = 0;
    int delayMs = 0;
};

// Records every signal of one call; the connections die with the collector.
class CallCollector final : public QObject
{
public:
    explicit CallCollector(ApiCall *call) : call(call)
    {
        timer.start();
        connect(call, &ApiCall::succeeded, this, [this](const QJsonObject &b, const QString &id) {
            ++succeeded;
            body = b;
            requestId = id;
            elapsedMs = timer.elapsed();
        });
        connect(call, &ApiCall::failed, this, [this](const ApiError &e) {
            ++failed;
            error = e;
            elapsedMs = timer.elapsed();
        });
        connect(call, &ApiCall::attemptFailed, this, [this](const ApiError &e, int attempt, int delay) {
            attempts.append({e, attempt, delay});
        });
    }

    int terminalSignals() const { return succeeded + failed; }
    bool waitDone(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return terminalSignals() > 0; }, timeoutMs);
    }

    QPointer<ApiCall> call;
    QElapsedTimer timer;
    int succeeded = 0;
    int failed = 0;
    QJsonObject body;
    QString requestId;
    ApiError error;
    QList<AttemptRecord> attempts;
    qint64 elapsedMs = -1;
};

// Fast retries and short timeouts so every test finishes in well under a second or two.
inline ClientConfig fastConfig(const QUrl &endpoint, SignatureVersion version = SignatureVersion::V3)
{
    ClientConfig config;
    config.endpoint = endpoint;
    config.signatureVersion = version;
    config.key = AccessKey{QStringLiteral("testid"), QByteArray("testsecret"), {}};
    config.maxAttempts = 4;
    config.transferTimeoutMs = 3000;
    config.deadlineMs = 8000;
    config.maxBodyBytes = 64 * 1024;
    config.baseDelayMs = 4;
    config.throttleBaseDelayMs = 40;
    config.maxDelayMs = 50;
    return config;
}

inline QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// A client wired to a fresh scripted loopback server, with a fake clock, counted nonces and a
// fixed jitter; the shared set-up of the client test suites.
class ClientTestBase : public QObject
{
protected:
    bool setUpClient()
    {
        m_nam = std::make_unique<CountingNam>();
        m_clock = FakeClock();
        m_nonces = CountingNonces();
        m_server = std::make_unique<ScriptedServer>();
        if (!m_server->listen())
            return false;
        m_client = std::make_unique<ApiClient>(m_nam.get(), &m_clock, &m_nonces);
        m_client->setConfig(fastConfig(m_server->url()));
        m_client->setRandomSource([] { return 0.5; });
        return true;
    }

    void tearDownClient()
    {
        m_client.reset();
        m_server.reset();
        m_nam.reset();
    }

    std::unique_ptr<CountingNam> m_nam;
    FakeClock m_clock;
    CountingNonces m_nonces;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace sendtrail::test
