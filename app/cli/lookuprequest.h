#pragma once

#include "connectionoptions.h"
#include "exportrequest.h"
#include "lookup/addresslist.h"
#include "lookup/lookuprun.h"
#include "lookup/lookupwriter.h"
#include "records/mailquery.h"

namespace sendtrail {

// `sendtrail-cli lookup`: where the addresses come from, the range, and the file to write.
struct LookupRequest : ConnectionRequest
{
    MailQuery range; // start, end, status; serviceUtcOffsetSeconds is the connection's
    LookupOptions lookupOptions;
    QString inputPath; // "-": standard input
    std::optional<AddressColumn> column;
    LookupWriter::Options writerOptions;
    QString outputPath;
    bool quiet = false;
    bool useArchive = false; // --archive: the archive answers instead of the service
    QString archive;         // its location; empty or "default": the default file
};
using ParsedLookupArgs = ParsedArgs<LookupRequest>;

// Parse and validate; never touch the network, the keychain or the input file.
ParsedLookupArgs parseLookupArgs(const QStringList &args, QString *helpText);
QString lookupHelpText();

} // namespace sendtrail
