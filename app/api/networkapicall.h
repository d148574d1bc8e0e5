#pragma once

#include "apiclient.h"
#include "backoff.h"

#include <memory>

namespace sendtrail {

class ClockTimer;
class ReplyReader;
struct AttemptResult;

// The real ApiCall: signs and sends one attempt at a time, classifies the answer and retries
// transient failures with jittered backoff. Created by ApiClient::call().
class NetworkApiCall final : public ApiCall
{
    Q_OBJECT
public:
    NetworkApiCall(ApiClient *client, const ClientConfig &config, std::shared_ptr<const SecretBytes> secret,
                   const QString &action, const QueryParams &params);
    ~NetworkApiCall() override;

    void start();
    void cancel() override;

private:
    void sendAttempt();
    void onAttemptCompleted(const sendtrail::AttemptResult &result);
    void nameThePeer(ApiError &error) const;
    bool applyServerDate(const QByteArray &dateHeader);
    void retryAfter(const ApiError &error, int delayMs);
    void dropReader();

    ApiClient *m_client;   // our parent, so it outlives us
    ClientConfig m_config; // key.secret empty: the secret is only in m_secret
    std::shared_ptr<const SecretBytes> m_secret;
    QString m_action;
    QueryParams m_params;
    BackoffPolicy m_backoff;
    std::unique_ptr<ClockTimer> m_backoffTimer; // on the client's MonotonicClock
    ReplyReader *m_reader = nullptr;
    int m_attempt = 0;
    bool m_skewRetried = false;
};

} // namespace sendtrail
