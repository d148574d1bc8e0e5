#include "archivesync.h"

#include "api/ratelimiter.h"
#include "archivecoverage.h"
#include "archivedatabase.h"
#include "lists/listfetcher.h"
#include "pipeline/queryrun.h"
#include "records/recordstore.h"
#include "taglabeller.h"

#include <QDateTime>
#include <QTimer>

namespace sendtrail {

struct ArchiveSync::Job
{
    qint64 windowStart = 0;
    QString tag; // empty: the window's untagged fetch
    QueryRun *run = nullptr;
};

struct ArchiveSync::Pending
{
    ArchiveWindow window;
    QList<ArchivedRecord> records;
    QList<std::pair<QString, QList<MailRecord>>> tagged;
    int jobsLeft = 0;
};

ArchiveSync::ArchiveSync(ApiClient *client, ArchiveDatabase *database, const ArchiveSyncOptions &options,
                         QObject *parent)
    : QObject(parent), m_client(client), m_database(database), m_options(options)
{}

ArchiveSync::~ArchiveSync()
{
    stop();
}

void ArchiveSync::start()
{
    if (m_running)
        return;
    m_running = true;
    QString error;
    const auto coverage = m_database->coverage(&error);
    if (!coverage) {
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    m_plan = ArchiveCoverage::plan(m_options.startUtc, m_options.endUtc, *coverage,
                                   QDateTime::currentSecsSinceEpoch(), m_options.settleDays,
                                   m_options.withTags, m_options.serviceUtcOffsetSeconds);
    m_summary.windowsPlanned = int(m_plan.size());
    m_limiter = std::make_unique<RateLimiter>(m_options.callsPerMinute);
    if (m_plan.isEmpty() || !m_options.withTags) {
        QTimer::singleShot(0, this, [this] { onTags({}); });
        return;
    }
    m_tagFetcher = new ListFetcher(m_client, ListQuery{ListKind::Tags, {}, 50}, m_limiter.get(), this);
    connect(m_tagFetcher, &ListFetcher::finished, this, [this](const QList<ListItem> &items) {
        m_summary.tagCalls += m_tagFetcher->callCount();
        QStringList tags;
        for (const ListItem &item : items)
            if (!item.name.isEmpty() && !tags.contains(item.name))
                tags.append(item.name);
        m_tagFetcher->deleteLater();
        onTags(tags);
    });
    connect(m_tagFetcher, &ListFetcher::fetchFailed, this,
            [this](const ApiError &e) { fail(tr("Could not list the tags: %1").arg(e.userText())); });
    m_tagFetcher->start();
}

void ArchiveSync::onTags(const QStringList &tags)
{
    if (!m_running)
        return;
    m_tags = tags;
    m_summary.tags = int(tags.size());
    for (const ArchiveWindow &w : std::as_const(m_plan)) {
        Pending &pending = m_pending[w.startUtc];
        pending.window = w;
        pending.jobsLeft = int(1 + tags.size());
        m_queue.push_back(std::make_unique<Job>(Job{w.startUtc, {}, nullptr}));
        for (const QString &tag : tags)
            m_queue.push_back(std::make_unique<Job>(Job{w.startUtc, tag, nullptr}));
    }
    std::reverse(m_queue.begin(), m_queue.end()); // taken from the back: oldest window first
    startJobs();
}

void ArchiveSync::startJobs()
{
    while (m_running && int(m_active.size()) < m_options.concurrency && !m_queue.empty()) {
        std::unique_ptr<Job> job = std::move(m_queue.back());
        m_queue.pop_back();
        Pending &pending = m_pending[job->windowStart];
        if (pending.window.fetchedAtUtc == 0)
            pending.window.fetchedAtUtc = QDateTime::currentSecsSinceEpoch();
        MailQuery query;
        query.start = QDateTime::fromSecsSinceEpoch(pending.window.startUtc, Qt::UTC);
        query.end = QDateTime::fromSecsSinceEpoch(pending.window.stopUtc, Qt::UTC);
        query.tagName = job->tag;
        query.serviceUtcOffsetSeconds = m_options.serviceUtcOffsetSeconds;
        QueryRun::Options options;
        options.bulk.limiter = m_limiter.get();
        options.bulk.sequential = true; // a day is one window: one NextStart chain, no split
        options.bulk.concurrency = 1;
        Job *raw = job.get();
        raw->run = new QueryRun(m_client, query, options, nullptr, this);
        connect(raw->run, &QueryRun::finished, this, [this, raw] { onJobDone(raw); });
        connect(raw->run, &QueryRun::fetchFailed, this,
                [this](const ApiError &e) { fail(tr("Sync failed: %1").arg(e.userText())); });
        m_active.push_back(std::move(job));
        raw->run->start();
    }
    if (m_running && m_active.empty() && m_queue.empty() && m_pending.empty()) {
        QString error;
        if (m_summary.windowsDone > 0 && !m_database->analyze(&error))
            return fail(error);
        m_running = false;
        m_summary.calls = m_limiter ? m_limiter->granted() : 0;
        Q_EMIT finished(m_summary);
    }
}

void ArchiveSync::onJobDone(Job *job)
{
    Pending &pending = m_pending[job->windowStart];
    const auto store = job->run->store();
    QList<MailRecord> records;
    for (qsizetype i = 0; store && i < store->size(); ++i) {
        const qint64 t = store->utcSeconds(i);
        // The service may or may not count EndTime's minute: the next window owns it.
        if (t >= pending.window.startUtc && t < pending.window.stopUtc)
            records.append(store->record(i));
    }
    const int pages = job->run->progress().pages;
    pending.window.calls += pages;
    if (job->tag.isEmpty()) {
        for (MailRecord &r : records)
            pending.records.append({0, std::move(r), {}});
    } else {
        m_summary.tagCalls += pages;
        pending.tagged.append({job->tag, records});
    }
    job->run->disconnect(this);
    job->run->deleteLater();
    const auto it =
        std::find_if(m_active.begin(), m_active.end(), [job](const auto &j) { return j.get() == job; });
    std::unique_ptr<Job> done = std::move(*it);
    m_active.erase(it);
    if (--pending.jobsLeft == 0)
        commit(pending);
    startJobs();
}

void ArchiveSync::commit(Pending &pending)
{
    TagLabeller labeller(&pending.records);
    for (const auto &[tag, records] : std::as_const(pending.tagged))
        m_summary.tagged += labeller.label(tag, records);
    QString error;
    if (!m_database->replaceWindow(pending.window, pending.records, &error))
        return fail(error);
    ++m_summary.windowsDone;
    m_summary.records += pending.records.size();
    m_summary.calls = m_limiter->granted();
    const qint64 key = pending.window.startUtc; // erase() must not read the node it frees
    m_pending.erase(key);
    Q_EMIT progressed(m_summary);
}

void ArchiveSync::fail(const QString &message)
{
    if (!m_running)
        return;
    stop();
    Q_EMIT failed(message);
}

void ArchiveSync::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void ArchiveSync::stop()
{
    m_running = false;
    if (m_tagFetcher) {
        m_tagFetcher->disconnect(this);
        m_tagFetcher->cancel();
        m_tagFetcher->deleteLater();
    }
    for (const auto &job : m_active) {
        job->run->disconnect(this);
        job->run->cancel();
        job->run->deleteLater();
    }
    m_active.clear();
    m_queue.clear();
    m_pending.clear();
    if (m_limiter)
        m_limiter->clear();
}

} // namespace sendtrail
