#include "profilesimportcommand.h"

#include "credentials/aliyunimport.h"
#include "credentials/profilestore.h"
#include "credentials/secretprompt.h"
#include "profilescommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <utility>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ProfilesImportTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ProfilesImportCommand)
};

void printPlan(QTextStream &out, const AliyunImportPlan &plan)
{
    out << ProfilesImportTr::tr("Profiles in %1:\n").arg(plan.fileName);
    for (const AliyunSkipped &skipped : plan.skipped) {
        out << (skipped.problem ? ProfilesImportTr::tr("  %1: error: %2\n")
                                : ProfilesImportTr::tr("  %1: skipped: %2\n"))
                   .arg(skipped.name, skipped.reason);
    }
    if (plan.candidates.isEmpty())
        return;
    out << ProfilesImportTr::tr("To import:\n");
    QList<QStringList> rows{{ProfilesImportTr::tr("  NAME"), ProfilesImportTr::tr("MODE"),
                             ProfilesImportTr::tr("ACCESS KEY ID"), ProfilesImportTr::tr("REGION"),
                             ProfilesImportTr::tr("STS TOKEN")}};
    QStringList notes;
    for (const AliyunCandidate &candidate : plan.candidates) {
        // A fallback region is marked in the table and explained below it, to keep rows short.
        const bool fellBack = !candidate.regionNote.isEmpty();
        if (fellBack)
            notes << ProfilesImportTr::tr("  * %1: %2\n").arg(candidate.profile.name, candidate.regionNote);
        rows.append({u"  "_s + candidate.profile.name, candidate.mode,
                     maskAccessKeyId(candidate.profile.accessKeyId),
                     candidate.profile.regionId + (fellBack ? u" *"_s : QString()),
                     candidate.profile.hasSecurityToken ? ProfilesImportTr::tr("with STS token")
                                                        : ProfilesImportTr::tr("without STS token")});
    }
    printProfilesTable(out, rows);
    for (const QString &note : std::as_const(notes))
        out << note;
}

// On a terminal asks, otherwise requires --yes. Prints why when the answer is no.
bool confirmed(const ProfilesCommandContext &ctx, qsizetype count, bool yes)
{
    if (yes)
        return true;
    if (!ctx.inputIsTerminal) {
        *ctx.err << ProfilesImportTr::tr(
            "Standard input is not a terminal, so there is no one to ask: run again with --yes to "
            "import. Nothing was imported.\n");
        return false;
    }
    *ctx.err << (count == 1 ? ProfilesImportTr::tr("Import 1 profile? [y/N] ")
                            : ProfilesImportTr::tr("Import %1 profiles? [y/N] ").arg(count));
    ctx.err->flush();
    const QString answer = QString::fromLocal8Bit(readLineFrom(*ctx.input).value_or(QByteArray())).trimmed();
    if (answer.compare("y"_L1, Qt::CaseInsensitive) == 0 ||
        answer.compare("yes"_L1, Qt::CaseInsensitive) == 0)
        return true;
    *ctx.out << ProfilesImportTr::tr("Nothing was imported.\n");
    return false;
}

int report(const ProfilesCommandContext &ctx, const AliyunImportPlan &plan, const AliyunImportResult &result)
{
    using Status = AliyunImportResult::Status;
    for (const AliyunImportResult::Entry &entry : result.entries) {
        if (entry.status == Status::Imported)
            *ctx.out << ProfilesImportTr::tr("%1: imported\n").arg(entry.name);
        else if (entry.status == Status::Skipped)
            *ctx.out << ProfilesImportTr::tr("%1: skipped: %2\n").arg(entry.name, entry.message);
        else
            *ctx.out << ProfilesImportTr::tr("%1: not imported: %2\n").arg(entry.name, entry.message);
    }
    const int imported = result.importedCount();
    if (imported > 0) {
        *ctx.out << (ctx.secrets->isPersistent()
                         ? ProfilesImportTr::tr(
                               "Imported %1 of %2; the secrets are in the system keychain.\n")
                         : ProfilesImportTr::tr("Imported %1 of %2; the secrets are kept in memory for this "
                                                "session only.\n"))
                        .arg(imported)
                        .arg(result.entries.size()); // one entry per candidate
    }
    if (result.keychainError) {
        if (!result.keychainError->detail.isEmpty())
            *ctx.err << ProfilesImportTr::tr("Details: %1\n").arg(result.keychainError->detail);
        *ctx.err << ProfilesImportTr::tr("The keychain failed; fix it and run the import again: what was "
                                         "imported is skipped then.\n");
        return ProfilesKeychainFailed;
    }
    if (result.settingsFailed)
        return ProfilesFailed;
    if (plan.hasProblems()) {
        *ctx.err << ProfilesImportTr::tr("Some profiles in %1 are incomplete (listed above); complete them "
                                         "with 'aliyun configure --profile NAME' and run the import again.\n")
                        .arg(plan.fileName);
        return ProfilesFailed;
    }
    return result.entries.size() == imported ? ProfilesOk : ProfilesFailed;
}

} // namespace

