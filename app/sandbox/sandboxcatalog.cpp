#include "sandboxcatalog.h"

#include "sandboxvocabulary.h"

using namespace Qt::StringLiterals;

namespace sendtrail::sandboxcatalog {

namespace voc = sandboxvocabulary;

namespace {

const QString kSpareConfigSetId = u"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s; // no record uses it

// Mixed case and near-misses on purpose: keyword search is a case-insensitive substring.
const QStringList &unusedTagNames()
{
    static const QStringList names =
        u"Welcome|Onboarding|AccountVerification|TwoFactorCode|LoginAlert|CartReminder|BackInStock|"
        "PriceDrop|WeeklyDigest|MonthlyReport|ProductUpdate|ReleaseNotes|Webinar|EventInvite|Survey|"
        "Feedback|Referral|LoyaltyPoints|Renewal|TrialEnding|WinBack|newsletter-archive|NEWSLETTER_B|"
        "营销活动|Réunion|security-notice|Maintenance|Holiday 2024"_s.split(u'|');
    return names;
}

} // namespace

const QList<SandboxTag> &tags()
{
    static const QList<SandboxTag> list = [] {
        QList<SandboxTag> out;
        auto add = [&out](const QString &name, const QString &description) {
            out.append({QString::number(90001 + out.size()), name, description});
        };
        for (const SandboxWeighted &tag : voc::tags()) {
            if (!tag.value.isEmpty()) // untagged mail has no tag to list
                add(tag.value, u"Tag of sandbox mail"_s);
        }
        for (const QString &name : unusedTagNames())
            add(name, u"Defined; no mail sent with it"_s);
        return out;
    }();
    return list;
}

const QList<SandboxSender> &senders()
{
    static const QList<SandboxSender> list = [] {
        const QList<SandboxNamedId> &sets = voc::configSets();
        const QString noSet;
        // The data set's accounts, in vocabulary order, then three that sent nothing.
        QStringList names;
        for (const SandboxWeighted &account : voc::accounts())
            names.append(account.value);
        names << u"digest@mail.example.com"_s << u"support@help.example.org"_s
              << u"Frozen.Sender@Example.COM"_s;
        struct Extra
        {
            const char *sendtype;
            const char *created;
            QString reply;
            QString configSetId;
        };
        const QList<Extra> extras = {
            {"trigger", "2022-03-14T09:26Z", u"support@example.com"_s, sets.at(0).id},
            {"batch", "2022-05-02T18:40Z", u"editor@example.com"_s, sets.at(1).id},
            {"trigger", "2022-08-19T07:05Z", QString(), noSet},
            {"trigger", "2023-01-09T23:59Z", u"ops@example.com"_s, sets.at(0).id},
            {"batch", "2023-06-18T12:00Z", QString(), noSet},
            {"batch", "2023-09-30T04:31Z", QString(), noSet},
            {"batch", "2024-01-02T10:10Z", u"digest-replies@example.com"_s, kSpareConfigSetId},
            {"trigger", "2024-02-29T16:45Z", u"help@example.org"_s, noSet},
            {"batch", "2021-12-31T08:00Z", QString(), noSet}};
        QList<SandboxSender> out;
        for (int i = 0; i < names.size(); ++i) {
            const Extra &extra = extras.at(i);
            const bool frozen = i == names.size() - 1;
            out.append({QString::number(12121 + i), names.at(i), QString::fromLatin1(extra.sendtype),
                        QString::fromLatin1(extra.created), extra.reply,
                        extra.reply.isEmpty() ? u"1"_s : u"0"_s, frozen ? u"1"_s : u"0"_s,
                        frozen ? u"1"_s : u"0"_s, extra.configSetId, 10000, 300000});
        }
        return out;
    }();
    return list;
}

const QList<SandboxIpPool> &ipPools()
{
    static const QList<SandboxIpPool> list = [] {
        const QList<SandboxNamedId> &used = voc::ipPools();
        return QList<SandboxIpPool>{{used.at(0).id,
                                     used.at(0).name,
                                     u"2023-11-02T03:15:09Z"_s,
                                     {{u"ip-6f1c2a90"_s, u"203.0.113.10"_s, u"cn-hangzhou-h"_s},
                                      {u"ip-6f1c2a91"_s, u"203.0.113.11"_s, u"cn-hangzhou-i"_s}}},
                                    {used.at(1).id,
                                     used.at(1).name,
                                     u"2024-02-17T11:02:44Z"_s,
                                     {{u"ip-83d0e4b2"_s, u"198.51.100.25"_s, u"cn-hangzhou-h"_s}}},
                                    {u"3d5e7f90-1a2b-4c3d-9e8f-7a6b5c4d3e2f"_s,
                                     u"idle-pool"_s,
                                     u"2025-05-23T07:41:43Z"_s,
                                     {{u"ip-9a0b1c2d"_s, u"192.0.2.77"_s, u"cn-hangzhou-j"_s}}}};
    }();
    return list;
}

const QList<SandboxConfigSet> &configSets()
{
    static const QList<SandboxConfigSet> list = [] {
        const QList<SandboxNamedId> &used = voc::configSets();
        const QList<SandboxIpPool> &pools = ipPools();
        return QList<SandboxConfigSet>{
            {used.at(0).id, used.at(0).name, u"Transactional defaults"_s, pools.at(0).id},
            {used.at(1).id, used.at(1).name, u"Quarterly promotion, \"Q3\" wording"_s, pools.at(1).id},
            {kSpareConfigSetId, u"spare-config"_s, u"Not used by any mail yet"_s, pools.at(2).id}};
    }();
    return list;
}

const SandboxIpPool *ipPool(const QString &id)
{
    for (const SandboxIpPool &pool : ipPools()) {
        if (pool.id == id)
            return &pool;
    }
    return nullptr;
}

const SandboxConfigSet *configSet(const QString &id)
{
    for (const SandboxConfigSet &set : configSets()) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

QStringList fromAddresses(const QString &configSetId)
{
    QStringList addresses;
    for (const SandboxSender &sender : senders()) {
        if (sender.configSetId == configSetId)
            addresses.append(sender.accountName);
    }
    return addresses;
}

} // namespace sendtrail::sandboxcatalog
