#include "api/replyreader.h"
#include "api/requestbuilder.h"
#include "api/signer.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QString kKeyId = u"LTAI5tReplyReaderKeyId"_s;

// A real V1 request: AccessKeyId and Signature travel in the query.
QNetworkRequest v1Request(const QUrl &endpoint, QByteArray *signature)
{
    SignInput input;
    input.host = hostHeaderFor(endpoint);
    input.action = u"QueryTagByParam"_s;
    input.regionId = u"cn-hangzhou"_s;
    input.timestamp = QDateTime::currentDateTimeUtc();
    input.nonce = u"nonce-1"_s;
    const SignedRequest signedRequest = signRequest(SignatureVersion::V1, input, {kKeyId, "s3cret", {}});
    *signature = signedRequest.query.mid(signedRequest.query.lastIndexOf("Signature=") + 10);
    ClientConfig config;
    config.endpoint = endpoint;
    return buildApiRequest(config, signedRequest);
}

} // namespace

class TestReplyReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpError_keepsQtTextWithoutKeyIdOrSignature_data();
    void httpError_keepsQtTextWithoutKeyIdOrSignature();
};

void TestReplyReader::httpError_keepsQtTextWithoutKeyIdOrSignature_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("400") << 400;
    QTest::newRow("404") << 404;
    QTest::newRow("503") << 503;
}

void TestReplyReader::httpError_keepsQtTextWithoutKeyIdOrSignature()
{
    QFETCH(int, status);
    test::ScriptedServer server;
    QVERIFY(server.listen());
    server.enqueue(test::ScriptedReply::html(status, "<html>no</html>"));
    QNetworkAccessManager nam;
    QByteArray signature;
    QNetworkReply *reply = nam.sendCustomRequest(v1Request(server.url(), &signature), "POST");
    ReplyReader reader(reply, 64 * 1024, 10000);
    QSignalSpy completed(&reader, &ReplyReader::completed);
    QVERIFY(completed.wait(10000));

    const auto result = completed.first().first().value<AttemptResult>();
    QCOMPARE(result.httpStatus, status);
    // Qt's own words stay (they say what went wrong), the credentials in the URL do not.
    QVERIFY2(result.errorString.contains(u"server replied"_s), qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(u"AccessKeyId=***"_s), qPrintable(result.errorString));
    QVERIFY2(!result.errorString.contains(kKeyId), qPrintable(result.errorString));
    const QString decoded = QString::fromLatin1(QByteArray::fromPercentEncoding(signature));
    QVERIFY(!result.errorString.contains(QString::fromLatin1(signature)));
    QVERIFY(!result.errorString.contains(decoded));
}

QTEST_GUILESS_MAIN(TestReplyReader)
#include "tst_replyreader.moc"
