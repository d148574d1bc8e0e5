// The import of the aliyun CLI's config.json. Invariants: an unusable file gives a reason and
// nothing else; every entry of "profiles" becomes exactly one candidate or one skip; a candidate
// is complete (valid, new, distinct name; plausible key id; secret; token in StsToken mode); no
// skip reason repeats a secret of the file.
#include "credentials/aliyunconfig.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

QStringList secretsOf(const QJsonArray &entries)
{
    QStringList secrets;
    for (const QJsonValue &v : entries) {
        for (const auto key : {"access_key_secret"_L1, "sts_token"_L1}) {
            const QString secret = v.toObject().value(key).toString();
            if (secret.size() >= 6)
                secrets.append(secret);
        }
    }
    return secrets;
}

void checkCandidates(const AliyunImportPlan &plan, const QStringList &existing)
{
    QStringList seen;
    for (const AliyunCandidate &c : plan.candidates) {
        const Profile &p = c.profile;
        fuzz::check(isValidProfileName(p.name), "a candidate's name is valid", p.name.toUtf8());
        fuzz::check(!existing.contains(p.name, Qt::CaseInsensitive),
                    "an existing profile is never overwritten");
        fuzz::check(!seen.contains(p.name, Qt::CaseInsensitive), "candidate names are distinct");
        seen.append(p.name);
        fuzz::check(isPlausibleAccessKeyId(p.accessKeyId), "a candidate's key id is plausible");
        fuzz::check(!c.secret.isEmpty(), "a candidate has its secret");
        fuzz::check(c.mode == "AK"_L1 || c.mode == "StsToken"_L1, "a candidate is AK or StsToken");
        fuzz::check(p.hasSecurityToken == (c.mode == "StsToken"_L1), "StsToken mode says so");
        fuzz::check(c.mode == "AK"_L1 ? c.securityToken.isEmpty() : !c.securityToken.isEmpty(),
                    "a token exactly in StsToken mode");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 2);
    // The first field lists Sendtrail's own profile names, one a line.
    const QStringList existing = QString::fromUtf8(parts[0]).split(u'\n', Qt::SkipEmptyParts);
    const QByteArray &json = parts[1];
    AliyunImportPlan plan = planAliyunImport(json, u"config.json"_s, existing);
    if (!plan.ok()) {
        fuzz::check(plan.candidates.isEmpty() && plan.skipped.isEmpty(), "an unusable file yields nothing");
        return 0;
    }
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value("profiles"_L1).toArray();
    fuzz::check(plan.candidates.size() + plan.skipped.size() == entries.size(), "one outcome per entry",
                json);
    checkCandidates(plan, existing);
    const QStringList secrets = secretsOf(entries);
    for (const AliyunSkipped &s : std::as_const(plan.skipped)) {
        for (const QString &secret : secrets)
            fuzz::check(!s.reason.contains(secret) || s.name.contains(secret) || s.mode.contains(secret),
                        "a skip reason never repeats a secret", s.reason.toUtf8());
    }
    plan.wipe();
    for (const AliyunCandidate &c : std::as_const(plan.candidates))
        fuzz::check(c.secret.isEmpty() && c.securityToken.isEmpty(), "wipe() clears every secret");
    return 0;
}
