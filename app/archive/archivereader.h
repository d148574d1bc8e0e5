#pragma once

#include "archivelocation.h"
#include "archivetypes.h"
#include "workerthread.h"

#include <QObject>
#include <memory>
#include <optional>

namespace sendtrail {

class ArchiveDatabase;

// The archive for a UI: every query runs on a worker thread with its own connection, and answers
// arrive as signals on the caller's thread, tagged with the request's number (a table model
// keeps the latest and drops stale ones). Pages are keyset pages: load the next one with the
// previous page's `next` cursor, any sort column, no OFFSET.
class ArchiveReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveReader)

public:
    explicit ArchiveReader(const ArchiveLocation &location, QObject *parent = nullptr);
    ~ArchiveReader() override; // waits for the query in flight, then closes

    // Hands a reader no longer wanted (another archive, another profile) over to be closed
    // without a wait: no signal of it arrives any more, its query in flight ends on its own
    // thread, which then closes the connection, and the reader is deleted once that thread has
    // ended. Until then it is a child of the application (deleted, waiting, at its end).
    static void retire(std::unique_ptr<ArchiveReader> reader);

    // Each returns the request's number; exactly one answer or failed(number, …) follows.
    int requestPage(const ArchiveFilter &filter, const ArchiveSort &sort,
                    const std::optional<ArchiveCursor> &after, int limit);
    int requestCount(const ArchiveFilter &filter);
    int requestStatusByDay(const ArchiveFilter &filter, int offsetSeconds);
    int requestStatusByHour(const ArchiveFilter &filter, int phaseSeconds);
    int requestCountBy(const ArchiveFilter &filter, ArchiveGroup group);
    int requestCoverage();

Q_SIGNALS:
    void pageLoaded(int request, const sendtrail::ArchivePage &page);
    void counted(int request, qint64 count);
    void statusByDayLoaded(int request, const QList<sendtrail::StatusDayCount> &counts);
    void statusByHourLoaded(int request, const QList<sendtrail::StatusHourCount> &counts);
    void groupsLoaded(int request, const QList<sendtrail::GroupCount> &counts);
    void coverageLoaded(int request, const QList<sendtrail::ArchiveWindow> &windows);
    void failed(int request, const QString &message);

private:
    void closeDatabase(); // worker thread only
    template <typename Read, typename Value> int ask(Read read, void (ArchiveReader::*loaded)(int, Value));
    ArchiveDatabase *database(QString *error); // worker thread only

    ArchiveLocation m_location;
    ArchiveDatabase *m_db = nullptr; // the worker's only: opened lazily there, closed there
    int m_nextRequest = 1;
    WorkerThread m_worker; // last: it stops before the members its work uses go
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ArchivePage)
