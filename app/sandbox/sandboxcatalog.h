#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail {

// The account's resources the list APIs describe. Each list starts with what the data set's
// records use (same names, same ids, same order as the vocabulary) and adds some that no record
// uses, as a real account has: the lists then page, and a filter can match nothing sent.
struct SandboxTag
{
    QString id;
    QString name;
    QString description;
};

struct SandboxSender
{
    QString id;
    QString accountName;
    QString sendtype;   // "batch" or "trigger"
    QString createTime; // wall time in the service zone ending in "Z", as the docs' 2019-09-29T13:28Z
    QString replyAddress;
    QString replyStatus;   // "0" verified, "1" not
    QString accountStatus; // "0" normal, "1" frozen
    QString domainStatus;  // "0" normal, "1" abnormal
    QString configSetId;   // empty: none
    int dailyLimit = 0;
    int monthLimit = 0;
};

struct SandboxIp
{
    QString id;
    QString ip;
    QString zoneId;
};

struct SandboxIpPool
{
    QString id;
    QString name;
    QString createTime; // UTC, like 2025-05-23T07:41:43Z
    QList<SandboxIp> ips;
};

struct SandboxConfigSet
{
    QString id;
    QString name;
    QString description;
    QString ipPoolId;
};

namespace sandboxcatalog {

const QList<SandboxTag> &tags();
const QList<SandboxSender> &senders();
const QList<SandboxIpPool> &ipPools();
const QList<SandboxConfigSet> &configSets();
const SandboxIpPool *ipPool(const QString &id);        // nullptr if unknown
const SandboxConfigSet *configSet(const QString &id);  // nullptr if unknown
QStringList fromAddresses(const QString &configSetId); // the senders bound to it, in list order

} // namespace sandboxcatalog
} // namespace sendtrail
