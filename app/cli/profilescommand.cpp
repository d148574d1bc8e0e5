#include "profilescommand.h"

#include "api/secretbytes.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretprompt.h"
#include "profilesimportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct ProfilesCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::ProfilesCommand)
};

QString mainHelp()
{
    return ProfilesCommandTr::tr(
        "Usage: sendtrail-cli profiles <command> [options]\n"
        "\n"
        "Manage credential profiles. A profile's settings (name, AccessKey ID, region or endpoint,\n"
        "signature version, service time zone) are stored in the user settings file; its AccessKey\n"
        "secret and STS token only in the system keychain (Secret Service / KWallet).\n"
        "\n"
        "Commands:\n"
        "  list                 Show all profiles (AccessKey IDs masked to their last 4 characters).\n"
        "  add NAME [options]   Create a profile. The secret is read from a hidden prompt, or from\n"
        "                       standard input when it is not a terminal; never from an argument.\n"
        "  remove NAME          Delete a profile and its keychain entries.\n"
        "  import-aliyun        Copy the AK and StsToken profiles of the aliyun CLI\n"
        "                       (~/.aliyun/config.json), secrets into the keychain.\n"
        "\n"
        "Run 'sendtrail-cli profiles <command> --help' for the options of a command.\n"
        "\n"
        "Exit codes: 0 success, 1 failure (e.g. settings not writable), 2 invalid arguments,\n"
        "3 keychain unavailable or failed, 4 no such profile.\n");
}

QString addHelp()
{
    return ProfilesCommandTr::
        tr("Usage: sendtrail-cli profiles add NAME --access-key-id ID (--region REGION | --endpoint URL)\n"
           "                                  [--signature v3|v1] [--service-utc-offset +HH:MM]\n"
           "                                  [--with-security-token] [--ca-file PEM]\n"
           "\n"
           "Creates the profile NAME (1-64 letters, digits, '.', '_', '-'). The AccessKey secret is "
           "never\n"
           "taken from the command line (it would show in the process list and shell history): on a\n"
           "terminal it is asked for without echo; otherwise the first line of standard input is used.\n"
           "With --with-security-token, an STS token is asked for next (or read from the second line).\n"
           "\n"
           "Options:\n"
           "  --access-key-id ID           AccessKey ID (required), e.g. LTAI5t... or STS.... for STS.\n"
           "  --region REGION              Direct Mail region: %1.\n"
           "  --endpoint URL               Custom endpoint, e.g. "
           "https://dm-vpc.cn-hangzhou.aliyuncs.com/\n"
           "                               (http:// only for a local test server). Overrides the\n"
           "                               region's public endpoint. At least one of --region and\n"
           "                               --endpoint is required.\n"
           "  --signature v3|v1            Signature version: v3 (ACS3-HMAC-SHA256, default) or v1\n"
           "                               (HMAC-SHA1 RPC signing).\n"
           "  --service-utc-offset OFFSET  The time zone the service uses for StartTime/EndTime,\n"
           "                               e.g. +08:00 (default), -05:00, UTC+8.\n"
           "  --with-security-token        Also store an STS security token (temporary credentials).\n"
           "  --ca-file PEM                Extra trusted CA certificates (a company's TLS-inspecting\n"
           "                               proxy), trusted besides the system's CAs.\n"
           "  -h, --help                   Show this help.\n"
           "\n"
           "Examples:\n"
           "  sendtrail-cli profiles add prod --access-key-id LTAI5tExampleId --region cn-hangzhou\n"
           "  printf '%s\\n' \"$SECRET\" | sendtrail-cli profiles add ci --access-key-id LTAI5tExampleId "
           "\\\n"
           "      --region ap-southeast-1 --signature v1\n")
            .arg(knownRegionIds().join(u", "_s));
}

QString removeHelp()
{
    return ProfilesCommandTr::tr(
        "Usage: sendtrail-cli profiles remove NAME [--force]\n"
        "\n"
        "Deletes the profile NAME and its secret and STS token from the system keychain. If the\n"
        "keychain cannot be reached the profile is kept, so no secret is left behind unnoticed.\n"
        "\n"
        "Options:\n"
        "  --force      Remove the profile even if its keychain entries could not be deleted.\n"
        "  -h, --help   Show this help.\n");
}

QString listHelp()
{
    return ProfilesCommandTr::tr(
        "Usage: sendtrail-cli profiles list\n"
        "\n"
        "Shows every profile: name, AccessKey ID (last 4 characters only), region or endpoint,\n"
        "signature version, service time zone and whether an STS token is stored. Does not\n"
        "access the keychain.\n");
}

