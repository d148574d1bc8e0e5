#pragma once

#include "sandboxaction.h"
#include "sandboxcatalog.h"
#include "sandboxdataset.h"

#include <QJsonObject>

namespace sendtrail {

// QueryMailAddressByParam: the catalog's senders, the records' accounts first. KeyWord (at most
// 60 characters) is a case-insensitive substring of AccountName, Sendtype (batch|trigger) filters
// exactly; PageNo/PageSize page as for tags. Every field is a string, as in the SDK's model.
// DailyReqCount/MonthReqCount count the sender's records on the data set's anchor day and in its
// anchor month (service zone); DailyCount/MonthCount are the quotas.
class SandboxMailAddressAction final : public SandboxAction
{
public:
    explicit SandboxMailAddressAction(const SandboxDataset *dataset);

    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;

private:
    QJsonObject senderJson(const SandboxSender &sender, int serviceUtcOffsetSeconds) const;

    const SandboxDataset *m_dataset;
};

} // namespace sendtrail
