#include "api/logging.h"
#include "api/redact.h"
#include "api/signer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QString kKeyId = u"LTAI5tSecretKeyId42"_s;
const QByteArray kSecret = "Sup3r+Secret/Value=";
const QString kToken = u"CAISsts+Token/Value=="_s;

SignInput sampleInput()
{
    SignInput input;
    input.host = u"dm.aliyuncs.com"_s;
    input.action = u"SenderStatisticsDetailByParam"_s;
    input.params = {{u"Length"_s, u"100"_s}, {u"ToAddress"_s, u"user+tag@example.com"_s}};
    input.timestamp = QDateTime::fromString(u"2021-04-29T01:02:03Z"_s, Qt::ISODate);
    input.nonce = u"3156853299f313e23d1673dc12e1703d"_s;
    return input;
}

// Every spelling in which a secret could show up in a URL, a header or encoded diagnostics.
QStringList spellings(const QString &secret)
{
    const QString once = QString::fromLatin1(percentEncode(secret));
    return {secret, once, QString::fromLatin1(percentEncode(once))};
}

void verifyNoSecret(const QString &logged, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        for (const QString &spelling : spellings(secret))
            QVERIFY2(!logged.contains(spelling, Qt::CaseInsensitive),
                     qPrintable(u"'%1' leaked in: %2"_s.arg(spelling, logged)));
    }
}

QString signatureOf(const SignedRequest &request)
{
    const qsizetype at = request.query.lastIndexOf("Signature=");
    return QString::fromLatin1(QByteArray::fromPercentEncoding(request.query.mid(at + 10)));
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

class TestRedact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactUrl_masksSensitiveParameters_data();
    void redactUrl_masksSensitiveParameters();
    void redactQuery_decodesNamesBeforeMatching();
    void redactText_masksServerStringToSignAndAuthorization_data();
    void redactText_masksServerStringToSignAndAuthorization();
    void signedV1Request_leavesNothingSecretInLog();
    void signedV3Request_leavesNothingSecretInLog();
    void loggingCategory_isSendtrailApi();
};

void TestRedact::redactUrl_masksSensitiveParameters_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1-query")
        << QByteArray("https://dm.aliyuncs.com/"
                      "?AccessKeyId=LTAIabc&Action=X&Signature=a%2Bb%3D&SignatureMethod=HMAC-SHA1"
                      "&SecurityToken=tok%2F")
        << u"https://dm.aliyuncs.com/?AccessKeyId=***&Action=X&Signature=***&SignatureMethod=HMAC-SHA1"
           "&SecurityToken=***"_s;
    QTest::newRow("case-insensitive") << QByteArray("https://h/?accesskeyid=a&SIGNATURE=b")
                                      << u"https://h/?accesskeyid=***&SIGNATURE=***"_s;
    QTest::newRow("encoded-name") << QByteArray("https://h/?Access%4BeyId=a&Sig%6Eature=b")
                                  << u"https://h/?AccessKeyId=***&Signature=***"_s;
    QTest::newRow("v3-header-names")
        << QByteArray("https://h/?x-acs-accesskey-id=a&x-acs-security-token=b&X-Acs-Bearer-Token=c")
        << u"https://h/?x-acs-accesskey-id=***&x-acs-security-token=***&X-Acs-Bearer-Token=***"_s;
    QTest::newRow("access-key-secret")
        << QByteArray("https://h/?AccessKeySecret=s3cr3t&a=1") << u"https://h/?AccessKeySecret=***&a=1"_s;
    QTest::newRow("duplicates") << QByteArray("https://h/?Signature=a&Signature=b")
                                << u"https://h/?Signature=***&Signature=***"_s;
    QTest::newRow("userinfo-and-fragment")
        << QByteArray("https://user:pass@h:8443/?a=1#Signature=x") << u"https://h:8443/?a=1"_s;
    QTest::newRow("no-query") << QByteArray("https://dm.aliyuncs.com/") << u"https://dm.aliyuncs.com/"_s;
    QTest::newRow("control-chars-stay-encoded")
        << QByteArray("https://h/?Subject=a%0D%0Ab") << u"https://h/?Subject=a%0D%0Ab"_s;
}

void TestRedact::redactUrl_masksSensitiveParameters()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, expected);
    QCOMPARE(redactUrl(QUrl::fromEncoded(url, QUrl::StrictMode)), expected);
}

void TestRedact::redactQuery_decodesNamesBeforeMatching()
{
    QCOMPARE(redactQuery("Access%4beyId=a&Security+Token=b&SecurityToken&Sig%6Eature=c&Action=d"),
             QByteArray("Access%4beyId=***&Security+Token=b&SecurityToken&Sig%6Eature=***&Action=d"));
}

