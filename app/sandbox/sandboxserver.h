#pragma once

#include "sandboxdataset.h"
#include "sandboxoptions.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <memory>

namespace sendtrail {

// A local Direct Mail look-alike on 127.0.0.1 answering SenderStatisticsDetailByParam, the daily
// totals (SenderStatisticsByTagNameAndBatchID), the tag, sender, IP pool and config set lists and
// the invalid-address list with its deletion (SandboxActions), with V3 and V1 signatures verified
// by its own code. Deletions last as long as the server. Demo mode and integration tests run on it.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr); // default data set: seed 1, 50,000 rows, now
    explicit SandboxServer(const SandboxDataset &dataset, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // loopback only; 0 picks a free port
    // The same over TLS with this certificate chain (leaf first) and key: HTTPS, as the real
    // service, for the certificate-verification tests and `sendtrail-cli sandbox --tls-cert`.
    bool listenTls(const QList<QSslCertificate> &chain, const QSslKey &key, quint16 port = 0);
    quint16 port() const;
    QUrl endpoint() const; // http://127.0.0.1:PORT/, or https:// after listenTls()

    void setOptions(const SandboxOptions &options); // takes effect with the next request
    SandboxOptions options() const;
    const SandboxDataset &dataset() const;
    // For tests that change the records between two fetches (new mail, status updates).
    SandboxDataset &mutableDataset();
    int callCount() const; // every HTTP request received, whatever its fate

    // Test seam: from holdReplies() on, answers are worked out as usual but kept back until
    // releaseHeldReplies() sends them, in arrival order (latency does not apply to them), and
    // stops holding. A test decides when a reply is in flight instead of racing a timer.
    void holdReplies();
    void releaseHeldReplies();
    int heldReplies() const;

    static QString demoAccessKeyId();
    static QByteArray demoAccessKeySecret();

Q_SIGNALS:
    // httpStatus 0 means the connection was reset; errorCode is empty on success.
    void requestHandled(int callNumber, int httpStatus, const QString &errorCode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sendtrail
