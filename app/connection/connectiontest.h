#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "credentials/profile.h"

#include <QObject>
#include <QPointer>

namespace sendtrail {

class ApiCall;
class Connection;

// "Does this profile work?": one real, cheap call (one record of the last hour) with the key
// the user typed or stored, on a connection of its own so the active query is untouched.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    // Borrows the seams of `base` (network, clock, nonces).
    explicit ConnectionTest(Connection *base, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Cancels a test still running, then starts this one.
    // The key is moved into the test's client (pass it with std::move): no copy of the secret stays.
    void run(const Profile &profile, AccessKey key);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    // hasRecords: the service answered with sending records; hasMail: some in the last hour.
    void passed(const QString &requestId, bool hasRecords, bool hasMail);
    void failed(const sendtrail::ApiError &error);

private:
    Connection *m_connection;
    QPointer<ApiCall> m_call;
};

} // namespace sendtrail
