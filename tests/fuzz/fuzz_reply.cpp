// The reply reader and the error classifier on an arbitrary HTTP answer (status, network
// error, headers, body arriving in chunks). Invariants: exactly one completion; the body cap
// holds; an unaborted body arrives whole; success only for a 2xx JSON object without an error
// Code; Qt's error string (which embeds the signed URL) never reaches the ApiError.
#include "api/errorclassifier.h"
#include "api/replyreader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kPlanted = "PLANTEDfuzzSignature";

// A finished-on-demand reply that hands out preset bytes, like QNAM's after each read.
class ScriptedReply final : public QNetworkReply
{
public:
    void configure(int status, NetworkError error, const QList<QByteArray> &headerLines)
    {
        open(QIODevice::ReadOnly);
        if (status)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const QByteArray &line : headerLines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        if (error != NoError)
            setError(error, u"https://dm.example/?Signature=%1"_s.arg(QLatin1StringView(kPlanted)));
    }
    void deliver(const QByteArray &chunk)
    {
        m_pending += chunk;
        Q_EMIT readyRead();
    }
    void finish()
    {
        if (isFinished())
            return;
        setFinished(true);
        Q_EMIT finished();
    }
    void announce() { Q_EMIT metaDataChanged(); }
    void abort() override
    {
        setError(OperationCanceledError, u"Operation canceled %1"_s.arg(QLatin1StringView(kPlanted)));
        finish();
    }
    qint64 bytesAvailable() const override { return m_pending.size() + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::copy_n(m_pending.constData(), n, data);
        m_pending.remove(0, n);
        return n;
    }

private:
    QByteArray m_pending;
};

constexpr QNetworkReply::NetworkError kErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TooManyRedirectsError,
    QNetworkReply::UnknownContentError,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::AuthenticationRequiredError,
    QNetworkReply::ProtocolInvalidOperationError,
    QNetworkReply::InternalServerError,
    QNetworkReply::ServiceUnavailableError,
    QNetworkReply::UnknownServerError,
};

bool isSuccessBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && doc.isObject();
}

void checkClassification(const AttemptResult &result)
{
    const Classification c = classifyAttempt(result);
    const ApiError &e = c.error;
    for (const QString &text : {e.message, e.code, e.requestId, e.recommend, e.userText()})
        fuzz::check(!text.contains(QLatin1StringView(kPlanted)), "Qt's error string leaked", text.toUtf8());
    const bool clean =
        result.abort == AttemptResult::Abort::None && result.networkError == QNetworkReply::NoError;
    if (e.kind == ApiError::Kind::None)
        fuzz::check(clean && result.httpStatus >= 200 && result.httpStatus < 300 &&
                        isSuccessBody(result.body),
                    "success only for a 2xx JSON object", result.body);
    if (retryClassOf(e) == RetryClass::ClockSkew)
        fuzz::check(e.code == "InvalidTimeStamp.Expired"_L1, "clock skew only for its code");
    const QDateTime date = parseHttpDate(result.dateHeader);
    if (date.isValid())
        fuzz::check(date.timeSpec() == Qt::UTC || date.offsetFromUtc() == 0, "HTTP dates are UTC");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 3);
    const QByteArray control = parts[0].leftJustified(5, '\0');
    const int status = (quint8(control[0]) << 8 | quint8(control[1])) % 700;
    const auto error = kErrors[quint8(control[2]) % std::size(kErrors)];
    const qint64 maxBody = 1 + quint8(control[3]) * 16;
    const qsizetype chunk = 1 + quint8(control[4]) % 64;
    const QByteArray &body = parts[2];

    auto *reply = new ScriptedReply;
    reply->configure(status, error, parts[1].split('\n'));
    int completions = 0;
    AttemptResult result;
    {
        ReplyReader reader(reply, maxBody, 60'000);
        QObject::connect(&reader, &ReplyReader::completed, [&](const AttemptResult &r) {
            ++completions;
            result = r;
        });
        reply->announce();
        for (qsizetype at = 0; at < body.size() && !reply->isFinished(); at += chunk)
            reply->deliver(body.mid(at, chunk));
        reply->finish();
        fuzz::check(completions == 1, "exactly one completion");
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    fuzz::check(completions == 1, "no completion after the reader is gone");
    fuzz::check(result.body.size() <= maxBody, "the body cap holds");
    if (result.abort == AttemptResult::Abort::None)
        fuzz::check(result.body == body, "an unaborted body arrives whole");
    if (body.size() > maxBody)
        fuzz::check(result.abort == AttemptResult::Abort::TooLarge, "an oversized body is refused");
    checkClassification(result);
    return 0;
}
