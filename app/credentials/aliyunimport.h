#pragma once

#include "aliyunconfig.h"
#include "credentialerror.h"

#include <QObject>
#include <functional>
#include <optional>

namespace sendtrail {

class ProfileCredentials;

// What became of each candidate of an AliyunImportPlan, in its order.
struct AliyunImportResult
{
    enum class Status
    {
        Imported,
        Skipped, // the name was taken meanwhile (the app and the CLI share the profiles)
        Failed,  // the keychain or the settings file refused it, or an earlier keychain failure
    };
    struct Entry
    {
        QString name;
        Status status = Status::Failed;
        QString message; // why, for Skipped and Failed; never a secret
    };

    QList<Entry> entries;
    std::optional<CredentialError> keychainError; // the first one; later candidates were not tried
    bool settingsFailed = false;                  // the settings file could not be written

    int importedCount() const;
    QStringList importedNames() const;
};

// Adds the candidates one after another through ProfileCredentials::addProfile, so each secret
// and STS token goes to its SecretStore before the settings are touched. Stops at the first
// keychain failure: with a locked or missing keychain every later one would fail the same way,
// each after its own timeout. The candidates' secrets are wiped once used. `done` runs once,
// from the event loop, unless `context` is destroyed first.
void importAliyunProfiles(ProfileCredentials *credentials, QList<AliyunCandidate> candidates,
                          QObject *context, std::function<void(const AliyunImportResult &)> done);

// CLI only: the same, spinning a local event loop until it has finished.
AliyunImportResult importAliyunProfilesBlocking(ProfileCredentials &credentials,
                                                QList<AliyunCandidate> candidates);

} // namespace sendtrail
