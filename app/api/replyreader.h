#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QTimer>

namespace sendtrail {

// What one HTTP attempt produced, before any interpretation.
struct AttemptResult
{
    // Why we aborted the reply ourselves; Qt reports all of them as OperationCanceledError,
    // the same code as its own inactivity timeout.
    enum class Abort
    {
        None,
        Deadline,
        TooLarge
    };

    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QStringList sslErrors;
    QList<QSslError::SslError> sslErrorCodes; // the same errors, for naming the certificate problem
    Abort abort = Abort::None;
    int httpStatus = 0; // 0 = no status line received
    QByteArray body;
    QByteArray contentType;
    QByteArray dateHeader;
    QByteArray retryAfterHeader;
    QByteArray requestIdHeader;
    qint64 elapsedMs = 0;
};

// Owns one QNetworkReply: enforces the body cap and the overall deadline, and emits
// completed() exactly once. Handlers are idempotent because abort() inside readyRead
// re-enters finished.
class ReplyReader final : public QObject
{
    Q_OBJECT
public:
    ReplyReader(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs, QObject *parent = nullptr);
    ~ReplyReader() override;

    // Aborts without emitting completed(); the reply is deleted later.
    void abandon();

Q_SIGNALS:
    void completed(const sendtrail::AttemptResult &result);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void abortWith(AttemptResult::Abort reason);
    void releaseReply();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes;
    QTimer m_deadline;
    AttemptResult m_result;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace sendtrail

Q_DECLARE_METATYPE(sendtrail::AttemptResult)
