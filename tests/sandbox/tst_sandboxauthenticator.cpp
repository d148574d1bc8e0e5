// The verifier is proven on the published vectors (direct-mail-api.md §1, §2) with a fixed clock.
#include "sandbox/sandboxauthenticator.h"
#include "sandbox/sandboxsigning.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

using Params = QList<QPair<QString, QString>>;

namespace {

const QList<SandboxAccessKey> kTestKeys = {{u"testid"_s, "testsecret", QString()}};
const QDateTime kVectorTime = QDateTime(QDate(2021, 4, 29), QTime(1, 2, 3), Qt::UTC);
constexpr auto kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr auto kDmV3Query = "EndTime=2021-04-29%2000%3A00&Length=100&StartTime=2021-04-28%2000%3A00&Status=0"
                            "&ToAddress=user%2Btag%40example.com";
constexpr auto kDmV3Signature = "230e7be1b9d2fd0d896f4b6400b6201e166445d633fc2135017b74d9b3dfe804";
constexpr auto kDmV1PostStringToSign =
    "POST&%2F&AccessKeyId%3Dtestid%26Action%3DSenderStatisticsDetailByParam%26EndTime%3D2021-04-29%252000%"
    "253A00"
    "%26Format%3DJSON%26Length%3D100%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%"
    "3D"
    "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26StartTime%3D2021-04-28%252000%253A00%26"
    "Status%3D0%26Timestamp%3D2021-04-29T01%253A02%253A03Z%26ToAddress%3Duser%252Btag%2540example.com%"
    "26Version"
    "%3D2015-11-23";

SandboxHttpRequest dmV3Request(const QByteArray &signature = kDmV3Signature)
{
    SandboxHttpRequest request;
    request.rawQuery = kDmV3Query;
    request.headers = {
        {"Host", "dm.aliyuncs.com"},
        {"x-acs-action", "SenderStatisticsDetailByParam"},
        {"x-acs-content-sha256", kEmptyHash},
        {"x-acs-date", "2021-04-29T01:02:03Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-version", "2015-11-23"},
        {"Authorization", "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;"
                          "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                          "Signature=" +
                              signature}};
    return request;
}

// The DM V1 vector's parameters, encoded with QUrl's encoder (not the sandbox's).
QByteArray dmV1Query(const QList<QPair<QString, QString>> &extra, const QString &signature)
{
    QList<QPair<QString, QString>> params = {{u"AccessKeyId"_s, u"testid"_s},
                                             {u"Action"_s, u"SenderStatisticsDetailByParam"_s},
                                             {u"Format"_s, u"JSON"_s},
                                             {u"RegionId"_s, u"cn-hangzhou"_s},
                                             {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                                             {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
                                             {u"SignatureVersion"_s, u"1.0"_s},
                                             {u"Timestamp"_s, u"2021-04-29T01:02:03Z"_s},
                                             {u"Version"_s, u"2015-11-23"_s},
                                             {u"StartTime"_s, u"2021-04-28 00:00"_s},
                                             {u"EndTime"_s, u"2021-04-29 00:00"_s},
                                             {u"Length"_s, u"100"_s},
                                             {u"Status"_s, u"0"_s},
                                             {u"Signature"_s, signature}};
    params += extra;
    QByteArrayList parts;
    for (const auto &[name, value] : params)
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

SandboxHttpRequest dmV1Request(const QByteArray &method, const QList<QPair<QString, QString>> &extra,
                               const QString &signature)
{
    SandboxHttpRequest request;
    request.method = method;
    request.rawQuery = dmV1Query(extra, signature);
    return request;
}

} // namespace

class TestSandboxAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_followsRfc3986_data();
    void encode_followsRfc3986();
    void v1Signature_matchesPublishedVectors_data();
    void v1Signature_matchesPublishedVectors();
    void v3Signature_matchesPublishedEcsVector();
    void v3_publishedDmVector_isAccepted();
    void v3_tamperedSignature_reportsServerStringToSign();
    void v3_unsignedAcsHeader_isIncompleteSignature();
    void v1_publishedDmVectors_areAccepted_data();
    void v1_publishedDmVectors_areAccepted();
    void v1_wrongSignature_reportsDocumentedStringToSign();
    void nonce_reusedWithin31Minutes_isRejected();
    void nonce_reusedAfter31Minutes_isAccepted();
    void timestamp_offByMoreThan15Minutes_isExpired_data();
    void timestamp_offByMoreThan15Minutes_isExpired();
    void gatewayRules_rejectBadRequests_data();
    void gatewayRules_rejectBadRequests();
    void securityToken_isEnforcedForStsKeys();
    void v1_withoutFormat_wantsXml();
};

void TestSandboxAuthenticator::encode_followsRfc3986_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("reserved") << u"*+/:@#=&"_s << QByteArray("%2A%2B%2F%3A%40%23%3D%26");
    QTest::newRow("utf8") << u"测"_s << QByteArray("%E6%B5%8B");
}

void TestSandboxAuthenticator::encode_followsRfc3986()
{
    QFETCH(QString, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(sandboxsigning::encode(raw.toUtf8()), encoded);
}

void TestSandboxAuthenticator::v1Signature_matchesPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    const QByteArray ecs =
        "Timestamp=2016-02-23T12:46:24Z&Format=XML&AccessKeyId=testid&Action=DescribeRegions"
        "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
        "&Version=2014-05-26&SignatureVersion=1.0";
    QTest::newRow("ecs GET") << QByteArray("GET") << ecs << QByteArray("testsecret")
                             << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("ecs POST") << QByteArray("POST") << ecs << QByteArray("testsecret")
                              << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
    QTest::newRow("sdk unit test") << QByteArray() << QByteArray("test=ok") << QByteArray("accessKeySecret")
                                   << QByteArray("jHx/oHoHNrbVfhncHEvPdHXZwHU=");
}

void TestSandboxAuthenticator::v1Signature_matchesPublishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    const QByteArray toSign = sandboxsigning::v1StringToSign(method, sandboxsigning::decodeForm(query));
    QCOMPARE(sandboxsigning::v1Signature(toSign, secret), signature);
    if (method == "GET") {
        QCOMPARE(toSign,
                 QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
                            "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-"
                            "4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%"
                            "253A24Z%26Version%3D2014-05-26"));
    }
}

