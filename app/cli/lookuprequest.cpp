#include "lookuprequest.h"

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

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        CliTr::tr("Look up many recipients at once: for every address of a list, whether the service "
                  "has mail to it in the range, how many records, and the newest one with its status, "
                  "SMTP reply and what it means.\n"
                  "Input: one address a line (blank lines and # comments skipped), or a column of a "
                  "CSV file or of the first sheet of an XLSX workbook. Duplicates in any letter case "
                  "count once; lines that are not addresses are reported in the output. At most %L1 "
                  "addresses.\n"
                  "Times: 'yyyy-MM-dd HH:mm' in the service's zone (UTC+08:00 unless the profile "
                  "or --service-utc-offset says otherwise), or ISO 8601 with an offset "
                  "(2026-05-01T09:00:00+02:00).\n"
                  "Credentials: --profile NAME (secret from the system keychain), or the "
                  "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                  "and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret.\n"
                  "Exit status: 0 when every address was looked up (found or not), 1 when the service "
                  "failed for any, 2 for wrong arguments or input, 130 when interrupted (no file is "
                  "written).")
            .arg(AddressList::kMaxAddresses));
    p.addHelpOption();
    p.addOptions(connectionOptions());
    p.addOptions({
        {u"input"_s,
         CliTr::tr("The address list (required): a text, CSV or XLSX file, or - for standard input."),
         u"FILE"_s},
        {u"column"_s,
         CliTr::tr("The column holding the addresses, by its header or its number (1 = first); makes a "
                   "text input CSV. Default: the first column."),
         u"NAME|N"_s},
        {u"start"_s, CliTr::tr("Start of the range (required)."), u"T"_s},
        {u"end"_s, CliTr::tr("End of the range (required). Ranges over 30 days are split automatically."),
         u"T"_s},
        {u"status"_s,
         CliTr::tr("Only this delivery status: 0 delivered, 2 invalid address, 3 spam, 4 failed."), u"N"_s},
        {u"format"_s,
         CliTr::tr("Output format: jsonl or csv (default: from the file extension, else jsonl)."),
         u"jsonl|csv"_s},
        {u"csv-preset"_s, CliTr::tr("CSV flavour: excel (UTF-8 BOM, default) or plain (RFC 4180, no BOM)."),
         u"excel|plain"_s, u"excel"_s},
        {u"output"_s,
         CliTr::tr("The file to write (required). Written atomically: on failure nothing is left."),
         u"FILE"_s},
        {u"rate-limit"_s,
         CliTr::tr("Client-side budget in calls per minute (default 500, the account limit)."), u"N"_s,
         u"500"_s},
        {u"concurrency"_s, CliTr::tr("Addresses looked up at the same time (default 8)."), u"N"_s, u"8"_s},
        {u"quiet"_s, CliTr::tr("No progress on stderr.")},
        {u"archive"_s,
         CliTr::tr("Look the addresses up in the archive instead of the service (a file, or "
                   "postgresql://user@host:port/db; 'default' for the default file): no calls, any range "
                   "the archive covers. A range it does not fully cover fails and names the gaps. See "
                   "'sendtrail-cli archive --help'."),
         u"URL|PATH"_s},
    });
}

void applyRange(const QCommandLineParser &p, LookupRequest &r, QStringList *errors)
{
    MailQuery &q = r.range;
    q.serviceUtcOffsetSeconds = r.serviceUtcOffsetSeconds;
    applyRangeOptions(p, q, errors);
    for (const FieldError &e : validateQuery(q))
        if (!errors->contains(e.message))
            errors->append(e.message);
}

void applyIo(const QCommandLineParser &p, LookupRequest &r, QStringList *errors)
{
    r.inputPath = p.value(u"input"_s);
    if (r.inputPath.isEmpty())
        errors->append(CliTr::tr("--input FILE is required (- reads standard input)."));
    if (p.isSet(u"column"_s)) {
        r.column = AddressColumn::parse(p.value(u"column"_s));
        if (!r.column)
            errors->append(CliTr::tr("--column must be a header name or a column number from 1."));
    }
    r.outputPath = p.value(u"output"_s);
    if (r.outputPath.isEmpty())
        errors->append(CliTr::tr("--output FILE is required."));
    const QString name = p.value(u"format"_s).toLower();
    const QString format = name.isEmpty() ? QFileInfo(r.outputPath).suffix().toLower() : name;
    if (format == "csv"_L1)
        r.writerOptions.format = LookupWriter::Format::Csv;
    else if (!name.isEmpty() && format != "jsonl"_L1 && format != "ndjson"_L1)
        errors->append(CliTr::tr("--format must be jsonl or csv."));
    const QString preset = p.value(u"csv-preset"_s).toLower();
    r.writerOptions.csvBom = preset != "plain"_L1;
    if (preset != "plain"_L1 && preset != "excel"_L1)
        errors->append(CliTr::tr("--csv-preset must be excel or plain."));
    r.writerOptions.serviceUtcOffsetSeconds = r.serviceUtcOffsetSeconds;
}

void applyBudget(const QCommandLineParser &p, LookupRequest &r, QStringList *errors)
{
    applyBudgetOptions(p, r.lookupOptions.callsPerMinute, r.lookupOptions.concurrency, errors);
    r.quiet = p.isSet(u"quiet"_s);
}

} // namespace

QString lookupHelpText()
{
    QCommandLineParser p;
    addOptions(p);
    return p.helpText().replace(u"sendtrail-cli [options]"_s, u"sendtrail-cli lookup [options]"_s);
}

ParsedLookupArgs parseLookupArgs(const QStringList &args, QString *helpText)
{
    ParsedLookupArgs result;
    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(QStringList{u"sendtrail-cli lookup"_s} + args)) {
        result.errors.append(p.errorText());
        return result;
    }
    if (p.isSet(u"help"_s)) {
        result.helpShown = true;
        if (helpText)
            *helpText = lookupHelpText();
        return result;
    }
    if (!p.positionalArguments().isEmpty())
        result.errors.append(
            CliTr::tr("Unexpected argument '%1'.").arg(p.positionalArguments().constFirst()));
    LookupRequest r;
    r.useArchive = p.isSet(u"archive"_s);
    r.archive = p.value(u"archive"_s);
    const bool archiveAlone =
        r.useArchive && !p.isSet(u"profile"_s) && !p.isSet(u"endpoint"_s) && !p.isSet(u"region"_s);
    if (!archiveAlone) {
        applyConnectionOptions(p, r, &result.errors);
    } else if (p.isSet(u"service-utc-offset"_s)) { // the archive needs no connection, only the zone
        const auto offset = parseUtcOffset(p.value(u"service-utc-offset"_s));
        if (!offset)
            result.errors.append(CliTr::tr("--service-utc-offset must look like +08:00."));
        r.serviceUtcOffsetSeconds = offset.value_or(r.serviceUtcOffsetSeconds);
    }
    applyRange(p, r, &result.errors);
    applyIo(p, r, &result.errors);
    applyBudget(p, r, &result.errors);
    if (result.errors.isEmpty())
        result.request = std::move(r);
    return result;
}

} // namespace sendtrail
