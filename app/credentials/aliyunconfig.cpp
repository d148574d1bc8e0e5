#include "aliyunconfig.h"

#include "api/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct AliyunConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::AliyunConfig)
};

// A config.json is a few KB; anything this large is another file given by mistake.
constexpr qint64 kMaxConfigBytes = qint64(1024) * 1024;

struct ModeReason
{
    QLatin1StringView mode;
    const char *reason;
};

// The aliyun CLI's other modes (config/profile.go). Their credentials are obtained when the CLI
// runs (role assumption, instance metadata, a program, a sign-in), so there is no lasting key to
// copy; Sendtrail signs with a stored AccessKey only.
const ModeReason kOtherModes[] = {
    {"RamRoleArn"_L1, QT_TRANSLATE_NOOP("sendtrail::AliyunConfig",
                                        "it assumes a RAM role through STS, which Sendtrail does not do")},
    {"EcsRamRole"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "its credentials come from an ECS instance's RAM role")},
    {"RamRoleArnWithRoleName"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig",
                       "it assumes a RAM role with an ECS instance's credentials")},
    {"RsaKeyPair"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it signs in with an RSA key pair, not an AccessKey")},
    {"ChainableRamRoleArn"_L1, QT_TRANSLATE_NOOP("sendtrail::AliyunConfig",
                                                 "it assumes a RAM role with another profile's credentials")},
    {"External"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "an external program supplies its credentials")},
    {"CredentialsURI"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "its credentials are fetched from a URL each time")},
    {"OIDC"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it exchanges an OIDC token for a RAM role's credentials")},
    {"CloudSSO"_L1, QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it signs in through CloudSSO")},
    {"OAuth"_L1, QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it signs in through OAuth")},
    {"BearerToken"_L1,
     QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it uses a bearer token, not an AccessKey")},
    {"Anonymous"_L1, QT_TRANSLATE_NOOP("sendtrail::AliyunConfig", "it has no credentials")},
};

// Why a profile of `mode` is not imported, or an empty string for AK and StsToken. The CLI
// itself matches modes case-insensitively.
QString modeReason(const QString &mode)
{
    if (mode.isEmpty())
        return AliyunConfigTr::tr("no mode is set, so the aliyun CLI does not use it either");
    for (const ModeReason &other : kOtherModes) {
        if (mode.compare(other.mode, Qt::CaseInsensitive) == 0)
            return AliyunConfigTr::tr("%1 profile: %2").arg(other.mode, AliyunConfigTr::tr(other.reason));
    }
    return AliyunConfigTr::tr("unknown mode “%1”; only AK and StsToken profiles can be imported").arg(mode);
}

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

// One entry of "profiles": a candidate, or a reason to leave it alone.
void planProfile(const QJsonObject &entry, const QString &fileName, const QStringList &existingNames,
                 AliyunImportPlan &plan)
{
    const QString name = entry.value("name"_L1).toString();
    const QString fileMode = entry.value("mode"_L1).toString();
    const bool ak = fileMode.compare("AK"_L1, Qt::CaseInsensitive) == 0;
    const bool sts = fileMode.compare("StsToken"_L1, Qt::CaseInsensitive) == 0;
    const auto skip = [&](const QString &reason, bool problem = false) {
        plan.skipped.append({name, fileMode, reason, problem});
    };
    if (!ak && !sts)
        return skip(modeReason(fileMode));
    if (name.isEmpty())
        return skip(AliyunConfigTr::tr("it has no name"));
    if (!isValidProfileName(name)) {
        return skip(
            AliyunConfigTr::tr("Sendtrail cannot use this name: a profile name is 1-64 letters, digits, "
                               "'.', '_' or '-', starting with a letter or digit"));
    }
    if (containsName(existingNames, name))
        return skip(
            AliyunConfigTr::tr("Sendtrail already has a profile of this name; it is not overwritten"));
    for (const AliyunCandidate &earlier : std::as_const(plan.candidates)) {
        if (earlier.profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return skip(AliyunConfigTr::tr("an earlier profile in the file has the same name"));
    }

    AliyunCandidate candidate;
    candidate.mode = ak ? u"AK"_s : u"StsToken"_s;
    candidate.profile.name = name;
    candidate.profile.accessKeyId = entry.value("access_key_id"_L1).toString().trimmed();
    QString secretText = entry.value("access_key_secret"_L1).toString();
    candidate.secret = secretText.toUtf8();
    wipeText(secretText); // the QJsonObject's own storage is out of reach; see readAliyunConfig
    if (sts) {
        QString tokenText = entry.value("sts_token"_L1).toString();
        candidate.securityToken = tokenText.toUtf8();
        wipeText(tokenText);
    }
    QStringList missing;
    if (candidate.profile.accessKeyId.isEmpty())
        missing << u"access_key_id"_s;
    if (candidate.secret.isEmpty())
        missing << u"access_key_secret"_s;
    if (sts && candidate.securityToken.isEmpty())
        missing << u"sts_token"_s;
    if (!missing.isEmpty()) {
        candidate.wipe();
        return skip(AliyunConfigTr::tr("incomplete %1 profile in %2: %3 missing")
                        .arg(candidate.mode, fileName, missing.join(u", "_s)),
                    true);
    }
    if (!isPlausibleAccessKeyId(candidate.profile.accessKeyId)) {
        candidate.wipe();
        return skip(
            AliyunConfigTr::tr("the access_key_id in %1 does not look like an AccessKey ID").arg(fileName),
            true);
    }
    const DirectMailRegion region = directMailRegionFor(entry.value("region_id"_L1).toString().trimmed());
    candidate.profile.regionId = region.regionId;
    candidate.regionNote = region.note;
    candidate.profile.hasSecurityToken = sts;
    plan.candidates.append(std::move(candidate));
}

} // namespace

void AliyunCandidate::wipe()
{
    wipeBytes(secret);
    wipeBytes(securityToken);
}

bool AliyunImportPlan::hasProblems() const
{
    return std::any_of(skipped.cbegin(), skipped.cend(), [](const AliyunSkipped &s) { return s.problem; });
}

void AliyunImportPlan::wipe()
{
    for (AliyunCandidate &candidate : candidates)
        candidate.wipe();
}

QString defaultAliyunConfigPath()
{
    return QDir::home().filePath(u".aliyun/config.json"_s);
}

AliyunImportPlan planAliyunImport(const QByteArray &json, const QString &fileName,
                                  const QStringList &existingNames)
{
    AliyunImportPlan plan;
    plan.fileName = fileName;
    if (json.trimmed().isEmpty()) {
        plan.error = AliyunConfigTr::tr("%1 is empty.").arg(fileName);
        return plan;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // One arg() call: a second would also replace a "%3" of the path.
        plan.error = AliyunConfigTr::tr("%1 is not valid JSON: %2 (at byte %3).")
                         .arg(fileName, parseError.errorString(), QString::number(parseError.offset));
        return plan;
    }
    if (!document.isObject()) {
        plan.error = AliyunConfigTr::tr("%1 does not hold a JSON object.").arg(fileName);
        return plan;
    }
    const QJsonValue profiles = document.object().value("profiles"_L1);
    if (!profiles.isArray()) {
        plan.error = AliyunConfigTr::tr("%1 has no “profiles” list.").arg(fileName);
        return plan;
    }
    const QJsonArray entries = profiles.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            plan.skipped.append(
                {AliyunConfigTr::tr("entry %1").arg(i + 1), QString(),
                 AliyunConfigTr::tr("entry %1 of “profiles” in %2 is not an object").arg(i + 1).arg(fileName),
                 true});
            continue;
        }
        planProfile(entries.at(i).toObject(), fileName, existingNames, plan);
    }
    return plan;
}

AliyunImportPlan readAliyunConfig(const QString &path, const QStringList &existingNames)
{
    AliyunImportPlan plan;
    plan.fileName = path;
    QFile file(path);
    if (!file.exists()) {
        plan.error =
            AliyunConfigTr::tr("There is no %1. Set up the aliyun CLI first (aliyun configure).").arg(path);
        return plan;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error = AliyunConfigTr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return plan;
    }
    if (file.size() > kMaxConfigBytes) {
        plan.error = AliyunConfigTr::tr("%1 is larger than 1 MiB, so it is not an aliyun CLI configuration.")
                         .arg(path);
        return plan;
    }
    QByteArray json = file.read(kMaxConfigBytes);
    plan = planAliyunImport(json, path, existingNames);
    // The file holds secrets; the parsed copies live in the candidates only. QJsonDocument's
    // parsed storage (freed when planAliyunImport returns) is not wiped: Qt offers no way to.
    wipeBytes(json);
    return plan;
}

} // namespace sendtrail
