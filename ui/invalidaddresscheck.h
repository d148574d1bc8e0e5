#pragma once

#include "lists/invalidaddresses.h"
#include "present/displayzone.h"

#include <QGroupBox>
#include <QMessageBox>
#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;

namespace sendtrail {

class ApiClient;

// The detail panel's "Invalid-address list" box: whether the record's address is on the account's
// list (QueryInvalidAddress, KeyWord = the address, the last 30 days: the API's limit) and a way to
// take it off (DeleteInvalidAddress). Never blocks: each check runs in the background and an answer
// for an address no longer shown is dropped.
class InvalidAddressCheck final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvalidAddressCheck)

public:
    enum class State
    {
        Idle,
        Checking,
        OnList,
        NotOnList,
        CheckFailed,
        Removing,
    };

    explicit InvalidAddressCheck(QWidget *parent = nullptr);
    ~InvalidAddressCheck() override;

    void setClient(ApiClient *client);
    void setDisplayZone(DisplayZone zone, int serviceUtcOffsetSeconds);
    // Checks `address`; an empty one hides the box.
    void check(const QString &address);
    void clear() { check({}); }
    // Asks first; the removal starts once the confirmation is accepted.
    void requestRemoval();

    State state() const { return m_state; }
    QString address() const { return m_address; }
    QString statusText() const;
    QString resultText() const;
    QMessageBox *confirmation() const { return m_confirm; }
    // The last 30 service-zone days up to today: what QueryInvalidAddress allows.
    static InvalidAddressQuery lastDays(const QString &keyword, int serviceUtcOffsetSeconds);

Q_SIGNALS:
    void checked(sendtrail::InvalidAddressCheck::State state);
    void removalFinished();

private:
    void startCheck();
    void startRemoval();
    void render();

    QLabel *m_status;
    QLabel *m_result;
    QPushButton *m_recheck;
    QPushButton *m_remove;
    QPointer<ApiClient> m_client;
    QPointer<InvalidAddressFetcher> m_fetcher;
    QPointer<InvalidAddressRemover> m_remover;
    QPointer<QMessageBox> m_confirm;
    QString m_address;
    std::optional<qint64> m_sinceUtc;
    QString m_error;
    State m_state = State::Idle;
    DisplayZone m_zone = DisplayZone::Local;
    int m_serviceOffset = 8 * 3600;
};

} // namespace sendtrail
