#pragma once

#include "sandboxaction.h"
#include "sandboxdataset.h"
#include "sandboxinvalidlist.h"
#include "sandboxpagetokens.h"

namespace sendtrail {

// QueryInvalidAddress: the account's invalid-address list (SandboxInvalidList). StartTime and
// EndTime are "yyyy-MM-dd" days of the service zone, both included, at most 30 days, StartTime no
// earlier than 30 days before the server's today; they filter by the day an address first became
// invalid. KeyWord is a case-insensitive substring of ToAddress. Length is the page size: 1 to
// 100, default 10, as for the detail records (the SDK's example is 100, the older docs' default
// 10); NextStart continues where the last page stopped. Order as the detail records
// (SandboxOptions::order), and the end of the list as theirs (endMarker). TotalCount counts every
// match, not the page; UtcLastUpdateTime is a number here, as the SDK's model types it.
class SandboxQueryInvalidAction final : public SandboxAction
{
public:
    static constexpr int kMaxDays = 30;
    static constexpr int kMaxAgeDays = 30;

    SandboxQueryInvalidAction(const SandboxDataset *dataset, const SandboxInvalidList *list);

    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;

private:
    QJsonObject itemJson(const SandboxInvalidList::Entry &entry, int serviceUtcOffsetSeconds) const;

    const SandboxDataset *m_dataset;
    const SandboxInvalidList *m_list;
    SandboxPageTokens m_tokens;
};

} // namespace sendtrail