void TestRedact::redactText_masksServerStringToSignAndAuthorization_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("signature-does-not-match")
        << u"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"
           "AccessKeyId%3Dtestid%26Action%3DX%26SecurityToken%3DCAIS%252Babc%26SignatureMethod%3DHMAC-SHA1"_s
        << u"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"
           "AccessKeyId%3D***%26Action%3DX%26SecurityToken%3D***%26SignatureMethod%3DHMAC-SHA1"_s;
    QTest::newRow("twice-encoded") << u"AccessKeyId%253Dtestid%2526Action"_s
                                   << u"AccessKeyId%253D***%2526Action"_s;
    QTest::newRow("authorization")
        << u"Authorization: ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-date,Signature=0a1b2c"_s
        << u"Authorization: ACS3-HMAC-SHA256 Credential=***,SignedHeaders=host;x-acs-date,Signature=***"_s;
    QTest::newRow("canonical-headers")
        << u"host:dm.aliyuncs.com\nx-acs-accesskey-id:STS.abc\nx-acs-security-token:CAIS+x/y=\nx-acs-version:1"_s
        << u"host:dm.aliyuncs.com\nx-acs-accesskey-id:***\nx-acs-security-token:***\nx-acs-version:1"_s;
    QTest::newRow("json") << u"{\"AccessKeyId\": \"LTAIabc\", \"Code\":\"x\"}"_s
                          << u"{\"AccessKeyId\": \"***\", \"Code\":\"x\"}"_s;
    // QNetworkReply::errorString() quotes the whole URL, query and all.
    QTest::newRow("qt-error-with-v1-url")
        << u"Error transferring http://127.0.0.1:8080/?AccessKeyId=LTAIabc&Action=X&Signature=a+b/c%3D"
           "&SignatureMethod=HMAC-SHA1&SignatureNonce=n1 - server replied: Bad Request"_s
        << u"Error transferring http://127.0.0.1:8080/?AccessKeyId=***&Action=X&Signature=***"
           "&SignatureMethod=HMAC-SHA1&SignatureNonce=n1 - server replied: Bad Request"_s;
    QTest::newRow("recommend-link")
        << u"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Dm&AccessKeyId=LTAIabc"_s
        << u"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Dm&AccessKeyId=***"_s;
    QTest::newRow("access-key-secret-pair")
        << u"AccessKeySecret=s3cr3t&Format=json"_s << u"AccessKeySecret=***&Format=json"_s;
    QTest::newRow("access-key-secret-json")
        << u"{\"AccessKeySecret\": \"s3cr3t\"}"_s << u"{\"AccessKeySecret\": \"***\"}"_s;
    // Found by fuzz_redact: the search went on after a match's value, so a value that was itself
    // a sensitive name hid the secret that followed it.
    QTest::newRow("value-is-a-name") << u"BearerToken=\"SecurityToken\":\"CAIS.secret\""_s
                                     << u"BearerToken=\"***\":\"***\""_s;
    QTest::newRow("values-that-touch")
        << u"AccessKeyId=:AccessKeyId=%2526x Code"_s << u"AccessKeyId=*** Code"_s;
    QTest::newRow("pair-inside-a-value") << u"Signature=AccessKeyId=LTAIabc&x=1"_s << u"Signature=***&x=1"_s;
    QTest::newRow("plain-prose-untouched")
        << u"The signature method is not supported."_s << u"The signature method is not supported."_s;
}

void TestRedact::redactText_masksServerStringToSignAndAuthorization()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactText(text), expected);
}

void TestRedact::signedV1Request_leavesNothingSecretInLog()
{
    const SigningKey key{kKeyId, kSecret, kToken};
    SignInput input = sampleInput();
    input.regionId = u"cn-hangzhou"_s;
    const SignedRequest request = signRequest(SignatureVersion::V1, input, key);
    const QString signature = signatureOf(request);
    QVERIFY(signature.size() >= 20);
    const QUrl url = QUrl::fromEncoded("https://dm.aliyuncs.com/?" + request.query, QUrl::StrictMode);

    // Sanity: the unredacted URL really does carry all of them.
    const QString raw = QString::fromUtf8(url.toEncoded());
    QVERIFY(raw.contains(QString::fromLatin1(percentEncode(kToken))));
    QVERIFY(raw.contains(QString::fromLatin1(percentEncode(signature))));

    const QString logged = redactUrl(url) + u'\n' + redactText(QString::fromUtf8(request.stringToSign));
    verifyNoSecret(logged, {kKeyId, kToken, signature, QString::fromUtf8(kSecret)});
    QVERIFY(logged.contains(u"Action=SenderStatisticsDetailByParam"_s));
    QVERIFY(logged.contains(u"ToAddress=user%2Btag%40example.com"_s));
}

void TestRedact::signedV3Request_leavesNothingSecretInLog()
{
    const SigningKey key{kKeyId, kSecret, kToken};
    const SignedRequest request = signRequest(SignatureVersion::V3, sampleInput(), key);
    const QByteArray authorization = [&] {
        for (const auto &[name, value] : request.headers)
            if (name == "authorization")
                return value;
        return QByteArray();
    }();
    const QString signature =
        QString::fromLatin1(authorization.mid(authorization.indexOf("Signature=") + 10));
    QCOMPARE(signature.size(), 64);

    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"sendtrail.api.debug=true"_s);
    qCDebug(lcApi) << "POST" << redactUrl(QUrl::fromEncoded("https://dm.aliyuncs.com/?" + request.query));
    qCDebug(lcApi).noquote() << redactText(QString::fromUtf8(authorization));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);

    QCOMPARE(capturedMessages.size(), 2);
    const QString logged = capturedMessages.join(u'\n');
    verifyNoSecret(logged, {kKeyId, kToken, signature, QString::fromUtf8(kSecret)});
    QVERIFY(logged.contains(u"ACS3-HMAC-SHA256 Credential=***"_s));
}

void TestRedact::loggingCategory_isSendtrailApi()
{
    QCOMPARE(QByteArray(lcApi().categoryName()), QByteArray("sendtrail.api"));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