QString importAliyunHelp()
{
    return ProfilesImportTr::tr(
        "Usage: sendtrail-cli profiles import-aliyun [--config PATH] [--yes]\n"
        "\n"
        "Copies the AK and StsToken profiles of the aliyun CLI into Sendtrail under the same names,\n"
        "with their AccessKey ID and region. The AccessKey secret and STS token go to the system\n"
        "keychain, never to the settings file. The aliyun CLI's file is only read, never written.\n"
        "\n"
        "Each profile that is left alone is listed with the reason: other modes (RamRoleArn,\n"
        "EcsRamRole, RsaKeyPair, ChainableRamRoleArn, External, CredentialsURI, OIDC, ...) obtain\n"
        "their credentials when the aliyun CLI runs; a name Sendtrail already has is never\n"
        "overwritten; a name Sendtrail cannot use is skipped. A region without a Direct Mail\n"
        "endpoint becomes cn-hangzhou.\n"
        "\n"
        "What would be imported is listed first. On a terminal you are asked to confirm; otherwise\n"
        "--yes is required.\n"
        "\n"
        "Options:\n"
        "  --config PATH   The aliyun CLI configuration (default: ~/.aliyun/config.json).\n"
        "  --yes           Import without asking.\n"
        "  -h, --help      Show this help.\n"
        "\n"
        "Exit codes: 0 imported (or nothing to import, or declined), 1 the file cannot be used, a\n"
        "profile in it is incomplete, or the settings file is not writable, 2 invalid arguments or\n"
        "no terminal without --yes, 3 keychain unavailable or failed.\n");
}

int runImportAliyun(const QStringList &args, const ProfilesCommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({{u"config"_s, {}, u"PATH"_s}, {u"yes"_s, {}}});
    if (!parseProfilesArguments(parser, args, importAliyunHelp(), *ctx.err))
        return ProfilesUsage;
    if (parser.isSet(u"help"_s)) {
        *ctx.out << importAliyunHelp();
        return ProfilesOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *ctx.err << ProfilesImportTr::tr(
                        "'profiles import-aliyun' takes no arguments; the file is given with "
                        "--config PATH.\n\n")
                 << importAliyunHelp();
        return ProfilesUsage;
    }
    const QString path = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : defaultAliyunConfigPath();
    AliyunImportPlan plan = readAliyunConfig(path, ctx.profiles->names());
    if (!plan.ok()) {
        *ctx.err << plan.error << u'\n';
        return ProfilesFailed;
    }
    printPlan(*ctx.out, plan);
    if (plan.candidates.isEmpty()) {
        *ctx.out << ProfilesImportTr::tr("Nothing to import.\n");
        return plan.hasProblems() ? ProfilesFailed : ProfilesOk;
    }
    if (!confirmed(ctx, plan.candidates.size(), parser.isSet(u"yes"_s))) {
        plan.wipe();
        return ctx.inputIsTerminal || parser.isSet(u"yes"_s) ? ProfilesOk : ProfilesUsage;
    }
    ProfileCredentials credentials(ctx.profiles, ctx.secrets);
    // Moved, not copied: a copy shares every secret, and wiping one side would only detach it.
    const AliyunImportResult result =
        importAliyunProfilesBlocking(credentials, std::exchange(plan.candidates, {}));
    return report(ctx, plan, result);
}

} // namespace sendtrail
