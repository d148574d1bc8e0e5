#pragma once

#include "profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail {

// A profile of the aliyun CLI that Sendtrail can import: its AccessKey (AK mode) or its
// temporary key with STS token (StsToken mode), under the same name.
struct AliyunCandidate
{
    Profile profile;          // name, accessKeyId, regionId, hasSecurityToken; never a secret
    QString mode;             // "AK" or "StsToken" (the file may spell it in any case)
    QString regionNote;       // why profile.regionId is not the file's region_id; empty if it is
    QByteArray secret;        // access_key_secret
    QByteArray securityToken; // sts_token, StsToken mode only

    void wipe();
};

// A profile of the file that is left alone, and why in words. `problem` marks a profile that
// should have been importable (AK or StsToken) but is incomplete, as opposed to one skipped
// by design (another mode, a name Sendtrail has or cannot use).
struct AliyunSkipped
{
    QString name;
    QString mode;
    QString reason;
    bool problem = false;
};

// What importing the file would do. When `error` is set the file could not be used at all
// (unreadable, not JSON, no "profiles" list) and both lists are empty.
struct AliyunImportPlan
{
    QString fileName;
    QString error;
    QList<AliyunCandidate> candidates;
    QList<AliyunSkipped> skipped;

    bool ok() const { return error.isEmpty(); }
    bool hasProblems() const;
    void wipe();
};

// ~/.aliyun/config.json, where `aliyun configure` writes its profiles.
QString defaultAliyunConfigPath();

// Parses the aliyun CLI's config.json. Names in `existingNames` (Sendtrail's profiles) are
// skipped, never overwritten; case is ignored, as ProfileStore ignores it.
AliyunImportPlan planAliyunImport(const QByteArray &json, const QString &fileName,
                                  const QStringList &existingNames);
// The same for a file, opened read-only: the aliyun CLI's file is never written.
AliyunImportPlan readAliyunConfig(const QString &path, const QStringList &existingNames);

} // namespace sendtrail
