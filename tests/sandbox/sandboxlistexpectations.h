#pragma once

// What the sandbox's list APIs and daily totals must answer, rebuilt by the tests from the catalog
// and from SandboxDataset::select with the SDK's JSON keys, apart from the server's own code.
// Shared by tst_sandboxlists (own signer) and tst_officialclient_lists (the official client).

#include "sandbox/sandboxdataset.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sendtrail::test {

enum class ListApi
{
    Tags,
    Senders,
    Pools,
    ConfigSets
};

struct ListApiSpec
{
    ListApi api;
    QString action;
    QString script;     // lists.mjs --api
    QString pageNumber; // PageNo or PageIndex
    QString keyword;    // KeyWord or Keyword
    bool indexed;       // PageIndex/CurrentPage/HasMore/TotalCounts rather than PageNo/PageNumber/TotalCount
};
const QList<ListApiSpec> &listApis();
const ListApiSpec &listApi(ListApi api);

struct ListFilter
{
    QString keyword;
    QString sendtype; // senders only
    QString poolId;   // pools only
};
QList<QJsonObject> expectedList(ListApi api, const SandboxDataset &data, const ListFilter &filter = {},
                                int serviceUtcOffsetSeconds = 8 * 3600);
QList<QJsonObject> itemsOf(ListApi api, const QJsonObject &body); // the items of one reply

struct StatFilter
{
    QString accountName;
    QString tagName;
    QString poolId;
    QString dedicatedIp;
    QString domain;
    QString esp;
};
// One stat per service-zone day in [first, last] with matching mail, counted a day at a time.
QList<QJsonObject> expectedDailyTotals(const SandboxDataset &data, const QDate &first, const QDate &last,
                                       const StatFilter &filter = {}, int serviceUtcOffsetSeconds = 8 * 3600);

} // namespace sendtrail::test
