#pragma once

#include "api/apiclient.h"
#include "connectionoptions.h"
#include "export/exportoptions.h"
#include "records/bulkfetcher.h"
#include "records/mailquery.h"

#include <QStringList>
#include <QTimeZone>
#include <optional>

class QCommandLineParser;

namespace sendtrail {

// `--archive`: read the archive instead of the service, with the filters only it can combine.
struct ArchiveReadOptions
{
    QString archive; // empty: not the archive (unless useArchive)
    bool useArchive = false;
    QString classification;
    QString domain;
    QString text;
};

// What every command that runs a query was asked: where, with which key (never the secret
// itself), which records, and how fast.
struct QueryRequest : ConnectionRequest
{
    MailQuery query; // query.serviceUtcOffsetSeconds is the connection's
    BulkFetchOptions fetchOptions;
    bool quiet = false;
    ArchiveReadOptions archive;
};

// `sendtrail-cli export`: the query and the file to write.
struct ExportRequest : QueryRequest
{
    ExportOptions exportOptions;
};

// `sendtrail-cli summary`: the query, the zone its days are counted in, and where it goes.
struct SummaryRequest : QueryRequest
{
    QTimeZone zone;     // days and hours of the summary
    bool json = false;  // else text
    QString outputPath; // empty: stdout
};

template <typename Request> struct ParsedArgs
{
    std::optional<Request> request;
    QStringList errors; // one sentence each
    bool helpShown = false;
};
using ParsedExportArgs = ParsedArgs<ExportRequest>;
using ParsedSummaryArgs = ParsedArgs<SummaryRequest>;

// Shared by the commands that run queries. A whole number, or nullopt and a sentence in *errors.
std::optional<int> intOption(const QCommandLineParser &p, const QString &name, QStringList *errors);
// --start and --end (required, in the one time syntax of parseUserTime) and --status, into q.
void applyRangeOptions(const QCommandLineParser &p, MailQuery &q, QStringList *errors);
// --rate-limit (at least 1 call a minute) and --concurrency (1 to 32).
void applyBudgetOptions(const QCommandLineParser &p, int &callsPerMinute, int &concurrency,
                        QStringList *errors);

// Parse and validate; never touch the network, the keychain or the disk.
ParsedExportArgs parseExportArgs(const QStringList &args, QString *helpText);
ParsedSummaryArgs parseSummaryArgs(const QStringList &args, QString *helpText);

QString exportHelpText();
QString summaryHelpText();

} // namespace sendtrail
