#pragma once

#include "api/apiclient.h"
#include "export/exportoptions.h"
#include "records/bulkfetcher.h"
#include "records/mailquery.h"

#include <QStringList>

namespace sendtrail {

// Everything `sendtrail-cli export` was asked to do, parsed and checked, minus the secret.
struct ExportRequest
{
    MailQuery query;
    ExportOptions exportOptions;
    BulkFetchOptions fetchOptions;
    QString profileName; // empty: credentials from the environment
    QUrl endpoint;       // from --endpoint or --region (unless a profile supplies it)
    QString regionId;
    std::optional<SignatureVersion> signatureVersion;
    bool serviceOffsetGiven = false;
    bool quiet = false;
};

struct ParsedExportArgs
{
    std::optional<ExportRequest> request;
    QStringList errors; // one sentence each
    bool helpShown = false;
};

// Parses and validates; never touches the network, the keychain or the disk.
ParsedExportArgs parseExportArgs(const QStringList &args, QString *helpText);

QString exportHelpText();

} // namespace sendtrail
