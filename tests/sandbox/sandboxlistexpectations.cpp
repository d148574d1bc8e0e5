#include "sandboxlistexpectations.h"

#include "sandbox/sandboxcatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

bool found(const QString &text, const QString &keyword)
{
    return text.contains(keyword, Qt::CaseInsensitive); // an empty keyword is contained in everything
}

QDateTime midnight(const QDate &day, int offset)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-offset);
}

int countSince(const SandboxDataset &data, const QString &account, const QDate &day, int offset)
{
    SandboxQuery query;
    query.accountName = account;
    query.start = midnight(day, offset);
    return int(data.select(query).size());
}

QJsonObject senderJson(const SandboxSender &s, const SandboxDataset &data, int offset)
{
    const QDate today = data.anchor().addSecs(offset).date();
    const SandboxConfigSet *set = sandboxcatalog::configSet(s.configSetId);
    return {{u"AccountName"_s, s.accountName},
            {u"AccountStatus"_s, s.accountStatus},
            {u"ConfigSetId"_s, s.configSetId},
            {u"ConfigSetName"_s, set ? set->name : QString()},
            {u"CreateTime"_s, s.createTime},
            {u"DailyCount"_s, QString::number(s.dailyLimit)},
            {u"DailyReqCount"_s, QString::number(countSince(data, s.accountName, today, offset))},
            {u"DomainStatus"_s, s.domainStatus},
            {u"MailAddressId"_s, s.id},
            {u"MonthCount"_s, QString::number(s.monthLimit)},
            {u"MonthReqCount"_s,
             QString::number(countSince(data, s.accountName, today.addDays(1 - today.day()), offset))},
            {u"ReplyAddress"_s, s.replyAddress},
            {u"ReplyStatus"_s, s.replyStatus},
            {u"Sendtype"_s, s.sendtype}};
}

QJsonObject poolJson(const SandboxIpPool &pool)
{
    QJsonArray ips;
    for (const SandboxIp &ip : pool.ips)
        ips.append(QJsonObject{{u"Id"_s, ip.id}, {u"Ip"_s, ip.ip}, {u"ZoneId"_s, ip.zoneId}});
    return {{u"CreateTime"_s, pool.createTime},
            {u"Id"_s, pool.id},
            {u"IpCount"_s, int(ips.size())},
            {u"Ips"_s, ips},
            {u"Name"_s, pool.name}};
}

QJsonObject configSetJson(const SandboxConfigSet &set)
{
    QJsonArray from;
    for (const SandboxSender &sender : sandboxcatalog::senders()) {
        if (sender.configSetId == set.id)
            from.append(sender.accountName);
    }
    const SandboxIpPool *pool = sandboxcatalog::ipPool(set.ipPoolId);
    return {{u"Description"_s, set.description},
            {u"FromAddresses"_s, from},
            {u"Id"_s, set.id},
            {u"IpPool"_s, QJsonObject{{u"IpPoolId"_s, pool->id}, {u"IpPoolName"_s, pool->name}}},
            {u"Name"_s, set.name}};
}

// Hundredths rounded half up, as the sandbox documents: "97.50%".
QString percent(int part, int whole)
{
    if (whole == 0)
        return u"0.00%"_s;
    const qint64 scaled = qint64(part) * 10000;
    qint64 hundredths = scaled / whole;
    if ((scaled % whole) * 2 >= whole)
        ++hundredths;
    return QString::asprintf("%lld.%02lld%%", hundredths / 100, hundredths % 100);
}

QString espOf(const QString &address)
{
    const QString domain = address.mid(address.lastIndexOf(u'@') + 1).toLower();
    const QStringList named = {u"gmail.com"_s, u"yahoo.com"_s, u"outlook.com"_s, u"icloud.com"_s};
    return named.contains(domain) ? domain : u"others"_s;
}

} // namespace

