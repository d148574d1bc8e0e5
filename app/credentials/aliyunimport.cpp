#include "aliyunimport.h"

#include "blockingwait.h"
#include "profilecredentials.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct AliyunImportTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::AliyunImport)
};

using Status = AliyunImportResult::Status;

// Shared by the callbacks of one import. Whoever drops the last reference (the finished chain,
// or a SecretStore discarding the handler of a dead context) wipes the secrets not yet used.
struct ImportRun
{
    ProfileCredentials *credentials = nullptr;
    bool hasContext = false;
    QPointer<QObject> context; // the caller's; once it is gone nothing more is added
    QList<AliyunCandidate> candidates;
    qsizetype next = 0;
    AliyunImportResult result;
    std::function<void(const AliyunImportResult &)> done;

    ~ImportRun()
    {
        for (AliyunCandidate &candidate : candidates)
            candidate.wipe();
    }
};

void failRemaining(ImportRun &run, const QString &message)
{
    for (; run.next < run.candidates.size(); ++run.next) {
        run.result.entries.append({run.candidates[run.next].profile.name, Status::Failed, message});
        run.candidates[run.next].wipe();
    }
}

void record(ImportRun &run, const QString &name, const ProfileOutcome &outcome)
{
    if (outcome.ok()) {
        run.result.entries.append({name, Status::Imported, {}});
        return;
    }
    run.result.entries.append({name, Status::Failed, outcome.message()});
    if (outcome.credentialError) {
        run.result.keychainError = outcome.credentialError;
        failRemaining(run, AliyunImportTr::tr("not tried after the keychain failed"));
    }
    for (const ProfileFieldError &error : outcome.fieldErrors)
        run.result.settingsFailed = run.result.settingsFailed || error.field == "storage"_L1;
}

void step(const std::shared_ptr<ImportRun> &run)
{
    if (run->hasContext && !run->context)
        return;
    while (run->next < run->candidates.size()) {
        AliyunCandidate &candidate = run->candidates[run->next];
        // The app and the CLI share the profiles: a name may have been taken since the plan.
        if (run->credentials->profiles()->findCaseInsensitive(candidate.profile.name)) {
            run->result.entries.append(
                {candidate.profile.name, Status::Skipped,
                 AliyunImportTr::tr("Sendtrail already has a profile of this name; it is not overwritten")});
            candidate.wipe();
            ++run->next;
            continue;
        }
        run->credentials->addProfile(candidate.profile, candidate.secret, candidate.securityToken,
                                     run->context.data(), [run](const ProfileOutcome &outcome) {
                                         AliyunCandidate &added = run->candidates[run->next++];
                                         added.wipe();
                                         record(*run, added.profile.name, outcome);
                                         step(run);
                                     });
        return;
    }
    run->done(run->result);
}

} // namespace

int AliyunImportResult::importedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const Entry &entry) { return entry.status == Status::Imported; }));
}

QStringList AliyunImportResult::importedNames() const
{
    QStringList names;
    for (const Entry &entry : entries) {
        if (entry.status == Status::Imported)
            names << entry.name;
    }
    return names;
}

void importAliyunProfiles(ProfileCredentials *credentials, QList<AliyunCandidate> candidates,
                          QObject *context, std::function<void(const AliyunImportResult &)> done)
{
    auto run = std::make_shared<ImportRun>();
    run->credentials = credentials;
    run->hasContext = context != nullptr;
    run->context = context;
    run->candidates = std::move(candidates);
    run->done = std::move(done);
    // From the event loop, like every SecretStore answer, even with nothing to add.
    QTimer::singleShot(0, credentials, [run] { step(run); });
}

AliyunImportResult importAliyunProfilesBlocking(ProfileCredentials &credentials,
                                                QList<AliyunCandidate> candidates)
{
    return waitFor<AliyunImportResult>([&](std::function<void(const AliyunImportResult &)> done) {
        importAliyunProfiles(&credentials, std::move(candidates), nullptr, std::move(done));
    });
}

} // namespace sendtrail