// An option that would carry a secret in argv. Its value is never echoed back.
bool isSecretOption(const QString &arg)
{
    static const QLatin1StringView names[] = {
        "--secret"_L1,         "--access-key-secret"_L1, "--password"_L1,      "--token"_L1,
        "--security-token"_L1, "--sts-token"_L1,         "--access-secret"_L1, "--key-secret"_L1};
    const QString name = arg.section(u'=', 0, 0);
    for (const auto &candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString describeLocation(const Profile &profile)
{
    if (profile.customEndpoint.isEmpty())
        return profile.regionId;
    const QString endpoint = profile.customEndpoint.toString(QUrl::FullyEncoded);
    return profile.regionId.isEmpty() ? endpoint : profile.regionId + u' ' + endpoint;
}

int runList(const QStringList &args, const ProfilesCommandContext &ctx)
{
    QCommandLineParser parser;
    if (!parseProfilesArguments(parser, args, listHelp(), *ctx.err))
        return ProfilesUsage;
    if (parser.isSet(u"help"_s)) {
        *ctx.out << listHelp();
        return ProfilesOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *ctx.err << ProfilesCommandTr::tr("'profiles list' takes no arguments.\n\n") << listHelp();
        return ProfilesUsage;
    }
    const QList<Profile> profiles = ctx.profiles->list();
    if (profiles.isEmpty()) {
        *ctx.out << ProfilesCommandTr::tr(
            "No profiles yet. Add one with: sendtrail-cli profiles add NAME --access-key-id ID "
            "--region cn-hangzhou\n");
        return ProfilesOk;
    }
    QList<QStringList> rows{{ProfilesCommandTr::tr("NAME"), ProfilesCommandTr::tr("ACCESS KEY ID"),
                             ProfilesCommandTr::tr("REGION / ENDPOINT"), ProfilesCommandTr::tr("SIGNATURE"),
                             ProfilesCommandTr::tr("SERVICE ZONE"), ProfilesCommandTr::tr("STS TOKEN")}};
    for (const Profile &p : profiles) {
        rows.append({p.name, maskAccessKeyId(p.accessKeyId), describeLocation(p),
                     signatureVersionName(p.signatureVersion),
                     u"UTC"_s + formatUtcOffset(p.serviceUtcOffsetSeconds),
                     p.hasSecurityToken ? ProfilesCommandTr::tr("yes") : ProfilesCommandTr::tr("no")});
    }
    printProfilesTable(*ctx.out, rows);
    return ProfilesOk;
}

void addAddOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"access-key-id"_s, {}, u"ID"_s},
        {u"region"_s, {}, u"REGION"_s},
        {u"endpoint"_s, {}, u"URL"_s},
        {u"signature"_s, {}, u"VERSION"_s},
        {u"service-utc-offset"_s, {}, u"OFFSET"_s},
        {u"with-security-token"_s, {}},
        {u"ca-file"_s, {}, u"PEM"_s},
    });
}

// Builds the profile from the options; prints a usage error and returns nullopt on bad values.
std::optional<Profile> profileFromOptions(const QCommandLineParser &parser, QTextStream &err)
{
    Profile profile;
    profile.name = parser.positionalArguments().value(0);
    profile.accessKeyId = parser.value(u"access-key-id"_s).trimmed();
    profile.regionId = parser.value(u"region"_s).trimmed();
    if (parser.isSet(u"endpoint"_s)) {
        profile.customEndpoint = QUrl(parser.value(u"endpoint"_s).trimmed(), QUrl::StrictMode);
        if (profile.customEndpoint.isEmpty())
            profile.customEndpoint = QUrl(u"invalid:"_s); // an explicit but empty value is an error
    }
    profile.hasSecurityToken = parser.isSet(u"with-security-token"_s);
    if (parser.isSet(u"ca-file"_s)) // absolute: commands run from other folders use it later
        profile.caFile = QFileInfo(parser.value(u"ca-file"_s)).absoluteFilePath();
    if (parser.isSet(u"signature"_s)) {
        const auto version = parseSignatureVersion(parser.value(u"signature"_s));
        if (!version) {
            err << ProfilesCommandTr::tr("--signature must be v3 or v1.\n");
            return std::nullopt;
        }
        profile.signatureVersion = *version;
    }
    if (parser.isSet(u"service-utc-offset"_s)) {
        const auto offset = parseUtcOffset(parser.value(u"service-utc-offset"_s));
        if (!offset) {
            err << ProfilesCommandTr::tr(
                "--service-utc-offset must look like +08:00 or -05:30 (between -12:00 and +14:00, in "
                "15-minute steps).\n");
            return std::nullopt;
        }
        profile.serviceUtcOffsetSeconds = *offset;
    }
    return profile;
}

