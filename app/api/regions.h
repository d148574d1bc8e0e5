#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace sendtrail {

// The public Direct Mail endpoints (direct-mail-api.md section 4). Other hosts seen in old SDK
// tables are deliberately absent: they are not on Alibaba's official list.
struct RegionInfo
{
    QString id;       // RegionId, e.g. "cn-hangzhou"
    QString host;     // public API host
    const char *name; // untranslated display name; use regionDisplayName() for the UI
};

const QList<RegionInfo> &knownRegions();
bool isKnownRegion(const QString &regionId);

// https://<host>/ for a known region, an invalid QUrl otherwise.
QUrl endpointForRegion(const QString &regionId);

// Translated display name ("China (Hangzhou)"), or the id itself for an unknown region.
QString regionDisplayName(const QString &regionId);

// Why a user-supplied custom endpoint is unacceptable, or nullopt when it is fine. The query
// string carries the AccessKeyId and signature, so plain http:// is allowed only to loopback.
std::optional<QString> endpointProblem(const QUrl &endpoint);

// 127.0.0.0/8 (in any spelling QUrl normalises), ::1 (also IPv4-mapped) and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace sendtrail
