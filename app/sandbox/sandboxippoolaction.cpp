#include "sandboxippoolaction.h"

#include "sandboxcatalog.h"
#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sendtrail {

QString SandboxIpPoolAction::name() const
{
    return u"DedicatedIpPoolList"_s;
}

std::variant<QByteArray, SandboxError> SandboxIpPoolAction::answer(const SandboxActionCall &call)
{
    const QString poolId = sandboxparams::value(call.params, u"PoolId"_s);
    const auto result = sandboxparams::listPage(
        call.params, {u"Keyword"_s, 50, u"PageIndex"_s, false, true}, sandboxcatalog::ipPools(),
        [&poolId](const SandboxIpPool &pool, const QString &word) {
            return (poolId.isEmpty() || pool.id == poolId) && sandboxparams::matchesKeyword(pool.name, word);
        });
    if (const auto *error = std::get_if<SandboxError>(&result))
        return *error;
    const auto &page = std::get<sandboxparams::Slice<SandboxIpPool>>(result);
    QJsonArray pools;
    for (const SandboxIpPool &pool : page.items) {
        QJsonArray ips;
        for (const SandboxIp &ip : pool.ips)
            ips.append(QJsonObject{{u"Id"_s, ip.id}, {u"Ip"_s, ip.ip}, {u"ZoneId"_s, ip.zoneId}});
        pools.append(QJsonObject{{u"Id"_s, pool.id},
                                 {u"Name"_s, pool.name},
                                 {u"CreateTime"_s, pool.createTime},
                                 {u"IpCount"_s, int(pool.ips.size())},
                                 {u"Ips"_s, ips}});
    }
    const QJsonObject body{{u"IpPools"_s, pools},
                           {u"CurrentPage"_s, QString::number(page.number)},
                           {u"PageSize"_s, QString::number(page.size)},
                           {u"TotalCounts"_s, page.total},
                           {u"HasMore"_s, page.hasMore},
                           {u"RequestId"_s, call.requestId}};
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
