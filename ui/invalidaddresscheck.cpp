#include "invalidaddresscheck.h"

#include "api/apiclient.h"
#include "lists/invalidaddresses.h"
#include "present/permissionadvice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

InvalidAddressCheck::InvalidAddressCheck(QWidget *parent)
    : QGroupBox(tr("Invalid-address list"), parent), m_status(new QLabel(this)), m_result(new QLabel(this)),
      m_recheck(new QPushButton(tr("Check A&gain"), this)),
      m_remove(new QPushButton(tr("Re&move from List…"), this))
{
    setObjectName(u"invalidAddressCheck"_s);
    for (QLabel *label : {m_status, m_result}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_status->setObjectName(u"invalidStatusLabel"_s);
    m_result->setObjectName(u"invalidResultLabel"_s);
    m_status->setAccessibleName(tr("Invalid-address list status"));
    m_result->setAccessibleName(tr("Removal result"));
    m_recheck->setObjectName(u"invalidRecheckButton"_s);
    m_remove->setObjectName(u"invalidRemoveButton"_s);
    m_remove->setToolTip(
        tr("DeleteInvalidAddress: Direct Mail attempts the next mail to this address again."));
    connect(m_recheck, &QPushButton::clicked, this, &InvalidAddressCheck::startCheck);
    connect(m_remove, &QPushButton::clicked, this, &InvalidAddressCheck::requestRemoval);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    render();
}

InvalidAddressCheck::~InvalidAddressCheck() = default;

void InvalidAddressCheck::setClient(ApiClient *client)
{
    m_client = client;
}

InvalidAddressQuery InvalidAddressCheck::lastDays(const QString &keyword, int serviceUtcOffsetSeconds)
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(serviceUtcOffsetSeconds).date();
    InvalidAddressQuery query;
    query.end = today;
    query.start = today.addDays(1 - InvalidAddressQuery::kMaxSpanDays);
    query.keyword = keyword;
    return query;
}

void InvalidAddressCheck::setDisplayZone(DisplayZone zone, int serviceUtcOffsetSeconds)
{
    m_zone = zone;
    m_serviceOffset = serviceUtcOffsetSeconds;
    render(); // the date is only presentation: no new request
}

void InvalidAddressCheck::check(const QString &address)
{
    if (address == m_address && m_state != State::Idle && m_state != State::CheckFailed)
        return; // the same record shown again (zone change, reselect): the answer still holds
    m_address = address;
    m_result->clear();
    startCheck();
}

void InvalidAddressCheck::startCheck()
{
    // A previous record's check must never answer for this one.
    if (m_fetcher) {
        m_fetcher->cancel();
        m_fetcher->deleteLater();
    }
    m_sinceUtc.reset();
    m_error.clear();
    if (m_address.isEmpty()) {
        m_state = State::Idle;
        return render();
    }
    if (!m_client) {
        m_state = State::CheckFailed;
        m_error = ApiError::notConnected().message;
        render();
        return Q_EMIT checked(m_state);
    }
    m_state = State::Checking;
    render();
    // KeyWord matches any part of an address, so keep only the exact one.
    m_fetcher = new InvalidAddressFetcher(m_client, lastDays(m_address, m_serviceOffset), this);
    connect(m_fetcher, &InvalidAddressFetcher::finished, this, [this](const QList<InvalidAddress> &items) {
        for (const InvalidAddress &item : items) {
            if (item.address.compare(m_address, Qt::CaseInsensitive) == 0)
                m_sinceUtc = item.utcSeconds;
        }
        m_state = m_sinceUtc ? State::OnList : State::NotOnList;
        render();
        Q_EMIT checked(m_state);
    });
    connect(m_fetcher, &InvalidAddressFetcher::fetchFailed, this, [this](const ApiError &error) {
        m_state = State::CheckFailed;
        m_error = PermissionAdvice::describe(error);
        render();
        Q_EMIT checked(m_state);
    });
    m_fetcher->start();
}

void InvalidAddressCheck::requestRemoval()
{
    if (m_state != State::OnList || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove from the Invalid-Address List"),
                                tr("Remove %1 from your account's invalid-address list?").arg(m_address),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(u"invalidRemoveConfirmBox"_s);
    m_confirm->setInformativeText(
        tr("Direct Mail will attempt the next mail to this address again. If the address really does not "
           "exist, that mail bounces and the address goes back on the list."));
    QPushButton *remove = m_confirm->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString address = m_address;
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, remove, address](QAbstractButton *button) {
        if (button == remove && address == m_address)
            startRemoval();
    });
    m_confirm->open(); // window-modal, no nested event loop
}

void InvalidAddressCheck::startRemoval()
{
    m_state = State::Removing;
    render();
    const QString address = m_address;
    m_remover = new InvalidAddressRemover(m_client, {address}, this);
    connect(m_remover, &InvalidAddressRemover::addressDone, this,
            [this, address](const QString &, InvalidAddressRemover::Outcome outcome, const ApiError &error) {
                m_remover->deleteLater();
                if (address != m_address)
                    return; // another record is shown now; its own check stands
                switch (outcome) {
                case InvalidAddressRemover::Outcome::Removed:
                    m_result->setText(
                        tr("Removed %1 from the list. The next mail to it will be attempted.").arg(address));
                    m_state = State::NotOnList;
                    m_sinceUtc.reset();
                    break;
                case InvalidAddressRemover::Outcome::NotOnList:
                    m_result->setText(tr("%1 was not on the list (any more).").arg(address));
                    m_state = State::NotOnList;
                    m_sinceUtc.reset();
                    break;
                case InvalidAddressRemover::Outcome::Failed:
                    m_result->setText(
                        tr("Could not remove %1: %2").arg(address, PermissionAdvice::describe(error)));
                    m_state = State::OnList;
                    break;
                }
                render();
                Q_EMIT removalFinished();
            });
    m_remover->start();
}

QString InvalidAddressCheck::statusText() const
{
    return m_status->text();
}

QString InvalidAddressCheck::resultText() const
{
    return m_result->text();
}

void InvalidAddressCheck::render()
{
    setVisible(!m_address.isEmpty());
    switch (m_state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Checking:
        m_status->setText(tr("Checking whether the address is on your invalid-address list…"));
        break;
    case State::OnList:
        m_status->setText(tr("On your invalid-address list since %1 (%2). Direct Mail does not send to it.")
                              .arg(DisplayZones::format(*m_sinceUtc, m_zone, m_serviceOffset),
                                   DisplayZones::label(m_zone, m_serviceOffset)));
        break;
    case State::NotOnList:
        m_status->setText(tr("Not on your invalid-address list in the last %1 days (the longest the service "
                             "can look back).")
                              .arg(InvalidAddressQuery::kMaxSpanDays));
        break;
    case State::CheckFailed:
        m_status->setText(tr("Could not check the invalid-address list: %1").arg(m_error));
        break;
    case State::Removing:
        m_status->setText(tr("Removing the address from the list…"));
        break;
    }
    m_recheck->setEnabled(m_state != State::Checking && m_state != State::Removing);
    m_remove->setVisible(m_state == State::OnList);
}

} // namespace sendtrail
