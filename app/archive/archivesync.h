#pragma once

#include "api/apierror.h"
#include "archivetypes.h"

#include <QObject>
#include <QPointer>
#include <map>
#include <memory>

namespace sendtrail {

class ApiClient;
class ArchiveDatabase;
class ListFetcher;
class QueryRun;
class RateLimiter;

struct ArchiveSyncOptions
{
    qint64 startUtc = 0; // the range to archive; days before the service's retention are skipped
    qint64 endUtc = 0;
    int settleDays = 3;   // days fetched again: a record's time is its last update, so recent ones move
    bool withTags = true; // one more fetch per tag and day window (QueryTagByParam's list)
    int callsPerMinute = 500;
    int concurrency = 6; // queries in flight at once
    int serviceUtcOffsetSeconds = 8 * 3600;
};

struct ArchiveSyncSummary
{
    int windowsPlanned = 0;
    int windowsDone = 0;
    qint64 records = 0;  // written
    qint64 calls = 0;    // every call granted by the budget, retries and the tag list included
    qint64 tagCalls = 0; // the part of `calls` spent on tags
    int tags = 0;
    qint64 tagged = 0; // records labelled with a tag
};

// Archives every day window (of the service's zone) not yet archived, and the last settle days
// again, through the one pipeline (QueryRun per window and tag, under one shared rate limiter).
// Each window is written in one transaction once its fetches are done, so a rerun, a crash or a
// kill in mid-run neither duplicates nor loses a record, and the next run resumes.
// Exactly one of finished, failed or cancelled follows start().
class ArchiveSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSync)

public:
    // `client` and `database` (open, of this thread) must outlive the sync.
    ArchiveSync(ApiClient *client, ArchiveDatabase *database, const ArchiveSyncOptions &options,
                QObject *parent = nullptr);
    ~ArchiveSync() override;

    void start();
    // Stops at once: windows already written stay, the others are fetched by the next run.
    void cancel();
    const ArchiveSyncSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(const sendtrail::ArchiveSyncSummary &summary);
    void finished(const sendtrail::ArchiveSyncSummary &summary);
    void failed(const QString &message);
    void cancelled();

private:
    struct Job;
    struct Pending;
    void onTags(const QStringList &tags);
    void startJobs();
    void onJobDone(Job *job);
    void commit(Pending &pending);
    void fail(const QString &message);
    void stop();

    ApiClient *m_client;
    ArchiveDatabase *m_database;
    ArchiveSyncOptions m_options;
    std::unique_ptr<RateLimiter> m_limiter;
    QPointer<ListFetcher> m_tagFetcher;
    QStringList m_tags;
    QList<ArchiveWindow> m_plan;
    std::map<qint64, Pending> m_pending; // by window start
    std::vector<std::unique_ptr<Job>> m_queue;
    std::vector<std::unique_ptr<Job>> m_active;
    ArchiveSyncSummary m_summary;
    bool m_running = false;
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::ArchiveSyncSummary)