const QList<ListApiSpec> &listApis()
{
    static const QList<ListApiSpec> apis = {
        {ListApi::Tags, u"QueryTagByParam"_s, u"tags"_s, u"PageNo"_s, u"KeyWord"_s, false},
        {ListApi::Senders, u"QueryMailAddressByParam"_s, u"senders"_s, u"PageNo"_s, u"KeyWord"_s, false},
        {ListApi::Pools, u"DedicatedIpPoolList"_s, u"pools"_s, u"PageIndex"_s, u"Keyword"_s, true},
        {ListApi::ConfigSets, u"ConfigSetList"_s, u"configsets"_s, u"PageIndex"_s, u"Keyword"_s, true}};
    return apis;
}

const ListApiSpec &listApi(ListApi api)
{
    return listApis().at(int(api));
}

QList<QJsonObject> expectedList(ListApi api, const SandboxDataset &data, const ListFilter &filter, int offset)
{
    QList<QJsonObject> out;
    switch (api) {
    case ListApi::Tags:
        for (const SandboxTag &tag : sandboxcatalog::tags()) {
            if (found(tag.name, filter.keyword))
                out.append(
                    {{u"TagDescription"_s, tag.description}, {u"TagId"_s, tag.id}, {u"TagName"_s, tag.name}});
        }
        break;
    case ListApi::Senders:
        for (const SandboxSender &sender : sandboxcatalog::senders()) {
            if (found(sender.accountName, filter.keyword) &&
                (filter.sendtype.isEmpty() || filter.sendtype == sender.sendtype))
                out.append(senderJson(sender, data, offset));
        }
        break;
    case ListApi::Pools:
        for (const SandboxIpPool &pool : sandboxcatalog::ipPools()) {
            if (found(pool.name, filter.keyword) && (filter.poolId.isEmpty() || filter.poolId == pool.id))
                out.append(poolJson(pool));
        }
        break;
    case ListApi::ConfigSets:
        for (const SandboxConfigSet &set : sandboxcatalog::configSets()) {
            if (found(set.name, filter.keyword))
                out.append(configSetJson(set));
        }
        break;
    }
    return out;
}

QList<QJsonObject> itemsOf(ListApi api, const QJsonObject &body)
{
    const QJsonObject data = body.value(u"data"_s).toObject();
    const QJsonArray items = api == ListApi::Tags      ? data.value(u"tag"_s).toArray()
                             : api == ListApi::Senders ? data.value(u"mailAddress"_s).toArray()
                             : api == ListApi::Pools   ? body.value(u"IpPools"_s).toArray()
                                                       : body.value(u"ConfigSets"_s).toArray();
    QList<QJsonObject> out;
    for (const QJsonValue &item : items)
        out.append(item.toObject());
    return out;
}

QList<QJsonObject> expectedDailyTotals(const SandboxDataset &data, const QDate &first, const QDate &last,
                                       const StatFilter &filter, int offset)
{
    QList<QJsonObject> out;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        SandboxQuery query;
        query.start = midnight(day, offset);
        query.end = midnight(day.addDays(1), offset);
        query.accountName = filter.accountName;
        query.tagName = filter.tagName;
        query.ipPoolId = filter.poolId;
        int counts[5] = {};
        int all = 0;
        for (int row : data.select(query)) {
            const QString account = data.accountName(row);
            if ((!filter.dedicatedIp.isEmpty() && data.dedicatedIp(row) != filter.dedicatedIp) ||
                (!filter.domain.isEmpty() &&
                 account.mid(account.lastIndexOf(u'@') + 1).toLower() != filter.domain.toLower()) ||
                (!filter.esp.isEmpty() && espOf(data.toAddress(row)) != filter.esp))
                continue;
            ++counts[data.status(row)];
            ++all;
        }
        if (all == 0)
            continue;
        out.append({{u"CreateTime"_s, day.toString(Qt::ISODate)},
                    {u"requestCount"_s, QString::number(all)},
                    {u"successCount"_s, QString::number(counts[0])},
                    {u"faildCount"_s, QString::number(counts[3] + counts[4])},
                    {u"unavailableCount"_s, QString::number(counts[2])},
                    {u"succeededPercent"_s, percent(counts[0], all)},
                    {u"unavailablePercent"_s, percent(counts[2], all)}});
    }
    return out;
}

} // namespace sendtrail::test