std::optional<QByteArray> readSecretInput(const ProfilesCommandContext &ctx, const QString &prompt)
{
    std::optional<QByteArray> line;
    if (ctx.inputIsTerminal) {
        ctx.err->flush();
        line = ctx.promptHidden(prompt);
    } else {
        line = readLineFrom(*ctx.input);
    }
    if (!line)
        return std::nullopt;
    QByteArray trimmed = line->trimmed();
    wipeBytes(*line);
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed;
}

int exitCodeFor(const ProfileOutcome &outcome)
{
    if (outcome.credentialError)
        return ProfilesKeychainFailed;
    for (const auto &error : outcome.fieldErrors) {
        if (error.field == "storage"_L1)
            return ProfilesFailed;
    }
    return ProfilesUsage;
}

void printOutcome(QTextStream &err, const ProfileOutcome &outcome)
{
    err << outcome.message() << u'\n';
    if (outcome.credentialError && !outcome.credentialError->detail.isEmpty())
        err << ProfilesCommandTr::tr("Details: %1\n").arg(outcome.credentialError->detail);
}

// Reads the secret (and token); prints why and returns false if input is missing.
bool readSecrets(const ProfilesCommandContext &ctx, const Profile &profile, QByteArray &secret,
                 QByteArray &token)
{
    auto readSecret =
        readSecretInput(ctx, ProfilesCommandTr::tr("AccessKey secret for profile “%1”: ").arg(profile.name));
    if (!readSecret) {
        *ctx.err << (ctx.inputIsTerminal
                         ? ProfilesCommandTr::tr("No secret entered; nothing was saved.\n")
                         : ProfilesCommandTr::tr(
                               "No secret on standard input: pipe the AccessKey secret as the "
                               "first line. Nothing was saved.\n"));
        return false;
    }
    secret = std::move(*readSecret); // moved: a copy would leave the optional's block unwiped
    if (!profile.hasSecurityToken)
        return true;
    auto readToken = readSecretInput(
        ctx, ProfilesCommandTr::tr("STS security token for profile “%1”: ").arg(profile.name));
    if (!readToken) {
        *ctx.err << (ctx.inputIsTerminal
                         ? ProfilesCommandTr::tr("No security token entered; nothing was saved.\n")
                         : ProfilesCommandTr::tr(
                               "No security token on standard input: with --with-security-token "
                               "the second line must be the STS token. Nothing was saved.\n"));
        return false;
    }
    token = std::move(*readToken);
    return true;
}

// Reads the secret (and token), stores everything and reports; the buffers are wiped after.
int saveNewProfile(const ProfilesCommandContext &ctx, const Profile &profile)
{
    QByteArray secret;
    QByteArray token;
    if (!readSecrets(ctx, profile, secret, token))
        return ProfilesUsage;
    ProfileCredentials credentials(ctx.profiles, ctx.secrets);
    const ProfileOutcome outcome = addProfileBlocking(credentials, profile, secret, token);
    wipeBytes(secret);
    wipeBytes(token);
    if (!outcome.ok()) {
        printOutcome(*ctx.err, outcome);
        if (outcome.credentialError)
            *ctx.err << ProfilesCommandTr::tr("The profile was not saved.\n");
        return exitCodeFor(outcome);
    }
    *ctx.out
        << (ctx.secrets->isPersistent()
                ? ProfilesCommandTr::tr(
                      "Saved profile “%1” (AccessKey ID %2). The secret is stored in the system keychain.\n")
                : ProfilesCommandTr::tr(
                      "Saved profile “%1” (AccessKey ID %2). The secret is kept in memory for this session "
                      "only.\n"))
               .arg(profile.name, maskAccessKeyId(profile.accessKeyId));
    return ProfilesOk;
}

int runAdd(const QStringList &args, const ProfilesCommandContext &ctx)
{
    QCommandLineParser parser;
    addAddOptions(parser);
    if (!parseProfilesArguments(parser, args, addHelp(), *ctx.err))
        return ProfilesUsage;
    if (parser.isSet(u"help"_s)) {
        *ctx.out << addHelp();
        return ProfilesOk;
    }
    if (parser.positionalArguments().size() != 1) {
        *ctx.err
            << ProfilesCommandTr::tr(
                   "'profiles add' takes exactly one NAME (secrets are never accepted as arguments).\n\n")
            << addHelp();
        return ProfilesUsage;
    }
    const auto profile = profileFromOptions(parser, *ctx.err);
    if (!profile)
        return ProfilesUsage;
    if (const auto errors = ctx.profiles->validateForAdd(*profile); !errors.isEmpty()) {
        printOutcome(*ctx.err, ProfileOutcome{errors, std::nullopt});
        return ProfilesUsage;
    }
    return saveNewProfile(ctx, *profile);
}

