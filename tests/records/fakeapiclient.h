#pragma once

#include "api/apiclient.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <functional>

namespace sendtrail::test {

// A call the test completes by hand; the reply arrives through the event loop, as from
// the network.
class FakeCall final : public ApiCall
{
    Q_OBJECT
public:
    FakeCall(const QString &action, const QueryParams &params, QObject *parent)
        : ApiCall(parent), m_action(action), m_params(params)
    {}

    QString action() const { return m_action; }
    QueryParams params() const { return m_params; }
    QString param(const QString &key) const
    {
        for (const auto &[name, value] : m_params) {
            if (name == key)
                return value;
        }
        return {};
    }
    bool hasParam(const QString &key) const
    {
        for (const auto &pair : m_params) {
            if (pair.first == key)
                return true;
        }
        return false;
    }
    bool wasCancelled() const { return m_cancelled; }
    // A reply that was already on its way when the caller cancelled.
    void setIgnoresCancel(bool ignores) { m_ignoresCancel = ignores; }

    void cancel() override
    {
        m_cancelled = true;
        if (!m_ignoresCancel)
            ApiCall::cancel();
    }
    void succeedLater(const QJsonObject &body, const QString &requestId = {})
    {
        QMetaObject::invokeMethod(
            this, [this, body, requestId] { finishWithSuccess(body, requestId); }, Qt::QueuedConnection);
    }
    void failLater(const ApiError &error)
    {
        QMetaObject::invokeMethod(
            this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
    }

private:
    QString m_action;
    QueryParams m_params;
    bool m_cancelled = false;
    bool m_ignoresCancel = false;
};

// Records every call; the test answers them through calls().
class FakeApiClient final : public ApiClient
{
    Q_OBJECT
public:
    FakeApiClient() : ApiClient(nullptr, nullptr, nullptr) {}

    ApiCall *call(const QString &action, const QueryParams &params) override
    {
        auto *call = new FakeCall(action, params, this);
        m_calls.append(call);
        m_requests.append(params);
        connect(call, &QObject::destroyed, this, [this] { updatePending(); });
        updatePending();
        if (m_script)
            m_script(call);
        return call;
    }

    // Answers each new call as it is made (still asynchronously).
    void setScript(std::function<void(FakeCall *)> script) { m_script = std::move(script); }

    qsizetype callCount() const { return m_calls.size(); }
    FakeCall *lastCall() const { return m_calls.isEmpty() ? nullptr : m_calls.last().data(); }
    FakeCall *callAt(qsizetype i) const { return m_calls.at(i).data(); }
    const QList<QueryParams> &requests() const { return m_requests; }
    // Calls that exist and have not finished: what the caller is waiting for.
    int pending() const
    {
        int count = 0;
        for (const QPointer<FakeCall> &call : m_calls)
            count += call && !call->isFinished() ? 1 : 0;
        return count;
    }
    int maxPending() const { return m_maxPending; }

private:
    void updatePending() { m_maxPending = qMax(m_maxPending, pending()); }

    QList<QPointer<FakeCall>> m_calls;
    QList<QueryParams> m_requests;
    std::function<void(FakeCall *)> m_script;
    int m_maxPending = 0;
};

} // namespace sendtrail::test
