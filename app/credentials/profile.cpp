#include "profile.h"

#include "api/cacertificates.h"
#include "api/regions.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::Profile)
};

} // namespace

bool isValidProfileName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

bool isPlausibleAccessKeyId(const QString &id)
{
    // Real IDs look like "LTAI5t..." (alphanumeric) or "STS.NU..." for STS; the published test
    // vectors use "testid", so only the shape is checked, not a prefix.
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9.]{3,127}$"_s);
    return pattern.match(id).hasMatch();
}

QList<ProfileFieldError> validateProfile(const Profile &profile)
{
    QList<ProfileFieldError> errors;
    if (!isValidProfileName(profile.name)) {
        errors.append(
            {u"name"_s, ProfileTr::tr("A profile name must be 1-64 characters: letters, digits, '.', '_' or "
                                      "'-', starting with a letter or digit.")});
    }
    if (!isPlausibleAccessKeyId(profile.accessKeyId)) {
        errors.append({u"accessKeyId"_s,
                       ProfileTr::tr("The AccessKey ID does not look right: it should be 4-128 "
                                     "letters and digits (e.g. LTAI…), or STS.… for a temporary key.")});
    }
    if (profile.regionId.isEmpty() && profile.customEndpoint.isEmpty()) {
        errors.append(
            {u"regionId"_s, ProfileTr::tr("Set a region (e.g. cn-hangzhou) or a custom endpoint.")});
    } else if (!profile.regionId.isEmpty() && !knownRegionIds().contains(profile.regionId)) {
        errors.append({u"regionId"_s, ProfileTr::tr("Unknown Direct Mail region. Known regions: %1.")
                                          .arg(knownRegionIds().join(u", "_s))});
    }
    if (!profile.customEndpoint.isEmpty()) {
        if (const auto problem = endpointProblem(profile.customEndpoint))
            errors.append({u"customEndpoint"_s, *problem});
    }
    const int offset = profile.serviceUtcOffsetSeconds;
    if (offset < -12 * 3600 || offset > 14 * 3600 || offset % (15 * 60) != 0) {
        errors.append(
            {u"serviceUtcOffset"_s,
             ProfileTr::tr("The service time zone offset must be between -12:00 and +14:00 in 15-minute "
                           "steps.")});
    }
    if (!profile.caFile.isEmpty()) {
        QString problem;
        if (!loadCaCertificates(profile.caFile, &problem))
            errors.append({u"caFile"_s, problem});
    }
    return errors;
}

QStringList knownRegionIds()
{
    QStringList ids;
    for (const RegionInfo &region : knownRegions())
        ids.append(region.id);
    return ids;
}

QUrl publicEndpointForRegion(const QString &regionId)
{
    return endpointForRegion(regionId);
}

QUrl effectiveEndpoint(const Profile &profile)
{
    return profile.customEndpoint.isEmpty() ? publicEndpointForRegion(profile.regionId)
                                            : profile.customEndpoint;
}

DirectMailRegion directMailRegionFor(const QString &regionId)
{
    const QString fallback = u"cn-hangzhou"_s;
    if (knownRegionIds().contains(regionId))
        return {regionId, {}};
    if (regionId.isEmpty())
        return {fallback, ProfileTr::tr("no region set, so %1 is used").arg(fallback)};
    return {fallback,
            ProfileTr::tr("Direct Mail has no endpoint in %1, so %2 is used").arg(regionId, fallback)};
}

QString secretKeyFor(const QString &profileName)
{
    return profileName;
}

QString securityTokenKeyFor(const QString &profileName)
{
    return profileName + "/sts"_L1;
}

QString maskAccessKeyId(const QString &id)
{
    // Short IDs are masked entirely: showing 4 of 6 characters would reveal most of it.
    if (id.size() < 8)
        return u"****"_s;
    return "****"_L1 + id.right(4);
}

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? u"v1"_s : u"v3"_s;
}

std::optional<SignatureVersion> parseSignatureVersion(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == "v3"_L1 || lower == "3"_L1)
        return SignatureVersion::V3;
    if (lower == "v1"_L1 || lower == "1"_L1 || lower == "v2"_L1)
        return SignatureVersion::V1; // the SDKs call HMAC-SHA1 RPC signing "v2"; Alibaba docs say V1
    return std::nullopt;
}

QString formatUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(seconds) / 60;
    return u"%1%2:%3"_s.arg(sign).arg(minutes / 60, 2, 10, '0'_L1).arg(minutes % 60, 2, 10, '0'_L1);
}

std::optional<int> parseUtcOffset(const QString &text)
{
    QString value = text.trimmed();
    if (value.compare("Z"_L1, Qt::CaseInsensitive) == 0 || value.compare("UTC"_L1, Qt::CaseInsensitive) == 0)
        return 0;
    if (value.startsWith("UTC"_L1, Qt::CaseInsensitive))
        value = value.mid(3);
    static const QRegularExpression pattern(u"^([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const auto match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (minutes >= 60)
        return std::nullopt;
    const int seconds = (hours * 3600 + minutes * 60) * (match.captured(1) == "-"_L1 ? -1 : 1);
    if (seconds < -12 * 3600 || seconds > 14 * 3600 || seconds % (15 * 60) != 0)
        return std::nullopt;
    return seconds;
}

} // namespace sendtrail
