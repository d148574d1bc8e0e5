#include "summarycommand.h"

#include "cliarchive.h"
#include "export/writefailure.h"
#include "exportrequest.h"
#include "insight/summaryformat.h"
#include "insight/summarysink.h"
#include "querycommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// Whole or nothing: a failed write leaves no file and an existing one untouched.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString systemError;
    if (WriteFailure::saveAtomically(path, bytes, &systemError))
        return true;
    *error = WriteFailure::message(path, systemError);
    return false;
}

} // namespace

int runSummaryCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString help;
    const ParsedSummaryArgs parsed = parseSummaryArgs(args, &help);
    if (parsed.helpShown) {
        out << help;
        return 0;
    }
    if (!parsed.request)
        return reportUsageErrors(parsed.errors, u"summary"_s, err);
    const SummaryRequest request = *parsed.request;
    if (request.archive.useArchive)
        return runArchiveSummary(request, out, err);
    auto *sink = new SummarySink(request.zone);
    QueryCommand command(
        request, sink,
        [&out, request, sink](const QString &, qint64, double, QString *error) {
            const QByteArray bytes =
                request.json
                    ? QJsonDocument(SummaryFormat::toJson(sink->summary())).toJson(QJsonDocument::Compact) +
                          '\n'
                    : SummaryFormat::toText(sink->summary()).toUtf8();
            if (request.outputPath.isEmpty()) {
                out << QString::fromUtf8(bytes);
                out.flush();
                return 0;
            }
            return writeAtomically(request.outputPath, bytes, error) ? 0 : 1;
        },
        QueryCommand::tr("Cancelled."), err);
    return command.exec();
}

} // namespace sendtrail
