#include "exportrun.h"

#include "api/clock.h"
#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "export/exportjob.h"
#include "export/recordstoresource.h"
#include "records/bulkfetcher.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace sendtrail {

ExportRun::ExportRun(ExportRequest request, QTextStream &err, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_err(err), m_clock(std::make_unique<SystemClock>()),
      m_nonces(std::make_unique<UuidNonceSource>()), m_store(std::make_shared<RecordStore>())
{}

ExportRun::~ExportRun() = default;

void ExportRun::start()
{
    m_elapsed.start();
    if (m_request.profileName.isEmpty()) {
        const auto env = QProcessEnvironment::systemEnvironment();
        AccessKey key;
        key.id = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
        key.secret = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s).toUtf8();
        key.securityToken = env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
        if (key.id.isEmpty() || key.secret.isEmpty())
            return fail(
                tr("No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
                   "or use --profile NAME."),
                2);
        return startWithKey(key);
    }
    auto *profiles = new ProfileStore(this);
    auto *secrets = new CredentialStore(this);
    m_profiles = std::make_unique<ProfileCredentials>(profiles, secrets);
    m_profiles->loadProfile(m_request.profileName, this, [this](const ProfileLoadResult &result) {
        if (!result.resolved)
            return fail(result.outcome.message());
        ResolvedProfile resolved = *result.resolved;
        startWithKey(resolved.key);
        resolved.wipe();
    });
}

void ExportRun::startWithKey(const AccessKey &key)
{
    ClientConfig config;
    config.endpoint = m_request.endpoint;
    if (!m_request.regionId.isEmpty())
        config.regionId = m_request.regionId;
    config.signatureVersion = m_request.signatureVersion.value_or(SignatureVersion::V3);
    config.key = key;
    // A whole-query export outlives short outages: more attempts per page than the app.
    config.maxAttempts = 6;
    m_client = std::make_unique<ApiClient>(&m_nam, m_clock.get(), m_nonces.get());
    m_client->setConfig(config);
    m_fetcher = std::make_unique<BulkFetcher>(m_client.get(), m_request.query, m_request.fetchOptions);
    connect(m_fetcher.get(), &BulkFetcher::pageLoaded, this,
            [this](const ParsedPage &page) { m_store->append(page); });
    connect(m_fetcher.get(), &BulkFetcher::progressed, this,
            [this](qint64 records, int pages, int done, int total) {
                progress(tr("Fetched %1 records in %2 pages (%3 of %4 windows done)")
                             .arg(records)
                             .arg(pages)
                             .arg(done)
                             .arg(total));
            });
    connect(m_fetcher.get(), &BulkFetcher::fetchFailed, this,
            [this](const ApiError &error) { fail(tr("Export failed: %1").arg(error.userText())); });
    connect(m_fetcher.get(), &BulkFetcher::finished, this, &ExportRun::onFetched);
    m_fetcher->start();
}

void ExportRun::onFetched()
{
    progress(
        tr("Fetched %1 records in %2 pages.").arg(m_fetcher->recordsLoaded()).arg(m_fetcher->pagesLoaded()),
        true);
    ExportOptions options = m_request.exportOptions;
    options.rowOrder = RecordStoreSource::newestFirst(*m_store);
    m_job = std::make_unique<ExportJob>(std::make_shared<RecordStoreSource>(m_store), options);
    connect(m_job.get(), &ExportJob::progressed, this, [this](qint64 rows, qint64 total) {
        progress(tr("Writing %1 of %2 rows").arg(rows).arg(total));
    });
    connect(m_job.get(), &ExportJob::failed, this, [this](const QString &message) { fail(message); });
    connect(m_job.get(), &ExportJob::cancelled, this,
            [this] { fail(tr("Cancelled; no file was written."), 130); });
    connect(m_job.get(), &ExportJob::finished, this, [this](const QString &path) {
        progress(tr("Wrote %1 records to %2 in %3 s.")
                     .arg(m_job->result().rowsWritten)
                     .arg(path)
                     .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1),
                 true);
        m_finished = true;
        Q_EMIT done(0);
    });
    m_job->start();
}

void ExportRun::cancel()
{
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_job && m_job->isRunning())
        return m_job->cancel(); // reports through cancelled()
    fail(tr("Cancelled; no file was written."), 130);
}

void ExportRun::fail(const QString &text, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_fetcher)
        m_fetcher->cancel();
    m_err << "sendtrail-cli: " << text << Qt::endl;
    Q_EMIT done(exitCode);
}

void ExportRun::progress(const QString &line, bool final)
{
    if (m_request.quiet)
        return;
    // At most a few lines a second: stderr may be a log file.
    if (!final && m_elapsed.elapsed() - m_lastProgressMs < 500)
        return;
    m_lastProgressMs = m_elapsed.elapsed();
    m_err << line << Qt::endl;
}

} // namespace sendtrail
