#pragma once

#include "cli/exportrequest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>
#include <memory>

namespace sendtrail {

class ApiClient;
class BulkFetcher;
class ExportJob;
class RecordStore;
class ProfileCredentials;
class SystemClock;
class UuidNonceSource;

// One export from start to exit code: credentials → fetch every window → sort → write.
class ExportRun final : public QObject
{
    Q_OBJECT
public:
    ExportRun(ExportRequest request, QTextStream &err, QObject *parent = nullptr);
    ~ExportRun() override;

    void start();
    void cancel(); // SIGINT: stop fetching/writing, leave no file

Q_SIGNALS:
    void done(int exitCode);

private:
    void startWithKey(const AccessKey &key);
    void onFetched();
    void fail(const QString &text, int exitCode = 1);
    void progress(const QString &line, bool final = false);

    ExportRequest m_request;
    QTextStream &m_err;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<UuidNonceSource> m_nonces;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BulkFetcher> m_fetcher;
    std::unique_ptr<ProfileCredentials> m_profiles;
    std::shared_ptr<RecordStore> m_store;
    std::unique_ptr<ExportJob> m_job;
    QElapsedTimer m_elapsed;
    qint64 m_lastProgressMs = -1000;
    bool m_finished = false;
};

} // namespace sendtrail
