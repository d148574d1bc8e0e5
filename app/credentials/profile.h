#pragma once

#include "api/apitypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace sendtrail {

// A named account configuration. Holds no secret: the AccessKey secret and the STS token live
// only in the SecretStore, under secretKeyFor(name) and securityTokenKeyFor(name).
struct Profile
{
    QString name;
    QString accessKeyId;
    QString regionId;    // e.g. cn-hangzhou; may be empty when customEndpoint is set
    QUrl customEndpoint; // overrides the region's public endpoint (VPC, sandbox)
    SignatureVersion signatureVersion = SignatureVersion::V3;
    int serviceUtcOffsetSeconds = 8 * 3600; // the zone the service uses for StartTime/EndTime
    bool hasSecurityToken = false;          // an STS token is stored next to the secret
    // "Extra trusted CA certificates": a PEM file whose CAs join the system's (a company's
    // TLS-inspecting proxy); empty: the system's CAs only.
    QString caFile;

    friend bool operator==(const Profile &, const Profile &) = default;
};

struct ProfileFieldError
{
    QString
        field; // "name", "accessKeyId", "regionId", "customEndpoint", "serviceUtcOffset", "caFile", "storage"
    QString message; // a sentence a person understands; never contains a secret
};

// Field checks that need no other profiles (uniqueness is ProfileStore's job).
QList<ProfileFieldError> validateProfile(const Profile &profile);
bool isValidProfileName(const QString &name);
bool isPlausibleAccessKeyId(const QString &id);

// Direct Mail regions with an official public endpoint (direct-mail-api.md §4).
QStringList knownRegionIds();
QUrl publicEndpointForRegion(const QString &regionId); // empty if unknown
// customEndpoint if set, else the region's public endpoint.
QUrl effectiveEndpoint(const Profile &profile);

// For regions that come from elsewhere (the aliyun CLI's config, ALIBABA_CLOUD_REGION_ID): a
// region other services have but Direct Mail lacks (cn-beijing…) becomes cn-hangzhou, the
// service's home region, rather than a profile that cannot connect. `note` says so, else empty.
struct DirectMailRegion
{
    QString regionId;
    QString note;
};
DirectMailRegion directMailRegionFor(const QString &regionId);

// Keychain keys. Profile names cannot contain '/', so these never collide.
QString secretKeyFor(const QString &profileName);
QString securityTokenKeyFor(const QString &profileName);

// "****abcd": only the last 4 characters of an AccessKey ID are ever shown.
QString maskAccessKeyId(const QString &id);

QString signatureVersionName(SignatureVersion version); // "v3" / "v1"
std::optional<SignatureVersion> parseSignatureVersion(const QString &text);

QString formatUtcOffset(int seconds); // "+08:00"
// Accepts "+08:00", "-05:30", "+0800", "+8", "UTC+8", "Z"; -12:00..+14:00 in 15-minute steps.
std::optional<int> parseUtcOffset(const QString &text);

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::Profile)
