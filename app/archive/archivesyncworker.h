#pragma once

#include "api/apiclient.h"
#include "archivelocation.h"
#include "archivesync.h"
#include "workerthread.h"

#include <QObject>
#include <optional>

namespace sendtrail {

class ArchiveDatabase;

// One ArchiveSync on a thread of its own, for a UI: the sync, its ArchiveDatabase (a connection
// belongs to the thread that opened it) and an ApiClient with its own network access manager
// all live and write there, so the caller's thread never waits on the database. Signals arrive
// on the caller's thread. Exactly one of finished, failed or cancelled follows start(); a
// cancelled sync keeps the windows it wrote.
class ArchiveSyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSyncWorker)

public:
    // `config` carries the key: pass it by std::move (see ApiClient::setConfig, which wipes it).
    ArchiveSyncWorker(const ArchiveLocation &location, ClientConfig config, const ArchiveSyncOptions &options,
                      QObject *parent = nullptr);
    ~ArchiveSyncWorker() override; // stops a running sync (what it wrote stays), waits for the thread

    // What a client of the caller's thread is configured with, the key's secret handed over
    // in the slot setConfig() wipes: the one way to give the worker its own client.
    static ClientConfig configOf(const ApiClient &client);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ArchiveSyncSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(const sendtrail::ArchiveSyncSummary &summary);
    void finished(const sendtrail::ArchiveSyncSummary &summary);
    void failed(const QString &message);
    void cancelled();

private:
    struct Parts; // the thread's own: network, clock, client, database, sync
    void run();   // on the worker
    void end();

    ArchiveLocation m_location;
    ArchiveSyncOptions m_options;
    std::optional<ClientConfig> m_config; // handed to the thread's client once, then gone
    Parts *m_parts = nullptr;             // the worker's only
    ArchiveSyncSummary m_summary;
    bool m_running = false;
    WorkerThread m_worker; // last: it stops before the members its work uses go
};

} // namespace sendtrail
