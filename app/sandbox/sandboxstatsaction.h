#pragma once

#include "sandboxaction.h"
#include "sandboxdataset.h"

#include <QDate>

namespace sendtrail {

// SenderStatisticsByTagNameAndBatchID: daily totals of the data set's records. StartTime and
// EndTime are "yyyy-MM-dd" days of the service zone, both included: at most 7 days, StartTime no
// earlier than 30 days before the server's today (its clock, in the service zone). AccountName,
// TagName and DedicatedIpPoolId filter as the detail API's AccountName/TagName/IpPoolId do;
// Domain is the sender's domain (case-insensitive), DedicatedIp the record's pool address, Esp
// the recipient's provider (gmail.com, yahoo.com, outlook.com, icloud.com, or others). The
// filters combine. One stat per day with mail, oldest first; TotalCount counts the stats.
class SandboxStatsAction final : public SandboxAction
{
public:
    static constexpr int kMaxDays = 7;
    static constexpr int kMaxAgeDays = 30;

    explicit SandboxStatsAction(const SandboxDataset *dataset);

    QString name() const override;
    std::variant<QByteArray, SandboxError> answer(const SandboxActionCall &call) override;

private:
    struct Request
    {
        SandboxQuery query; // the whole days, with the filters the data set applies itself
        QString domain;
        QString dedicatedIp;
        QString esp;
    };
    std::variant<Request, SandboxError> parse(const SandboxActionCall &call) const;
    bool keeps(int row, const Request &request) const;

    const SandboxDataset *m_dataset;
};

} // namespace sendtrail
