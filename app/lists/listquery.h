#pragma once

#include "api/apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sendtrail {

// The account's catalogues, each behind its own list API (direct-mail-api.md §7) whose key
// spellings differ: KeyWord/Keyword, PageNo/PageIndex, PageNumber/CurrentPage,
// TotalCount/TotalCounts, data.tag[] vs top-level IpPools[].
enum class ListKind
{
    Tags,       // QueryTagByParam
    Senders,    // QueryMailAddressByParam
    IpPools,    // DedicatedIpPoolList
    ConfigSets, // ConfigSetList
};

struct ListItem
{
    QString id;      // TagId, MailAddressId, pool or config-set Id
    QString name;    // TagName, AccountName, Name
    QString detail;  // TagDescription, Sendtype, the pool's IP count, Description
    QJsonObject raw; // the item exactly as the service sent it
};

struct ListPage
{
    QList<ListItem> items;
    int page = 1;
    qint64 total = -1; // -1: the service did not say
    bool hasMore = false;
    QString requestId;
};

struct ListQuery
{
    ListKind kind = ListKind::Tags;
    QString keyword; // case-insensitive substring match on the service's side
    int pageSize = 50;
};

QString listAction(ListKind kind);
// "tags", "senders", "ip-pools", "config-sets"
QString listCommandName(ListKind kind);
std::optional<ListKind> listKindFromCommand(const QString &name);

// page is 1-based.
QueryParams listParams(const ListQuery &query, int page);

// Accepts numbers as strings and strings as numbers, as these APIs swap them. nullopt with
// *problem set when the body is not a page of this list.
std::optional<ListPage> parseListPage(ListKind kind, const QJsonObject &body, int requestedPage, int pageSize,
                                      QString *problem);

// A count that may come as a number or a numeric string; nullopt when it is neither.
std::optional<qint64> jsonCount(const QJsonValue &value);

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ListPage)
