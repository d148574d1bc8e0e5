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

struct ExportRequest;
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

// The request's range and every filter; the range widened to whole minutes as the service does.
ArchiveFilter archiveFilter(const QueryRequest &request);
// `export --archive` and `summary --archive`: the archive instead of the service. A range the
// archive does not fully cover fails and names the gaps: never partial data.
int runArchiveExport(const ExportRequest &request, QTextStream &err);
int runArchiveSummary(const SummaryRequest &request, QTextStream &out, QTextStream &err);

} // namespace sendtrail
