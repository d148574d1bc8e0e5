#pragma once

#include "api/apierror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sendtrail {

class ApiCall;
class ApiClient;

// The account's invalid-address list (QueryInvalidAddress): addresses Direct Mail no longer
// sends to, each dated by the first failure that put it there. Whole days of the service's
// zone, at most 30 of them, no more than 30 days back; NextStart pages.
struct InvalidAddressQuery
{
    static constexpr int kMaxSpanDays = 30;
    QDate start; // inclusive
    QDate end;   // inclusive
    QString keyword;
    int pageLength = 100;
};

struct InvalidAddress
{
    QString address;
    qint64 utcSeconds = 0;  // UtcLastUpdateTime: when it was put on the list
    QString lastUpdateTime; // as sent (service wall time)
    QJsonObject raw;        // exactly as the service sent it
};

struct InvalidAddressPage
{
    QList<InvalidAddress> items;
    QString nextStart; // empty at the end
    qint64 total = -1;
};

std::optional<InvalidAddressPage> parseInvalidAddressPage(const QJsonObject &body, QString *problem);

// Every page of one query, in order.
class InvalidAddressFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidAddressFetcher)

public:
    static constexpr int kMaxPages = 1000;

    InvalidAddressFetcher(ApiClient *client, const InvalidAddressQuery &query, QObject *parent = nullptr);
    ~InvalidAddressFetcher() override;

    void start();
    void cancel(); // no signal follows
    int callCount() const { return m_calls; }

Q_SIGNALS:
    void pageLoaded(const QList<sendtrail::InvalidAddress> &items, qint64 total);
    void finished(const QList<sendtrail::InvalidAddress> &items);
    void fetchFailed(const sendtrail::ApiError &error);

private:
    void requestPage();

    QPointer<ApiClient> m_client;
    InvalidAddressQuery m_query;
    QPointer<ApiCall> m_call;
    QList<InvalidAddress> m_items;
    QString m_nextStart;
    int m_calls = 0;
    bool m_running = false;
};

// DeleteInvalidAddress for each address in turn, so the next mail to it is attempted again (a
// real bounce puts it back). "Not on the list" is an answer, not a failure.
class InvalidAddressRemover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidAddressRemover)

public:
    enum class Outcome
    {
        Removed,
        NotOnList,
        Failed,
    };
    Q_ENUM(Outcome)

    InvalidAddressRemover(ApiClient *client, const QStringList &addresses, QObject *parent = nullptr);
    ~InvalidAddressRemover() override;

    void start();
    void cancel(); // no signal follows

Q_SIGNALS:
    void addressDone(const QString &address, sendtrail::InvalidAddressRemover::Outcome outcome,
                     const sendtrail::ApiError &error);
    void finished(int removed, int notOnList, int failed);

private:
    void removeNext();

    QPointer<ApiClient> m_client;
    QStringList m_addresses;
    QPointer<ApiCall> m_call;
    int m_next = 0;
    int m_counts[3] = {0, 0, 0};
    bool m_running = false;
};

inline constexpr const char kQueryInvalidAction[] = "QueryInvalidAddress";
inline constexpr const char kDeleteInvalidAction[] = "DeleteInvalidAddress";

} // namespace sendtrail
