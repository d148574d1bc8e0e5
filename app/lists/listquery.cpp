#include "listquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct Spelling
{
    QLatin1StringView action;
    QLatin1StringView command;
    QLatin1StringView keyword;   // request
    QLatin1StringView page;      // request
    QLatin1StringView pageEcho;  // response
    QLatin1StringView total;     // response
    QLatin1StringView container; // "data" for nested lists, empty for top-level arrays
    QLatin1StringView items;
    QLatin1StringView id;
    QLatin1StringView name;
    QLatin1StringView detail;
};

const Spelling &spelling(ListKind kind)
{
    static const Spelling tags{"QueryTagByParam"_L1, "tags"_L1,       "KeyWord"_L1,       "PageNo"_L1,
                               "PageNumber"_L1,      "TotalCount"_L1, "data"_L1,          "tag"_L1,
                               "TagId"_L1,           "TagName"_L1,    "TagDescription"_L1};
    static const Spelling senders{"QueryMailAddressByParam"_L1,
                                  "senders"_L1,
                                  "KeyWord"_L1,
                                  "PageNo"_L1,
                                  "PageNumber"_L1,
                                  "TotalCount"_L1,
                                  "data"_L1,
                                  "mailAddress"_L1,
                                  "MailAddressId"_L1,
                                  "AccountName"_L1,
                                  "Sendtype"_L1};
    static const Spelling pools{"DedicatedIpPoolList"_L1,
                                "ip-pools"_L1,
                                "Keyword"_L1,
                                "PageIndex"_L1,
                                "CurrentPage"_L1,
                                "TotalCounts"_L1,
                                QLatin1StringView(),
                                "IpPools"_L1,
                                "Id"_L1,
                                "Name"_L1,
                                "IpCount"_L1};
    static const Spelling configSets{"ConfigSetList"_L1,  "config-sets"_L1, "Keyword"_L1,
                                     "PageIndex"_L1,      "CurrentPage"_L1, "TotalCounts"_L1,
                                     QLatin1StringView(), "ConfigSets"_L1,  "Id"_L1,
                                     "Name"_L1,           "Description"_L1};
    switch (kind) {
    case ListKind::Senders:
        return senders;
    case ListKind::IpPools:
        return pools;
    case ListKind::ConfigSets:
        return configSets;
    case ListKind::Tags:
        break;
    }
    return tags;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

std::optional<qint64> jsonCount(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString listAction(ListKind kind)
{
    return spelling(kind).action;
}

QString listCommandName(ListKind kind)
{
    return spelling(kind).command;
}

std::optional<ListKind> listKindFromCommand(const QString &name)
{
    for (ListKind kind : {ListKind::Tags, ListKind::Senders, ListKind::IpPools, ListKind::ConfigSets})
        if (name == spelling(kind).command)
            return kind;
    return std::nullopt;
}

QueryParams listParams(const ListQuery &query, int page)
{
    const Spelling &s = spelling(query.kind);
    QueryParams params{{s.page, QString::number(page)}, {u"PageSize"_s, QString::number(query.pageSize)}};
    if (!query.keyword.isEmpty())
        params.append({s.keyword, query.keyword});
    return params;
}

std::optional<ListPage> parseListPage(ListKind kind, const QJsonObject &body, int requestedPage, int pageSize,
                                      QString *problem)
{
    const Spelling &s = spelling(kind);
    const QJsonObject container = s.container.isEmpty() ? body : body.value(s.container).toObject();
    const QJsonValue itemsValue = container.value(s.items);
    // An empty result may come without the array (or without "data") at all.
    if (!itemsValue.isArray() && !itemsValue.isUndefined() && !itemsValue.isNull()) {
        if (problem)
            *problem = u"%1 is not a list"_s.arg(s.items);
        return std::nullopt;
    }
    ListPage page;
    page.requestId = body.value(u"RequestId"_s).toString();
    page.page = int(jsonCount(body.value(s.pageEcho)).value_or(requestedPage));
    page.total = jsonCount(body.value(s.total)).value_or(-1);
    for (const QJsonValue v : itemsValue.toArray()) {
        if (!v.isObject())
            continue; // a stray null among the items carries nothing to show
        const QJsonObject o = v.toObject();
        page.items.append({text(o.value(s.id)), text(o.value(s.name)), text(o.value(s.detail)), o});
    }
    const QJsonValue hasMore = body.value(u"HasMore"_s);
    if (hasMore.isBool())
        page.hasMore = hasMore.toBool();
    else if (page.total >= 0)
        page.hasMore = qint64(page.page) * pageSize < page.total;
    else
        page.hasMore = page.items.size() >= pageSize;
    // Never ask again after an empty page, whatever the counts claim.
    if (page.items.isEmpty())
        page.hasMore = false;
    return page;
}

} // namespace sendtrail
