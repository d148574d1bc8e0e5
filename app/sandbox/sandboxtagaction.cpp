#include "sandboxtagaction.h"

#include "sandboxcatalog.h"
#include "sandboxparams.h"
#include "sandboxrender.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sendtrail {

QString SandboxTagAction::name() const
{
    return u"QueryTagByParam"_s;
}

std::variant<QByteArray, SandboxError> SandboxTagAction::answer(const SandboxActionCall &call)
{
    const auto result =
        sandboxparams::listPage(call.params, {u"KeyWord"_s, 50, u"PageNo"_s, false, false},
                                sandboxcatalog::tags(), [](const SandboxTag &tag, const QString &word) {
                                    return sandboxparams::matchesKeyword(tag.name, word);
                                });
    if (const auto *error = std::get_if<SandboxError>(&result))
        return *error;
    const auto &page = std::get<sandboxparams::Slice<SandboxTag>>(result);
    QJsonArray tags;
    for (const SandboxTag &tag : page.items)
        tags.append(QJsonObject{
            {u"TagId"_s, tag.id}, {u"TagName"_s, tag.name}, {u"TagDescription"_s, tag.description}});
    const QJsonObject body = sandboxparams::numberedBody(page, call.requestId, u"tag"_s, tags);
    return sandboxrender::objectBody(name(), body, call.xml);
}

} // namespace sendtrail
