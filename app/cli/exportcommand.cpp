#include "exportcommand.h"

#include "cliarchive.h"
#include "exportrequest.h"
#include "pipeline/exportsink.h"
#include "querycommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

int runExportCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString help;
    const ParsedExportArgs parsed = parseExportArgs(args, &help);
    if (parsed.helpShown) {
        out << help;
        return 0;
    }
    if (!parsed.request)
        return reportUsageErrors(parsed.errors, u"export"_s, err);
    const ExportRequest &request = *parsed.request;
    if (request.archive.useArchive)
        return runArchiveExport(request, err);
    auto *sink = new ExportSink(request.exportOptions);
    const bool quiet = request.quiet;
    QueryCommand command(
        request, sink,
        [&err, quiet](const QString &path, qint64 rows, double seconds, QString *) {
            if (!quiet)
                err << QueryCommand::tr("Wrote %1 records to %2 in %3 s.")
                           .arg(rows)
                           .arg(path)
                           .arg(seconds, 0, 'f', 1)
                    << Qt::endl;
            return 0;
        },
        QueryCommand::tr("Cancelled; no file was written."), err);
    return command.exec();
}

} // namespace sendtrail
