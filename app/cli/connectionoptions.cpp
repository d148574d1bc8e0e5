#include "connectionoptions.h"

#include "api/cacertificates.h"
#include "api/regions.h"
#include "credentials/profile.h"
#include "credentials/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

} // namespace

QList<QCommandLineOption> connectionOptions()
{
    return {
        {u"profile"_s, CliTr::tr("Use the saved profile NAME (see 'sendtrail-cli profiles')."), u"NAME"_s},
        {u"endpoint"_s,
         CliTr::tr("Service endpoint URL, e.g. https://dm.aliyuncs.com (http:// only for loopback)."),
         u"URL"_s},
        {u"region"_s,
         CliTr::tr("Region ID: cn-hangzhou, ap-southeast-1, ap-southeast-2, us-east-1, eu-central-1."),
         u"ID"_s},
        {u"signature"_s, CliTr::tr("Signature version: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1)."),
         u"v3|v1"_s},
        {u"service-utc-offset"_s,
         CliTr::tr("The service's time zone for StartTime/EndTime (default +08:00)."), u"+HH:MM"_s},
        {u"ca-file"_s,
         CliTr::tr("Also trust the CA certificates in this PEM file (a company's TLS-inspecting proxy); the "
                   "system's CAs stay trusted. May be repeated. Proxies come from HTTPS_PROXY and NO_PROXY."),
         u"PEM"_s},
    };
}

void applyConnectionOptions(const QCommandLineParser &p, ConnectionRequest &r, QStringList *errors)
{
    r.profileName = p.value(u"profile"_s);
    std::optional<Profile> profile;
    if (!r.profileName.isEmpty()) {
        profile = ProfileStore().get(r.profileName);
        if (!profile)
            errors->append(CliTr::tr("There is no profile named '%1'. See 'sendtrail-cli profiles list'.")
                               .arg(r.profileName));
    }
    if (p.isSet(u"endpoint"_s)) {
        r.endpoint = QUrl(p.value(u"endpoint"_s), QUrl::StrictMode);
        if (const auto problem = endpointProblem(r.endpoint))
            errors->append(*problem);
    } else if (p.isSet(u"region"_s)) {
        r.regionId = p.value(u"region"_s);
        if (!isKnownRegion(r.regionId))
            errors->append(CliTr::tr("Unknown region '%1'. Use one of: %2.")
                               .arg(r.regionId, knownRegionIds().join(u", "_s)));
        r.endpoint = endpointForRegion(r.regionId);
    } else if (profile) {
        r.endpoint = effectiveEndpoint(*profile);
        r.regionId = profile->regionId;
    } else {
        errors->append(CliTr::tr("Say where to connect: --endpoint URL, --region ID or --profile NAME."));
    }
    if (p.isSet(u"signature"_s)) {
        r.signatureVersion = parseSignatureVersion(p.value(u"signature"_s));
        if (!r.signatureVersion)
            errors->append(CliTr::tr("--signature must be v3 or v1."));
    } else if (profile) {
        r.signatureVersion = profile->signatureVersion;
    }
    if (p.isSet(u"service-utc-offset"_s)) {
        const auto offset = parseUtcOffset(p.value(u"service-utc-offset"_s));
        if (!offset)
            errors->append(CliTr::tr("--service-utc-offset must look like +08:00."));
        else
            r.serviceUtcOffsetSeconds = *offset;
    } else if (profile) {
        r.serviceUtcOffsetSeconds = profile->serviceUtcOffsetSeconds;
    }
    r.caFiles = p.values(u"ca-file"_s);
    for (const QString &path : std::as_const(r.caFiles)) {
        QString problem;
        if (!loadCaCertificates(path, &problem))
            errors->append(problem);
    }
}

} // namespace sendtrail
