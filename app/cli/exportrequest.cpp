#include "exportrequest.h"

#include "connectionoptions.h"
#include "credentials/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::cli)
};

enum class Command
{
    Export,
    Summary,
};

void addOptions(QCommandLineParser &p, Command command)
{
    if (command == Command::Export)
        p.setApplicationDescription(
            CliTr::tr("Fetch every record of a query and write it to a file.\n"
                      "Times: 'yyyy-MM-dd HH:mm' in the service's zone (UTC+08:00 unless the profile "
                      "or --service-utc-offset says otherwise), or ISO 8601 with an offset "
                      "(2026-05-01T09:00:00+02:00).\n"
                      "Credentials: --profile NAME (secret from the system keychain), or the "
                      "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                      "and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret."));
    else
        p.setApplicationDescription(
            CliTr::tr("Fetch every record of a query and count them: per status, classification, recipient "
                      "domain and day.\n"
                      "Times: 'yyyy-MM-dd HH:mm' in the service's zone (UTC+08:00 unless the profile "
                      "or --service-utc-offset says otherwise), or ISO 8601 with an offset "
                      "(2026-05-01T09:00:00+02:00).\n"
                      "Credentials: --profile NAME (secret from the system keychain), or the "
                      "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                      "and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret."));
    p.addHelpOption();
    p.addOptions(connectionOptions());
    p.addOptions({
        {u"start"_s, CliTr::tr("Start of the range (required)."), u"T"_s},
        {u"end"_s, CliTr::tr("End of the range (required). Ranges over 30 days are split automatically."),
         u"T"_s},
        {u"to-address"_s, CliTr::tr("Only mail to this recipient."), u"A"_s},
        {u"account-name"_s, CliTr::tr("Only mail from this sender address."), u"A"_s},
        {u"tag"_s, CliTr::tr("Only mail with this tag."), u"T"_s},
        {u"status"_s,
         CliTr::tr("Only this delivery status: 0 delivered, 2 invalid address, 3 spam, 4 failed."), u"N"_s},
        {u"ip-pool-id"_s, CliTr::tr("Only mail sent through this dedicated IP pool."), u"ID"_s},
        {u"config-set-id"_s, CliTr::tr("Only mail sent with this configuration set."), u"ID"_s},
        {u"page-size"_s, CliTr::tr("Records per request, 1-100 (default 100)."), u"N"_s, u"100"_s},
        {u"archive"_s,
         CliTr::tr("Read the archive (a file, or postgresql://user@host:port/db; 'default' for the default "
                   "file) instead of the service: every filter combines, and a range it does not cover fails "
                   "and names the gaps. See 'sendtrail-cli archive --help'."),
         u"URL|PATH"_s},
        {u"classification"_s, CliTr::tr("With --archive: only this ErrorClassification."), u"C"_s},
        {u"domain"_s, CliTr::tr("With --archive: only recipients of this domain."), u"D"_s},
        {u"text"_s, CliTr::tr("With --archive: Subject or Message contains this, case-insensitive."), u"S"_s},
    });
    if (command == Command::Export) {
        p.addOptions({
            {u"format"_s,
             CliTr::tr("Output format: jsonl, csv or xlsx (default: from the file extension, else jsonl)."),
             u"FORMAT"_s},
            {u"csv-preset"_s,
             CliTr::tr("CSV flavour: excel (UTF-8 BOM, default) or plain (RFC 4180, no BOM)."),
             u"excel|plain"_s, u"excel"_s},
            {u"output"_s,
             CliTr::tr("The file to write (required). Written atomically: on failure nothing is left."),
             u"FILE"_s},
        });
    } else {
        p.addOptions({
            {u"format"_s, CliTr::tr("Output format: text (default) or json."), u"text|json"_s, u"text"_s},
            {u"zone"_s,
             CliTr::tr(
                 "Zone the days are counted in: service (default), utc, local or an offset like +02:00."),
             u"Z"_s, u"service"_s},
            {u"output"_s, CliTr::tr("Write to FILE (atomically) instead of standard output."), u"FILE"_s},
        });
    }
    p.addOptions({
        {u"rate-limit"_s,
         CliTr::tr("Client-side budget in calls per minute (default 500, the account limit)."), u"N"_s,
         u"500"_s},
        {u"concurrency"_s, CliTr::tr("Time windows fetched at the same time (default 6)."), u"N"_s, u"6"_s},
        {u"sequential"_s,
         CliTr::tr("Fetch with a single NextStart chain per 30-day window, one after another.")},
        {u"quiet"_s, CliTr::tr("No progress on stderr.")},
    });
}

ExportFormat formatFor(const QString &name, const QString &output, QStringList *errors)
{
    const QString f = name.isEmpty() ? QFileInfo(output).suffix().toLower() : name.toLower();
    if (f == "csv"_L1)
        return ExportFormat::Csv;
    if (f == "xlsx"_L1)
        return ExportFormat::Xlsx;
    if (f == "jsonl"_L1 || f == "ndjson"_L1 || (name.isEmpty()))
        return ExportFormat::Jsonl;
    errors->append(CliTr::tr("--format must be jsonl, csv or xlsx."));
    return ExportFormat::Jsonl;
}

void applyQuery(const QCommandLineParser &p, QueryRequest &r, QStringList *errors)
{
    MailQuery &q = r.query;
    applyRangeOptions(p, q, errors);
    q.toAddress = p.value(u"to-address"_s);
    q.accountName = p.value(u"account-name"_s);
    q.tagName = p.value(u"tag"_s);
    q.ipPoolId = p.value(u"ip-pool-id"_s);
    q.configSetId = p.value(u"config-set-id"_s);
    if (const auto size = intOption(p, u"page-size"_s, errors))
        q.pageSize = *size;
    ArchiveReadOptions &a = r.archive;
    a.useArchive = p.isSet(u"archive"_s);
    a.archive = p.value(u"archive"_s); // "default": the default file
    a.classification = p.value(u"classification"_s);
    a.domain = p.value(u"domain"_s);
    a.text = p.value(u"text"_s);
    if (!a.useArchive && !(a.classification.isEmpty() && a.domain.isEmpty() && a.text.isEmpty()))
        errors->append(
            CliTr::tr("--classification, --domain and --text need --archive: the service has no such "
                      "filters."));
    for (const FieldError &e : validateQuery(q))
        if (!errors->contains(e.message) && !(a.useArchive && e.field == "filter"_L1))
            errors->append(e.message);
}

void applyOutput(const QCommandLineParser &p, ExportRequest &r, QStringList *errors)
{
    ExportOptions &o = r.exportOptions;
    o.targetPath = p.value(u"output"_s);
    if (o.targetPath.isEmpty())
        errors->append(CliTr::tr("--output FILE is required."));
    o.format = formatFor(p.value(u"format"_s), o.targetPath, errors);
    const QString preset = p.value(u"csv-preset"_s).toLower();
    if (preset == "plain"_L1)
        o.csvPreset = CsvPreset::Plain;
    else if (preset != "excel"_L1)
        errors->append(CliTr::tr("--csv-preset must be excel or plain."));
    o.timeZone = ExportTimeZone::fixedOffset(r.query.serviceUtcOffsetSeconds);
}

void applyFetch(const QCommandLineParser &p, QueryRequest &r, QStringList *errors)
{
    applyBudgetOptions(p, r.fetchOptions.callsPerMinute, r.fetchOptions.concurrency, errors);
    r.fetchOptions.sequential = p.isSet(u"sequential"_s);
    r.quiet = p.isSet(u"quiet"_s);
}

void applySummary(const QCommandLineParser &p, SummaryRequest &r, QStringList *errors)
{
    const QString format = p.value(u"format"_s).toLower();
    r.json = format == "json"_L1;
    if (!r.json && format != "text"_L1)
        errors->append(CliTr::tr("--format must be text or json."));
    r.outputPath = p.value(u"output"_s);
    const QString zone = p.value(u"zone"_s).toLower();
    if (zone == "service"_L1) {
        r.zone = QTimeZone(r.query.serviceUtcOffsetSeconds);
    } else if (zone == "utc"_L1) {
        r.zone = QTimeZone::utc();
    } else if (zone == "local"_L1) {
        r.zone = QTimeZone::systemTimeZone();
    } else if (const auto offset = parseUtcOffset(zone)) {
        r.zone = QTimeZone(*offset);
    } else {
        errors->append(CliTr::tr("--zone must be service, utc, local or an offset like +02:00."));
    }
}

// The common start of every query command's parse; false when there is nothing more to do.
template <typename Request>
bool parseCommon(QCommandLineParser &p, const QString &command, const QStringList &args, QString *helpText,
                 const QString &help, ParsedArgs<Request> &result, Request &r)
{
    if (!p.parse(QStringList{u"sendtrail-cli "_s + command} + args)) {
        result.errors.append(p.errorText());
        return false;
    }
    if (p.isSet(u"help"_s)) {
        result.helpShown = true;
        if (helpText)
            *helpText = help;
        return false;
    }
    if (!p.positionalArguments().isEmpty())
        result.errors.append(
            CliTr::tr("Unexpected argument '%1'.").arg(p.positionalArguments().constFirst()));
    const bool archiveAlone =
        p.isSet(u"archive"_s) && !p.isSet(u"profile"_s) && !p.isSet(u"endpoint"_s) && !p.isSet(u"region"_s);
    if (!archiveAlone) {
        applyConnectionOptions(p, r, &result.errors);
    } else if (p.isSet(u"service-utc-offset"_s)) { // the archive needs no connection, only the zone
        const auto offset = parseUtcOffset(p.value(u"service-utc-offset"_s));
        if (!offset)
            result.errors.append(CliTr::tr("--service-utc-offset must look like +08:00."));
        r.serviceUtcOffsetSeconds = offset.value_or(r.serviceUtcOffsetSeconds);
    }
    r.query.serviceUtcOffsetSeconds = r.serviceUtcOffsetSeconds;
    applyQuery(p, r, &result.errors);
    applyFetch(p, r, &result.errors);
    return true;
}

} // namespace

std::optional<int> intOption(const QCommandLineParser &p, const QString &name, QStringList *errors)
{
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok) {
        errors->append(CliTr::tr("--%1 must be a whole number.").arg(name));
        return std::nullopt;
    }
    return value;
}

void applyRangeOptions(const QCommandLineParser &p, MailQuery &q, QStringList *errors)
{
    for (const auto &[name, target] : {std::pair{u"start"_s, &q.start}, std::pair{u"end"_s, &q.end}}) {
        if (!p.isSet(name)) {
            errors->append(CliTr::tr("--%1 is required.").arg(name));
            continue;
        }
        const auto time = parseUserTime(p.value(name), q.serviceUtcOffsetSeconds);
        if (!time)
            errors->append(
                CliTr::tr("--%1 '%2' is not a time: use 'yyyy-MM-dd HH:mm' or ISO 8601 with an offset.")
                    .arg(name, p.value(name)));
        else
            *target = *time;
    }
    if (p.isSet(u"status"_s))
        q.status = intOption(p, u"status"_s, errors);
}

void applyBudgetOptions(const QCommandLineParser &p, int &callsPerMinute, int &concurrency,
                        QStringList *errors)
{
    if (const auto rate = intOption(p, u"rate-limit"_s, errors); rate && *rate < 1)
        errors->append(CliTr::tr("--rate-limit must be at least 1 call per minute."));
    else if (rate)
        callsPerMinute = *rate;
    if (const auto c = intOption(p, u"concurrency"_s, errors); c && (*c < 1 || *c > 32))
        errors->append(CliTr::tr("--concurrency must be between 1 and 32."));
    else if (c)
        concurrency = *c;
}

QString exportHelpText()
{
    QCommandLineParser p;
    addOptions(p, Command::Export);
    return p.helpText().replace(u"sendtrail-cli [options]"_s, u"sendtrail-cli export [options]"_s);
}

QString summaryHelpText()
{
    QCommandLineParser p;
    addOptions(p, Command::Summary);
    return p.helpText().replace(u"sendtrail-cli [options]"_s, u"sendtrail-cli summary [options]"_s);
}

namespace {

template <typename Request, typename ApplyRest>
ParsedArgs<Request> parseQueryArgs(Command command, const QStringList &args, QString *helpText,
                                   ApplyRest applyRest)
{
    ParsedArgs<Request> result;
    QCommandLineParser p;
    addOptions(p, command);
    Request r;
    const bool isExport = command == Command::Export;
    if (!parseCommon(p, isExport ? u"export"_s : u"summary"_s, args, helpText,
                     isExport ? exportHelpText() : summaryHelpText(), result, r))
        return result;
    applyRest(p, r, &result.errors);
    if (result.errors.isEmpty())
        result.request = std::move(r);
    return result;
}

} // namespace

ParsedExportArgs parseExportArgs(const QStringList &args, QString *helpText)
{
    return parseQueryArgs<ExportRequest>(Command::Export, args, helpText, applyOutput);
}

ParsedSummaryArgs parseSummaryArgs(const QStringList &args, QString *helpText)
{
    return parseQueryArgs<SummaryRequest>(Command::Summary, args, helpText, applySummary);
}

} // namespace sendtrail