void TestSandboxAuthenticator::v3Signature_matchesPublishedEcsVector()
{
    const QByteArray query = sandboxsigning::canonicalQuery(sandboxsigning::decodeForm(
        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"));
    const sandboxsigning::Headers headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                                             {"x-acs-action", "RunInstances"},
                                             {"x-acs-content-sha256", kEmptyHash},
                                             {"x-acs-date", "2023-10-26T10:22:32Z"},
                                             {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                                             {"x-acs-version", "2014-05-26"}};
    const QByteArray canonical = sandboxsigning::v3CanonicalRequest("POST", "/", query, headers, kEmptyHash);
    QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(),
             QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(sandboxsigning::v3Signature(sandboxsigning::v3StringToSign(canonical), "YourAccessKeySecret"),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSandboxAuthenticator::v3_publishedDmVector_isAccepted()
{
    SandboxAuthenticator authenticator;
    const SandboxAuthResult result =
        authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(120));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.call.signature, SandboxSignature::V3);
    QCOMPARE(result.call.accessKeyId, u"testid"_s);
    QCOMPARE(result.call.action, u"SenderStatisticsDetailByParam"_s);
    QVERIFY(result.call.params.contains(qMakePair(u"ToAddress"_s, u"user+tag@example.com"_s)));
    QVERIFY(result.call.params.contains(qMakePair(u"StartTime"_s, u"2021-04-28 00:00"_s)));
}

void TestSandboxAuthenticator::v3_tamperedSignature_reportsServerStringToSign()
{
    SandboxAuthenticator authenticator;
    QByteArray wrong = kDmV3Signature;
    wrong[0] = '1';
    const SandboxAuthResult result = authenticator.authenticate(dmV3Request(wrong), kTestKeys, kVectorTime);
    QVERIFY(result.error);
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(result.error->message,
             u"Specified signature is not matched with our calculation. server string to "
             "sign is:ACS3-HMAC-SHA256\n"
             "d0bcf06ceb23720f8dd2448dd6996e3677da9888122345c983f2261c41c6473f"_s);
}

void TestSandboxAuthenticator::v3_unsignedAcsHeader_isIncompleteSignature()
{
    SandboxAuthenticator authenticator;
    SandboxHttpRequest request = dmV3Request();
    request.headers.append(qMakePair(QByteArray("x-acs-security-token"), QByteArray("sneaked-in")));
    const SandboxAuthResult result = authenticator.authenticate(request, kTestKeys, kVectorTime);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, u"IncompleteSignature"_s);
}

void TestSandboxAuthenticator::v1_publishedDmVectors_areAccepted_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Params>("extra");
    QTest::addColumn<QString>("signature");
    const QList<QPair<QString, QString>> a = {{u"ToAddress"_s, u"user+tag@example.com"_s}};
    const QList<QPair<QString, QString>> b = {
        {u"TagName"_s, u"测试 tag*~"_s},
        {u"NextStart"_s, u"90f0243616#203#a***@example.net-1658817837#a***@example.net.247475288187"_s}};
    QTest::newRow("A POST") << QByteArray("POST") << a << u"aC2B1afFvNSNOAJLbu0S63LhZBU="_s;
    QTest::newRow("A GET") << QByteArray("GET") << a << u"21wxeRl79IPpwFuiKhqMKkc7Auk="_s;
    QTest::newRow("B POST") << QByteArray("POST") << b << u"iGNpeuMwLisbeghpffE/arbFLAk="_s;
}

