#pragma once

#include "api/apierror.h"
#include "export/exportsource.h"
#include "records/bulkfetcher.h"
#include "records/mailquery.h"
#include "runprogress.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace sendtrail {

class ApiClient;
class Pager;
class RecordSink;
class RecordStore;

// The one pipeline behind every "run this query to the end": fetch (bulk: concurrent windows
// under the rate limit; paged: one NextStart chain) → store → order (newest first) → sink.
// The export dialog, `sendtrail-cli export`, summaries and the archive differ only in the sink.
// Exactly one of finished, fetchFailed, writeFailed or cancelled follows start().
class QueryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRun)

public:
    enum class Fetch
    {
        Bulk,
        Paged,
    };
    Q_ENUM(Fetch)
    struct Options
    {
        Fetch fetch = Fetch::Bulk;
        BulkFetchOptions bulk;
    };

    // Fetches `query` through `client` (which must outlive the run), then hands it to `sink`.
    QueryRun(ApiClient *client, const MailQuery &query, const Options &options, RecordSink *sink,
             QObject *parent = nullptr);
    // Rows already at hand, such as a snapshot of the table: no fetch, straight to the sink.
    QueryRun(std::shared_ptr<const ExportSource> rows, RecordSink *sink, QObject *parent = nullptr);
    ~QueryRun() override;

    void start();
    // Stops fetching or writing; nothing is committed. Ends in cancelled().
    void cancel();

    bool isRunning() const { return m_running; }
    bool isWriting() const { return m_writing; }
    RunProgress progress() const;
    // The fetched records once the fetch is done (null for a snapshot run).
    std::shared_ptr<const RecordStore> store() const { return m_store; }

    // Row indexes newest first, ties in arrival order: the one time order of every output.
    static QList<qsizetype> newestFirst(const ExportSource &rows);

Q_SIGNALS:
    void fetchProgressed(const sendtrail::RunProgress &progress);
    void fetched(qint64 records, int pages); // the write phase begins
    void writeProgressed(qint64 rows, qint64 total);
    void finished(const QString &target, qint64 rows);
    void fetchFailed(const sendtrail::ApiError &error);
    void writeFailed(const QString &message);
    void cancelled();

private:
    void startBulk();
    void startPaged();
    void onPage(const ParsedPage &page);
    void reportProgress(int windowsDone, int windowsTotal);
    void onFetched();
    void write(std::shared_ptr<const ExportSource> rows, QList<qsizetype> order);
    void end();
    void stopFetching();

    QPointer<ApiClient> m_client;
    MailQuery m_query;
    Options m_options;
    QPointer<RecordSink> m_sink;
    std::shared_ptr<const ExportSource> m_snapshot;
    std::shared_ptr<RecordStore> m_store;
    QPointer<BulkFetcher> m_bulk;
    QPointer<Pager> m_pager;
    ProgressEstimator m_estimator;
    RunProgress m_progress;
    bool m_running = false;
    bool m_writing = false;
};

} // namespace sendtrail
