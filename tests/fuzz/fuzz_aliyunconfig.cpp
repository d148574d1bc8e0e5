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

// The file with every non-empty string secret replaced by a marker of its own, and the markers.
// The reasons' own words ("StsToken", "access_key_secret", "config.json") can equal a secret of
// the file, so "no reason repeats a secret" is checked on this copy, where a marker found in a
// reason can only have come from a secret. The parser only asks whether a secret is empty, so the
// copy takes the same paths as the file.
QByteArray withMarkedSecrets(const QByteArray &json, QStringList &markers)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray entries = root.value("profiles"_L1).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            continue;
        QJsonObject entry = entries.at(i).toObject();
        for (const auto key : {"access_key_secret"_L1, "sts_token"_L1}) {
            if (entry.value(key).toString().isEmpty())
                continue;
            markers.append(u"\x01marked-secret-%1\x01"_s.arg(markers.size()));
            entry.insert(key, markers.last());
        }
        entries.replace(i, entry);
    }
    root.insert("profiles"_L1, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void checkNoReasonRepeatsASecret(const QByteArray &json, const QStringList &existing)
{
    QStringList markers;
    const QByteArray marked = withMarkedSecrets(json, markers);
    const AliyunImportPlan plan = planAliyunImport(marked, u"config.json"_s, existing);
    fuzz::check(plan.ok(), "the marked copy is usable too", marked);
    for (const AliyunSkipped &s : plan.skipped) {
        for (const QString &marker : std::as_const(markers))
            fuzz::check(!s.reason.contains(marker) || s.name.contains(marker) || s.mode.contains(marker),
                        "a skip reason never repeats a secret", s.reason.toUtf8());
    }
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
    checkNoReasonRepeatsASecret(json, existing);
    plan.wipe();
    for (const AliyunCandidate &c : std::as_const(plan.candidates))
        fuzz::check(c.secret.isEmpty() && c.securityToken.isEmpty(), "wipe() clears every secret");
    return 0;
}
