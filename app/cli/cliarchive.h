#pragma once

#include "archive/archivedatabase.h"
#include "archive/archivetypes.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace sendtrail {

class AddressList;
struct ExportRequest;
struct LookupRequest;
struct MailQuery;
struct QueryRequest;
struct SummaryRequest;

// What every archive command shares: --archive (and --service-utc-offset for those that take no
// connection), opening it, and the words for coverage and gaps.
QList<QCommandLineOption> archiveLocationOptions();
int serviceOffsetOption(const QCommandLineParser &p, QStringList *errors);
// `text` empty: the default SQLite file. Null with a sentence in *errors when it cannot open.
std::unique_ptr<ArchiveDatabase> openArchive(const QString &text, QStringList *errors);
QString formatCoverage(ArchiveDatabase &db, const QList<ArchiveWindow> &coverage, int offsetSeconds);
QString describeGaps(const QList<ArchiveGap> &gaps, int offsetSeconds);

// The query's range and filters; the range widened to whole minutes as the service does.
ArchiveFilter archiveFilter(const MailQuery &query);
// The same with the filters only the archive has.
ArchiveFilter archiveFilter(const QueryRequest &request);
// The archive, open and covering the whole of [startUtc, endUtc); null after saying on `err` why
// (it cannot open, or which days it lacks: never partial answers).
std::unique_ptr<ArchiveDatabase> openCoveringArchive(const QString &archive, qint64 startUtc, qint64 endUtc,
                                                     int offsetSeconds, QTextStream &err);
// `export --archive` and `summary --archive`: the archive instead of the service. A range the
// archive does not fully cover fails and names the gaps: never partial data.
int runArchiveExport(const ExportRequest &request, QTextStream &err);
int runArchiveSummary(const SummaryRequest &request, QTextStream &out, QTextStream &err);
// `lookup --archive`: every address of `list` answered from the archive, the same file written.
int runArchiveLookup(const LookupRequest &request, const AddressList &list, QTextStream &err);

} // namespace sendtrail
