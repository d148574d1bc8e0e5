#include "sandboxmailaddressaction.h"

#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sendtrail {

using sandboxparams::serviceMidnight;

SandboxMailAddressAction::SandboxMailAddressAction(const SandboxDataset *dataset) : m_dataset(dataset) {}

QString SandboxMailAddressAction::name() const
{
    return u"QueryMailAddressByParam"_s;
}

QJsonObject SandboxMailAddressAction::senderJson(const SandboxSender &sender,
                                                 int serviceUtcOffsetSeconds) const
{
    const QDate anchorDay = m_dataset->anchor().addSecs(serviceUtcOffsetSeconds).date();
    SandboxQuery query;
    query.accountName = sender.accountName;
    query.start = serviceMidnight(anchorDay, serviceUtcOffsetSeconds);
    const qsizetype today = m_dataset->select(query).size();
    query.start = serviceMidnight(QDate(anchorDay.year(), anchorDay.month(), 1), serviceUtcOffsetSeconds);
    const qsizetype month = m_dataset->select(query).size();
    const SandboxConfigSet *set = sandboxcatalog::configSet(sender.configSetId);
    return QJsonObject{{u"AccountName"_s, sender.accountName},
                       {u"AccountStatus"_s, sender.accountStatus},
                       {u"ConfigSetId"_s, set ? set->id : QString()},
                       {u"ConfigSetName"_s, set ? set->name : QString()},
                       {u"CreateTime"_s, sender.createTime},
                       {u"DailyCount"_s, QString::number(sender.dailyLimit)},
                       {u"DailyReqCount"_s, QString::number(today)},
                       {u"DomainStatus"_s, sender.domainStatus},
                       {u"MailAddressId"_s, sender.id},
                       {u"MonthCount"_s, QString::number(sender.monthLimit)},
                       {u"MonthReqCount"_s, QString::number(month)},
                       {u"ReplyAddress"_s, sender.replyAddress},
                       {u"ReplyStatus"_s, sender.replyStatus},
                       {u"Sendtype"_s, sender.sendtype}};
}

std::variant<QByteArray, SandboxError> SandboxMailAddressAction::answer(const SandboxActionCall &call)
{
    const QString sendtype = sandboxparams::value(call.params, u"Sendtype"_s);
    if (!sendtype.isEmpty() && sendtype != u"batch"_s && sendtype != u"trigger"_s)
        return sandboxerrors::invalidParameter(
            u"Specified parameter Sendtype is not valid; use batch or trigger."_s);
    const auto result = sandboxparams::listPage(
        call.params, {u"KeyWord"_s, 60, u"PageNo"_s, false, false}, sandboxcatalog::senders(),
        [&sendtype](const SandboxSender &sender, const QString &word) {
            return (sendtype.isEmpty() || sender.sendtype == sendtype) &&
                   sandboxparams::matchesKeyword(sender.accountName, word);
        });
    if (const auto *error = std::get_if<SandboxError>(&result))
        return *error;
    const auto &page = std::get<sandboxparams::Slice<SandboxSender>>(result);
    QJsonArray senders;
    for (const SandboxSender &sender : page.items)
        senders.append(senderJson(sender, call.options.serviceUtcOffsetSeconds));
    const QJsonObject body = sandboxparams::numberedBody(page, call.requestId, u"mailAddress"_s, senders);
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
