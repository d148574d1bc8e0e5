#include "archivesyncworker.h"

#include "api/clock.h"
#include "api/environmentproxyfactory.h"
#include "archivedatabase.h"

#include <QNetworkAccessManager>

namespace sendtrail {

struct ArchiveSyncWorker::Parts
{
    explicit Parts(const ArchiveLocation &location) : database(location)
    {
        nam.setProxyFactory(new EnvironmentProxyFactory()); // the manager owns it
    }
    ~Parts()
    {
        sync.reset(); // before the client and database it uses
    }
    Q_DISABLE_COPY_MOVE(Parts)

    QNetworkAccessManager nam;
    SystemClock clock;
    UuidNonceSource nonces;
    ApiClient client{&nam, &clock, &nonces};
    ArchiveDatabase database;
    std::unique_ptr<ArchiveSync> sync;
};

ArchiveSyncWorker::ArchiveSyncWorker(const ArchiveLocation &location, ClientConfig config,
                                     const ArchiveSyncOptions &options, QObject *parent)
    : QObject(parent), m_location(location), m_options(options), m_config(std::move(config))
{}

ArchiveSyncWorker::~ArchiveSyncWorker()
{
    m_worker.stop([this] {
        if (m_parts && m_parts->sync)
            m_parts->sync->disconnect(); // nothing more reaches this half-destroyed object
        delete m_parts; // the sync first, and the connection closes on the thread that opened it
        m_parts = nullptr;
    });
    if (m_config)
        m_config->key.secret.fill('\0');
}

ClientConfig ArchiveSyncWorker::configOf(const ApiClient &client)
{
    ClientConfig config = client.config();
    const QByteArrayView secret = client.secret()->view();
    config.key.secret = QByteArray(secret.data(), secret.size());
    return config;
}

void ArchiveSyncWorker::start()
{
    if (m_running || !m_config)
        return;
    m_running = true;
    m_worker.post([this] { run(); });
}

void ArchiveSyncWorker::cancel()
{
    m_worker.post([this] {
        if (m_parts && m_parts->sync)
            m_parts->sync->cancel();
    });
}

// On the worker thread: everything the sync touches is made here, and its answers are sent
// back to the caller's thread as copies.
void ArchiveSyncWorker::run()
{
    m_parts = new Parts(m_location);
    m_parts->client.setConfig(std::move(*m_config));
    m_config.reset();
    QString error;
    if (!m_parts->database.open(&error)) {
        m_worker.answer([this, error] {
            end();
            Q_EMIT failed(error);
        });
        return;
    }
    m_parts->sync = std::make_unique<ArchiveSync>(&m_parts->client, &m_parts->database, m_options);
    ArchiveSync *sync = m_parts->sync.get();
    connect(sync, &ArchiveSync::progressed, m_worker.context(), [this](const ArchiveSyncSummary &s) {
        m_worker.answer([this, s] {
            m_summary = s;
            Q_EMIT progressed(s);
        });
    });
    connect(sync, &ArchiveSync::finished, m_worker.context(), [this](const ArchiveSyncSummary &s) {
        m_worker.answer([this, s] {
            m_summary = s;
            end();
            Q_EMIT finished(s);
        });
    });
    connect(sync, &ArchiveSync::failed, m_worker.context(), [this](const QString &message) {
        m_worker.answer([this, message] {
            end();
            Q_EMIT failed(message);
        });
    });
    connect(sync, &ArchiveSync::cancelled, m_worker.context(), [this, sync] {
        const ArchiveSyncSummary s = sync->summary();
        m_worker.answer([this, s] {
            m_summary = s;
            end();
            Q_EMIT cancelled();
        });
    });
    sync->start();
}

void ArchiveSyncWorker::end()
{
    m_running = false;
}

} // namespace sendtrail
