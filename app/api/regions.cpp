#include "regions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const char *const kContext = "sendtrail::Regions";

const RegionInfo *findRegion(const QString &regionId)
{
    const auto &regions = knownRegions();
    const auto it = std::find_if(regions.cbegin(), regions.cend(),
                                 [&](const RegionInfo &region) { return region.id == regionId; });
    return it == regions.cend() ? nullptr : &*it;
}

// Region names are marked with QT_TRANSLATE_NOOP above; they reach here as data.
QString translatedName(const char *name)
{
    return QCoreApplication::translate(kContext, name);
}

struct RegionsTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::Regions)
};

} // namespace

const QList<RegionInfo> &knownRegions()
{
    // Hangzhou is the only region whose host carries no region id.
    static const QList<RegionInfo> regions = {
        {u"cn-hangzhou"_s, u"dm.aliyuncs.com"_s, QT_TRANSLATE_NOOP("sendtrail::Regions", "China (Hangzhou)")},
        {u"ap-southeast-1"_s, u"dm.ap-southeast-1.aliyuncs.com"_s,
         QT_TRANSLATE_NOOP("sendtrail::Regions", "Singapore")},
        {u"ap-southeast-2"_s, u"dm.ap-southeast-2.aliyuncs.com"_s,
         QT_TRANSLATE_NOOP("sendtrail::Regions", "Australia (Sydney)")},
        {u"us-east-1"_s, u"dm.us-east-1.aliyuncs.com"_s,
         QT_TRANSLATE_NOOP("sendtrail::Regions", "US (Virginia)")},
        {u"eu-central-1"_s, u"dm.eu-central-1.aliyuncs.com"_s,
         QT_TRANSLATE_NOOP("sendtrail::Regions", "Germany (Frankfurt)")},
    };
    return regions;
}

bool isKnownRegion(const QString &regionId)
{
    return findRegion(regionId) != nullptr;
}

QUrl endpointForRegion(const QString &regionId)
{
    const RegionInfo *region = findRegion(regionId);
    if (!region)
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(region->host);
    url.setPath(u"/"_s);
    return url;
}

QString regionDisplayName(const QString &regionId)
{
    const RegionInfo *region = findRegion(regionId);
    return region ? translatedName(region->name) : regionId;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> endpointProblem(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.isRelative() || endpoint.host().isEmpty())
        return RegionsTr::tr("The endpoint must be a full address such as https://dm.aliyuncs.com/.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == "http"_L1 && !isLoopbackHost(endpoint.host()))
        return RegionsTr::tr(
            "Plain http:// would expose the request; use https:// (http:// is allowed only for "
            "a test server on this computer).");
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return RegionsTr::tr("The endpoint must start with https://.");
    // An empty "user@" still has no place in an API endpoint.
    if (endpoint.authority(QUrl::FullyEncoded).contains(u'@'))
        return RegionsTr::tr("The endpoint must not contain a user name or password.");
    if (!endpoint.path().isEmpty() && endpoint.path() != "/"_L1)
        return RegionsTr::tr(
            "The endpoint must not contain a path; use only the host, e.g. https://dm.aliyuncs.com/.");
    if (endpoint.hasQuery() || endpoint.hasFragment())
        return RegionsTr::tr("The endpoint must not contain a query (?...) or fragment (#...).");
    return std::nullopt;
}

} // namespace sendtrail