void TestSandboxAuthenticator::v1_publishedDmVectors_areAccepted()
{
    QFETCH(QByteArray, method);
    QFETCH(Params, extra);
    QFETCH(QString, signature);
    SandboxAuthenticator authenticator;
    const SandboxAuthResult result = authenticator.authenticate(dmV1Request(method, extra, signature),
                                                                kTestKeys, kVectorTime.addSecs(-300));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.call.signature, SandboxSignature::V1);
    QVERIFY(!result.wantsXml);
    for (const auto &param : extra)
        QVERIFY(result.call.params.contains(param));
    for (const auto &[name, value] : result.call.params)
        QVERIFY2(name != u"Signature"_s && name != u"AccessKeyId"_s,
                 qPrintable(name)); // only operation params
}

void TestSandboxAuthenticator::v1_wrongSignature_reportsDocumentedStringToSign()
{
    SandboxAuthenticator authenticator;
    const auto request = dmV1Request("POST", {{u"ToAddress"_s, u"user+tag@example.com"_s}}, u"AAAA"_s);
    const SandboxAuthResult result = authenticator.authenticate(request, kTestKeys, kVectorTime);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(result.error->message,
             u"Specified signature is not matched with our calculation. server string to sign is:"_s +
                 QString::fromLatin1(kDmV1PostStringToSign));
}

void TestSandboxAuthenticator::nonce_reusedWithin31Minutes_isRejected()
{
    SandboxAuthenticator authenticator;
    QVERIFY(!authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime).error);
    const SandboxAuthResult again =
        authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(60));
    QVERIFY(again.error);
    QCOMPARE(again.error->code, u"SignatureNonceUsed"_s);
    QCOMPARE(again.error->httpStatus, 400);
}

