#include "replyreader.h"

#include "redact.h"

#include <QSslError>

namespace sendtrail {

namespace {

// QNetworkReply buffers without limit by default: a fast sender and a busy event loop would
// grow it far past the body cap before readyRead runs. This bound makes TCP push back instead.
constexpr qint64 kReadBufferBytes = qint64(256) * 1024;

// Qt sometimes finishes a reply cut by a TCP reset without an error; the announced length
// tells. A compressed body is left alone: its length counts the bytes before decoding.
bool isTruncated(const QNetworkReply &reply, qint64 received)
{
    bool ok = false;
    const qint64 declared = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    const QByteArray encoding = reply.rawHeader("content-encoding").trimmed().toLower();
    return ok && received < declared && (encoding.isEmpty() || encoding == "identity");
}

} // namespace

ReplyReader::ReplyReader(QNetworkReply *reply, qint64 maxBodyBytes, int deadlineMs, QObject *parent)
    : QObject(parent), m_reply(reply), m_maxBodyBytes(maxBodyBytes)
{
    m_clock.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AttemptResult::Abort::Deadline); });
    m_deadline.start(std::max(1, deadlineMs));
    reply->setReadBufferSize(kReadBufferBytes);

    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyReader::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyReader::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ReplyReader::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only; the handshake fails because we never ignore them.
        for (const QSslError &error : errors) {
            m_result.sslErrors.append(error.errorString());
            m_result.sslErrorCodes.append(error.error());
        }
    });
    // If the QNAM dies with the reply in flight, still report exactly once.
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_done)
            return;
        m_done = true;
        m_deadline.stop();
        m_result.networkError = QNetworkReply::UnknownNetworkError;
        m_result.elapsedMs = m_clock.elapsed();
        Q_EMIT completed(m_result);
    });
}

ReplyReader::~ReplyReader()
{
    abandon();
}

void ReplyReader::abandon()
{
    m_done = true;
    m_deadline.stop();
    releaseReply();
}

void ReplyReader::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ReplyReader::abortWith(AttemptResult::Abort reason)
{
    if (m_done || !m_reply)
        return;
    if (m_result.abort == AttemptResult::Abort::None)
        m_result.abort = reason;
    m_reply->abort(); // emits finished, possibly re-entrantly
}

void ReplyReader::onMetaDataChanged()
{
    if (m_done || !m_reply)
        return;
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > m_maxBodyBytes)
        abortWith(AttemptResult::Abort::TooLarge);
}

void ReplyReader::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    // Never more than one byte past the cap, however much is buffered.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        m_result.body += m_reply->read(m_maxBodyBytes + 1 - m_result.body.size());
        if (m_result.body.size() > m_maxBodyBytes) {
            m_result.body.clear();
            abortWith(AttemptResult::Abort::TooLarge);
            return;
        }
    }
}

void ReplyReader::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    if (m_result.abort == AttemptResult::Abort::None)
        m_result.body += reply->readAll();
    if (m_result.body.size() > m_maxBodyBytes) {
        m_result.body.clear();
        m_result.abort = AttemptResult::Abort::TooLarge;
    }
    m_result.networkError = reply->error();
    // Qt's text quotes the whole URL: for V1 that is the AccessKeyId and the Signature.
    m_result.errorString = redactText(reply->errorString());
    if (m_result.networkError == QNetworkReply::NoError && m_result.abort == AttemptResult::Abort::None &&
        isTruncated(*reply, m_result.body.size())) {
        m_result.networkError = QNetworkReply::RemoteHostClosedError;
        m_result.errorString = QStringLiteral("body shorter than its Content-Length");
    }
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.contentType = reply->rawHeader("content-type");
    m_result.dateHeader = reply->rawHeader("date");
    m_result.retryAfterHeader = reply->rawHeader("x-acs-retry-after");
    m_result.requestIdHeader = reply->rawHeader("x-acs-request-id");
    m_result.elapsedMs = m_clock.elapsed();
    releaseReply();
    Q_EMIT completed(m_result);
}

} // namespace sendtrail