int runRemove(const QStringList &args, const ProfilesCommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"force"_s, {}});
    if (!parseProfilesArguments(parser, args, removeHelp(), *ctx.err))
        return ProfilesUsage;
    if (parser.isSet(u"help"_s)) {
        *ctx.out << removeHelp();
        return ProfilesOk;
    }
    if (parser.positionalArguments().size() != 1) {
        *ctx.err << ProfilesCommandTr::tr("'profiles remove' takes exactly one NAME.\n\n") << removeHelp();
        return ProfilesUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!ctx.profiles->contains(name)) {
        *ctx.err << ProfilesCommandTr::tr(
                        "There is no profile named “%1”. See 'sendtrail-cli profiles list'.\n")
                        .arg(name);
        return ProfilesNotFound;
    }
    const bool force = parser.isSet(u"force"_s);
    ProfileCredentials credentials(ctx.profiles, ctx.secrets);
    const ProfileOutcome outcome = removeProfileBlocking(credentials, name, force);
    if (outcome.credentialError && (!force || !outcome.fieldErrors.isEmpty())) {
        printOutcome(*ctx.err, outcome);
        *ctx.err << ProfilesCommandTr::tr(
            "The profile was kept. Fix the keychain, or use --force to remove it anyway.\n");
        return ProfilesKeychainFailed;
    }
    if (!outcome.fieldErrors.isEmpty()) {
        printOutcome(*ctx.err, outcome);
        return exitCodeFor(outcome);
    }
    if (outcome.credentialError) {
        printOutcome(*ctx.err, outcome);
        *ctx.err << ProfilesCommandTr::tr(
            "Warning: the profile was removed, but its keychain entries may remain.\n");
    }
    *ctx.out << ProfilesCommandTr::tr("Removed profile “%1”.\n").arg(name);
    return ProfilesOk;
}

QString helpFor(const QString &command)
{
    if (command == "add"_L1)
        return addHelp();
    if (command == "remove"_L1)
        return removeHelp();
    if (command == "list"_L1)
        return listHelp();
    if (command == "import-aliyun"_L1)
        return importAliyunHelp();
    return mainHelp();
}

int dispatch(const QStringList &args, const ProfilesCommandContext &ctx)
{
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == "list"_L1)
        return runList(rest, ctx);
    if (command == "add"_L1)
        return runAdd(rest, ctx);
    if (command == "remove"_L1 || command == "rm"_L1)
        return runRemove(rest, ctx);
    if (command == "import-aliyun"_L1)
        return runImportAliyun(rest, ctx);
    if (command == "help"_L1 || command == "--help"_L1 || command == "-h"_L1) {
        *ctx.out << helpFor(rest.value(0));
        return ProfilesOk;
    }
    if (!command.isEmpty() && !isSecretOption(command))
        *ctx.err << ProfilesCommandTr::tr("Unknown profiles command '%1'.\n\n").arg(command);
    *ctx.err << mainHelp();
    return ProfilesUsage;
}

} // namespace

bool parseProfilesArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                            QTextStream &err)
{
    for (const QString &arg : args) {
        if (isSecretOption(arg)) {
            err << ProfilesCommandTr::tr(
                "Secrets are never accepted as command-line arguments (they would be visible in the "
                "process list and shell history). Type the secret at the prompt or pipe it on "
                "standard input.\n");
            return false;
        }
        // "-pSECRET" (the mysql habit): never echo what follows a single dash. ("-05:30" is a
        // value, not an option.)
        if (arg.size() > 2 && arg.startsWith(u'-') && arg.at(1).isLetter()) {
            err << ProfilesCommandTr::tr(
                       "Unknown option '%1…' (the rest is not shown). Options are spelled --name.\n\n")
                       .arg(arg.left(2))
                << usage;
            return false;
        }
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{u"h"_s, u"help"_s}, {}});
    if (!parser.parse(QStringList{u"sendtrail-cli"_s} + args)) {
        err << parser.errorText() << u'\n' << u'\n' << usage;
        return false;
    }
    return true;
}

void printProfilesTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const auto &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const auto &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << u'\n';
    }
}

int runProfilesCommand(const QStringList &args, const ProfilesCommandContext &context)
{
    const int code = dispatch(args, context);
    context.out->flush();
    context.err->flush();
    return code;
}

int runProfilesCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile input;
    // Unbuffered: read only the lines we need from a stdin that may be shared. If stdin is closed,
    // open() fails and reading reports "no secret on standard input".
    const bool inputOpen = input.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered);
    Q_UNUSED(inputOpen)
    ProfileStore profiles;
    CredentialStore secrets;
    ProfilesCommandContext context{
        &out, &err, &input, standardInputIsTerminal(), readHiddenLineFromTerminal, &profiles, &secrets};
    return runProfilesCommand(args, context);
}

} // namespace sendtrail