void TestSandboxAuthenticator::nonce_reusedAfter31Minutes_isAccepted()
{
    SandboxAuthenticator authenticator;
    QVERIFY(!authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(-14 * 60)).error);
    // 32 minutes later the nonce has aged out; the timestamp check alone would now reject the
    // old request, so only the nonce memory is under test here.
    const auto later =
        authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(-14 * 60 + 32 * 60));
    QVERIFY(later.error);
    QCOMPARE(later.error->code, u"InvalidTimeStamp.Expired"_s);
    SandboxAuthenticator fresh;
    QVERIFY(!fresh.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(14 * 60)).error);
}

void TestSandboxAuthenticator::timestamp_offByMoreThan15Minutes_isExpired_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<bool>("expired");
    QTest::newRow("15 min behind") << -900 << false;
    QTest::newRow("15 min ahead") << 900 << false;
    QTest::newRow("16 min behind") << -960 << true;
    QTest::newRow("16 min ahead") << 960 << true;
}

void TestSandboxAuthenticator::timestamp_offByMoreThan15Minutes_isExpired()
{
    QFETCH(int, skewSeconds);
    QFETCH(bool, expired);
    SandboxAuthenticator authenticator;
    const auto result =
        authenticator.authenticate(dmV3Request(), kTestKeys, kVectorTime.addSecs(skewSeconds));
    QCOMPARE(result.error.has_value(), expired);
    if (expired)
        QCOMPARE(result.error->code, u"InvalidTimeStamp.Expired"_s);
}

void TestSandboxAuthenticator::gatewayRules_rejectBadRequests_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong version") << QByteArray("x-acs-version") << QByteArray("2017-06-22")
                                   << u"InvalidVersion"_s << 400;
    QTest::newRow("missing date") << QByteArray("x-acs-date") << QByteArray() << u"MissingParameter"_s << 400;
    QTest::newRow("malformed date") << QByteArray("x-acs-date") << QByteArray("2021-04-29 01:02:03")
                                    << u"InvalidTimeStamp.Format"_s << 400;
    QTest::newRow("unknown key") << QByteArray("Authorization")
                                 << QByteArray(
                                        "ACS3-HMAC-SHA256 Credential=nobody,SignedHeaders=host,Signature=00")
                                 << u"InvalidAccessKeyId.NotFound"_s << 404;
    QTest::newRow("no signature") << QByteArray("Authorization")
                                  << QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host")
                                  << u"IncompleteSignature"_s << 400;
}

void TestSandboxAuthenticator::gatewayRules_rejectBadRequests()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    QFETCH(int, status);
    SandboxHttpRequest request = dmV3Request();
    for (auto &entry : request.headers) {
        if (entry.first == header)
            entry.second = value;
    }
    SandboxAuthenticator authenticator;
    const auto result = authenticator.authenticate(request, kTestKeys, kVectorTime);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, code);
    QCOMPARE(result.error->httpStatus, status);
}

void TestSandboxAuthenticator::securityToken_isEnforcedForStsKeys()
{
    const QList<SandboxAccessKey> stsKeys = {{u"testid"_s, "testsecret", u"sts-token"_s}};
    SandboxAuthenticator authenticator;
    const auto missing = authenticator.authenticate(dmV3Request(), stsKeys, kVectorTime);
    QVERIFY(missing.error);
    QCOMPARE(missing.error->code, u"MissingSecurityToken"_s);

    QCOMPARE(missing.error->httpStatus, 400);
}

void TestSandboxAuthenticator::v1_withoutFormat_wantsXml()
{
    SandboxHttpRequest request;
    request.method = "GET";
    request.rawQuery = "Action=SenderStatisticsDetailByParam&Version=2015-11-23";
    SandboxAuthenticator authenticator;
    const auto result = authenticator.authenticate(request, kTestKeys, kVectorTime);
    QVERIFY(result.wantsXml);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, u"MissingParameter"_s);
    QVERIFY(result.error->message.contains(u"AccessKeyId"_s));
}

QTEST_GUILESS_MAIN(TestSandboxAuthenticator)
#include "tst_sandboxauthenticator.moc"
