#include "sandboxconfigsetaction.h"

#include "sandboxcatalog.h"
#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sendtrail {

QString SandboxConfigSetAction::name() const
{
    return u"ConfigSetList"_s;
}

std::variant<QByteArray, SandboxError> SandboxConfigSetAction::answer(const SandboxActionCall &call)
{
    const auto result = sandboxparams::listPage(call.params, {u"Keyword"_s, 50, u"PageIndex"_s, true, true},
                                                sandboxcatalog::configSets(),
                                                [](const SandboxConfigSet &set, const QString &word) {
                                                    return sandboxparams::matchesKeyword(set.name, word);
                                                });
    if (const auto *error = std::get_if<SandboxError>(&result))
        return *error;
    const auto &page = std::get<sandboxparams::Slice<SandboxConfigSet>>(result);
    QJsonArray sets;
    for (const SandboxConfigSet &set : page.items) {
        const SandboxIpPool *pool = sandboxcatalog::ipPool(set.ipPoolId);
        sets.append(QJsonObject{
            {u"Id"_s, set.id},
            {u"Name"_s, set.name},
            {u"Description"_s, set.description},
            {u"FromAddresses"_s, QJsonArray::fromStringList(sandboxcatalog::fromAddresses(set.id))},
            {u"IpPool"_s, QJsonObject{{u"IpPoolId"_s, pool ? pool->id : QString()},
                                      {u"IpPoolName"_s, pool ? pool->name : QString()}}}});
    }
    const QJsonObject body{{u"ConfigSets"_s, sets},      {u"CurrentPage"_s, page.number},
                           {u"PageSize"_s, page.size},   {u"TotalCounts"_s, page.total},
                           {u"HasMore"_s, page.hasMore}, {u"RequestId"_s, call.requestId}};
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
