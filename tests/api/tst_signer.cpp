#include "api/signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace sendtrail;

Q_DECLARE_METATYPE(sendtrail::QueryParams)

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

const QString kNonce = u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s;
const QString kV3Nonce = u"3156853299f313e23d1673dc12e1703d"_s;
const QByteArray kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QueryParams ecsDescribeRegions()
{
    return {{u"Timestamp"_s, u"2016-02-23T12:46:24Z"_s},
            {u"Format"_s, u"XML"_s},
            {u"AccessKeyId"_s, u"testid"_s},
            {u"Action"_s, u"DescribeRegions"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, kNonce},
            {u"Version"_s, u"2014-05-26"_s},
            {u"SignatureVersion"_s, u"1.0"_s}};
}

QueryParams dmCommon()
{
    return {{u"AccessKeyId"_s, u"testid"_s},
            {u"Action"_s, u"SenderStatisticsDetailByParam"_s},
            {u"Format"_s, u"JSON"_s},
            {u"RegionId"_s, u"cn-hangzhou"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, kNonce},
            {u"SignatureVersion"_s, u"1.0"_s},
            {u"Timestamp"_s, u"2021-04-29T01:02:03Z"_s},
            {u"Version"_s, u"2015-11-23"_s}};
}

QueryParams dmOperationA()
{
    return {{u"StartTime"_s, u"2021-04-28 00:00"_s},
            {u"EndTime"_s, u"2021-04-29 00:00"_s},
            {u"Length"_s, u"100"_s},
            {u"Status"_s, u"0"_s},
            {u"ToAddress"_s, u"user+tag@example.com"_s}};
}

QueryParams dmOperationB()
{
    QueryParams params = dmOperationA();
    params.removeLast(); // ToAddress
    params.append({u"TagName"_s, u"测试 tag*~"_s});
    params.append(
        {u"NextStart"_s, u"90f0243616#203#a***@example.net-1658817837#a***@example.net.247475288187"_s});
    return params;
}

SignInput dmInput()
{
    SignInput input;
    input.method = "POST";
    input.host = u"dm.aliyuncs.com"_s;
    input.action = u"SenderStatisticsDetailByParam"_s;
    input.params = dmOperationA();
    input.timestamp = utc(u"2021-04-29T01:02:03Z"_s);
    input.nonce = kNonce;
    return input;
}

// Decodes an RFC 3986 query (our output never uses '+' for space) into ordered pairs.
QueryParams decodeQuery(const QByteArray &query)
{
    QueryParams out;
    if (query.isEmpty())
        return out;
    const auto pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    return out;
}

// The SDK's wire query is form-style (querystring.stringify); '+' would mean space there.
QueryParams decodeFormQuery(QByteArray query)
{
    return decodeQuery(query.replace('+', "%20"));
}

QueryParams sortedPairs(QueryParams params)
{
    std::sort(params.begin(), params.end());
    return params;
}

QueryParams pairsFromJson(const QJsonArray &array)
{
    QueryParams out;
    for (const auto &pair : array)
        out.append({pair[0].toString(), pair[1].toString()});
    return out;
}

QByteArray header(const SignedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class TestSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncode_followsRfc3986_data();
    void percentEncode_followsRfc3986();
    void canonicalQuery_sortsAndEncodes_data();
    void canonicalQuery_sortsAndEncodes();
    void rpcSignature_matchesKnownVectors_data();
    void rpcSignature_matchesKnownVectors();
    void v3Sign_matchesKnownVectors_data();
    void v3Sign_matchesKnownVectors();
    void signRequestV1_sendsSdkParamsAndVerifiableSignature();
    void signRequestV1_regionAndTokenOnlyWhenSet();
    void signRequestV1_operationParamsCannotOverrideCredentials();
    void signRequestV1_signsFormBodyFieldsButKeepsThemOutOfQuery();
    void signRequestV3_matchesDmVector();
    void signRequestV3_stsSignsTokenAndKeyIdHeaders();
    void signRequestV3_bodyIsHashedAndContentTypeSigned();
    void signRequest_isPureFunctionOfInputs();
    void sdkFixtures_matchByteForByte_data();
    void sdkFixtures_matchByteForByte();
};

void TestSigner::percentEncode_followsRfc3986_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << u"AZaz09-_.~"_s << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("star") << u"*"_s << QByteArray("%2A");
    QTest::newRow("plus") << u"+"_s << QByteArray("%2B");
    QTest::newRow("slash") << u"/"_s << QByteArray("%2F");
    QTest::newRow("colon") << u"12:46"_s << QByteArray("12%3A46");
    QTest::newRow("at-hash") << u"a@b#c"_s << QByteArray("a%40b%23c");
    QTest::newRow("equals-amp") << u"a=b&c"_s << QByteArray("a%3Db%26c");
    QTest::newRow("js-marks") << u"!'()"_s << QByteArray("%21%27%28%29");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("cjk") << u"测试"_s << QByteArray("%E6%B5%8B%E8%AF%95");
    QTest::newRow("emoji") << u"\U0001F600"_s << QByteArray("%F0%9F%98%80");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("base64-signature") << u"Mxbn/GC+u=="_s << QByteArray("Mxbn%2FGC%2Bu%3D%3D");
}

void TestSigner::percentEncode_followsRfc3986()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(percentEncode(input), expected);
}

void TestSigner::canonicalQuery_sortsAndEncodes_data()
{
    QTest::addColumn<QueryParams>("params");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QueryParams{} << QByteArray();
    QTest::newRow("sorted-by-name") << QueryParams{{u"b"_s, u"2"_s}, {u"B"_s, u"1"_s}, {u"a"_s, u"3"_s}}
                                    << QByteArray("B=1&a=3&b=2");
    QTest::newRow("empty-value") << QueryParams{{u"Tag"_s, QString()}, {u"A"_s, u"x y"_s}}
                                 << QByteArray("A=x%20y&Tag=");
    QTest::newRow("v3-ecs")
        << QueryParams{{u"RegionId"_s, u"cn-shanghai"_s},
                       {u"ImageId"_s, u"win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"_s}}
        << QByteArray("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");
    QTest::newRow("dm-a") << dmOperationA()
                          << QByteArray(
                                 "EndTime=2021-04-29%2000%3A00&Length=100&StartTime=2021-04-28%2000%3A00"
                                 "&Status=0&ToAddress=user%2Btag%40example.com");
}

void TestSigner::canonicalQuery_sortsAndEncodes()
{
    QFETCH(QueryParams, params);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicalQuery(params), expected);
}

void TestSigner::rpcSignature_matchesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QueryParams>("params");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArrayList>("stringToSignParts"); // exact string, or fragments it must contain

    QTest::newRow("ecs-describe-regions-get")
        << QByteArray("GET") << ecsDescribeRegions() << QByteArray("testsecret")
        << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=")
        << QByteArrayList{
               "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
               "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26"
               "SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"};
    QTest::newRow("ecs-describe-regions-post")
        << QByteArray("POST") << ecsDescribeRegions() << QByteArray("testsecret")
        << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=") << QByteArrayList{};
    QTest::newRow("openapi-util-empty-method")
        << QByteArray() << QueryParams{{u"test"_s, u"ok"_s}} << QByteArray("accessKeySecret")
        << QByteArray("jHx/oHoHNrbVfhncHEvPdHXZwHU=") << QByteArrayList{"&%2F&test%3Dok"};
    QTest::newRow("dm-a-post") << QByteArray("POST") << dmCommon() + dmOperationA()
                               << QByteArray("testsecret") << QByteArray("aC2B1afFvNSNOAJLbu0S63LhZBU=")
                               << QByteArrayList{"POST&%2F&AccessKeyId%3Dtestid%26Action%"
                                                 "3DSenderStatisticsDetailByParam%26EndTime%3D2021-04-29%"
                                                 "252000%253A00%26Format%3DJSON%26Length%3D100%26RegionId%"
                                                 "3Dcn-hangzhou%26SignatureMethod%3DHMAC-"
                                                 "SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-"
                                                 "4e0ad82fd6cf%26SignatureVersion%3D1.0%26StartTime%"
                                                 "3D2021-04-28%252000%253A00%26Status%3D0%26Timestamp%3D2021-"
                                                 "04-29T01%253A02%253A03Z%26ToAddress%"
                                                 "3Duser%252Btag%2540example.com%26Version%3D2015-11-23"};
    QTest::newRow("dm-a-get") << QByteArray("GET") << dmCommon() + dmOperationA() << QByteArray("testsecret")
                              << QByteArray("21wxeRl79IPpwFuiKhqMKkc7Auk=") << QByteArrayList{};
    QTest::newRow("dm-b-post") << QByteArray("POST") << dmCommon() + dmOperationB()
                               << QByteArray("testsecret") << QByteArray("iGNpeuMwLisbeghpffE/arbFLAk=")
                               << QByteArrayList{
                                      "TagName%3D%25E6%25B5%258B%25E8%25AF%2595%2520tag%252A~",
                                      "NextStart%3D90f0243616%2523203%2523a%252A%252A%252A%2540example.net-"};
}

void TestSigner::rpcSignature_matchesKnownVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QueryParams, params);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArrayList, stringToSignParts);

    QCOMPARE(rpcSignature(method, params, secret), signature);
    const QByteArray stringToSign = rpcStringToSign(method, params);
    QVERIFY(stringToSign.startsWith(method + "&%2F&"));
    if (stringToSignParts.size() == 1 && stringToSignParts.first().startsWith(method + "&%2F&"))
        QCOMPARE(stringToSign, stringToSignParts.first());
    else
        for (const QByteArray &part : std::as_const(stringToSignParts))
            QVERIFY2(stringToSign.contains(part), part.constData());
}

void TestSigner::v3Sign_matchesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("hashedCanonicalRequest");
    QTest::addColumn<QByteArray>("authorization");

    const QByteArray ecsSigned =
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    QTest::newRow("ecs-run-instances")
        << QByteArray("ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai")
        << HeaderList{{"x-acs-version", "2014-05-26"},
                      {"host", "ecs.cn-shanghai.aliyuncs.com"},
                      {"x-acs-action", "RunInstances"},
                      {"x-acs-date", "2023-10-26T10:22:32Z"},
                      {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                      {"X-Acs-Content-Sha256", kEmptySha256},
                      {"accept", "application/json"},
                      {"user-agent", "not signed"}}
        << u"YourAccessKeyId"_s << QByteArray("YourAccessKeySecret")
        << QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259")
        << "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + ecsSigned +
               ",Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";
    QTest::newRow("dm-sender-statistics")
        << canonicalQuery(dmOperationA())
        << HeaderList{{"host", "dm.aliyuncs.com"},
                      {"x-acs-action", "SenderStatisticsDetailByParam"},
                      {"x-acs-version", "2015-11-23"},
                      {"x-acs-date", "2021-04-29T01:02:03Z"},
                      {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                      {"x-acs-content-sha256", kEmptySha256}}
        << u"testid"_s << QByteArray("testsecret")
        << QByteArray("d0bcf06ceb23720f8dd2448dd6996e3677da9888122345c983f2261c41c6473f")
        << "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=" + ecsSigned +
               ",Signature=230e7be1b9d2fd0d896f4b6400b6201e166445d633fc2135017b74d9b3dfe804";
}

void TestSigner::v3Sign_matchesKnownVectors()
{
    QFETCH(QByteArray, query);
    QFETCH(HeaderList, headers);
    QFETCH(QString, keyId);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, hashedCanonicalRequest);
    QFETCH(QByteArray, authorization);

    const V3Signature sig = v3Sign("POST", "/", query, headers, kEmptySha256, keyId, secret);
    QCOMPARE(sig.stringToSign, "ACS3-HMAC-SHA256\n" + hashedCanonicalRequest);
    QCOMPARE(sig.authorization, authorization);
    QVERIFY(!sig.canonicalRequest.contains("user-agent"));
    QVERIFY(sig.canonicalRequest.endsWith("\n\n" + sig.signedHeaders + '\n' + kEmptySha256));
    // The method is part of the signature.
    QVERIFY(v3Sign("GET", "/", query, headers, kEmptySha256, keyId, secret).signature != sig.signature);
}

void TestSigner::signRequestV1_sendsSdkParamsAndVerifiableSignature()
{
    const SigningKey key{u"testid"_s, "testsecret", {}};
    const SignedRequest signedRequest = signRequest(SignatureVersion::V1, dmInput(), key);

    QueryParams sent = decodeQuery(signedRequest.query);
    QCOMPARE(sent.size(), 14);
    QCOMPARE(sent.last().first, u"Signature"_s);
    sent.removeLast();
    // openapi-core sends Format=json (lowercase) and the other common params below.
    QueryParams expected = dmOperationA();
    expected += QueryParams{{u"AccessKeyId"_s, u"testid"_s},
                            {u"Action"_s, u"SenderStatisticsDetailByParam"_s},
                            {u"Format"_s, u"json"_s},
                            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
                            {u"SignatureNonce"_s, kNonce},
                            {u"SignatureVersion"_s, u"1.0"_s},
                            {u"Timestamp"_s, u"2021-04-29T01:02:03Z"_s},
                            {u"Version"_s, u"2015-11-23"_s}};
    QCOMPARE(signedRequest.query.left(signedRequest.query.lastIndexOf("&Signature=")),
             canonicalQuery(expected));
    QCOMPARE(signedRequest.stringToSign, rpcStringToSign("POST", expected));
    const QByteArray signature = rpcSignature("POST", expected, "testsecret");
    QVERIFY(signedRequest.query.endsWith("&Signature=" + percentEncode(QString::fromLatin1(signature))));
    QCOMPARE(header(signedRequest, "x-acs-action"), QByteArray("SenderStatisticsDetailByParam"));
    QCOMPARE(header(signedRequest, "authorization"), QByteArray());
}

void TestSigner::signRequestV1_regionAndTokenOnlyWhenSet()
{
    SignInput input = dmInput();
    input.regionId = u"ap-southeast-1"_s;
    const SigningKey sts{u"STS.id"_s, "secret", u"tok+en/="_s};
    const QByteArray withBoth = signRequest(SignatureVersion::V1, input, sts).query;
    QVERIFY(withBoth.contains("&RegionId=ap-southeast-1&"));
    QVERIFY(withBoth.contains("&SecurityToken=tok%2Ben%2F%3D&"));

    input.regionId.clear();
    const QByteArray withNeither = signRequest(SignatureVersion::V1, input, {u"id"_s, "secret", {}}).query;
    QVERIFY(!withNeither.contains("RegionId"));
    QVERIFY(!withNeither.contains("SecurityToken"));
}

void TestSigner::signRequestV1_operationParamsCannotOverrideCredentials()
{
    SignInput input = dmInput();
    input.params.append({u"AccessKeyId"_s, u"evil"_s});
    input.params.append({u"SignatureMethod"_s, u"none"_s});
    const QueryParams sent = decodeQuery(signRequest(SignatureVersion::V1, input, {u"id"_s, "s", {}}).query);
    QCOMPARE(
        std::count_if(sent.cbegin(), sent.cend(), [](const auto &p) { return p.first == u"AccessKeyId"_s; }),
        1);
    QVERIFY(sent.contains(QPair<QString, QString>{u"AccessKeyId"_s, u"id"_s}));
    QVERIFY(sent.contains(QPair<QString, QString>{u"SignatureMethod"_s, u"HMAC-SHA1"_s}));
}

void TestSigner::signRequestV1_signsFormBodyFieldsButKeepsThemOutOfQuery()
{
    SignInput input = dmInput();
    input.params.removeLast(); // ToAddress travels in the body instead
    input.body = "ToAddress=user%2Btag%40example.com&Note=a+b";
    const SignedRequest signedRequest = signRequest(SignatureVersion::V1, input, {u"id"_s, "s", {}});
    QVERIFY(!signedRequest.query.contains("ToAddress"));
    // Form bodies use '+' for space, so "a+b" is signed as "a b".
    QVERIFY(signedRequest.stringToSign.contains("%26Note%3Da%2520b%26"));
    QVERIFY(signedRequest.stringToSign.contains("%26ToAddress%3Duser%252Btag%2540example.com%26"));
    QCOMPARE(header(signedRequest, "content-type"), QByteArray("application/x-www-form-urlencoded"));
}

void TestSigner::signRequestV3_matchesDmVector()
{
    SignInput input = dmInput();
    input.nonce = kV3Nonce;
    input.regionId = u"cn-hangzhou"_s; // V3 never sends RegionId, like the SDK
    const SignedRequest signedRequest =
        signRequest(SignatureVersion::V3, input, {u"testid"_s, "testsecret", {}});

    QCOMPARE(signedRequest.query,
             QByteArray("EndTime=2021-04-29%2000%3A00&Length=100&StartTime=2021-04-28%2000%3A00"
                        "&Status=0&ToAddress=user%2Btag%40example.com"));
    QCOMPARE(
        signedRequest.stringToSign,
        QByteArray("ACS3-HMAC-SHA256\nd0bcf06ceb23720f8dd2448dd6996e3677da9888122345c983f2261c41c6473f"));
    QVERIFY(header(signedRequest, "authorization")
                .endsWith(",Signature=230e7be1b9d2fd0d896f4b6400b6201e166445d633fc2135017b74d9b3dfe804"));
    QCOMPARE(header(signedRequest, "host"), QByteArray("dm.aliyuncs.com"));
    QCOMPARE(header(signedRequest, "x-acs-date"), QByteArray("2021-04-29T01:02:03Z"));
    QCOMPARE(header(signedRequest, "x-acs-content-sha256"), kEmptySha256);
    QCOMPARE(header(signedRequest, "content-type"), QByteArray());
}

void TestSigner::signRequestV3_stsSignsTokenAndKeyIdHeaders()
{
    const SigningKey sts{u"STS.id"_s, "secret", u"token"_s};
    const SignedRequest signedRequest = signRequest(SignatureVersion::V3, dmInput(), sts);
    QCOMPARE(header(signedRequest, "x-acs-security-token"), QByteArray("token"));
    QCOMPARE(header(signedRequest, "x-acs-accesskey-id"), QByteArray("STS.id"));
    QVERIFY(
        header(signedRequest, "authorization")
            .contains("SignedHeaders=host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;"
                      "x-acs-security-token;x-acs-signature-nonce;x-acs-version,"));
    QVERIFY(!signedRequest.query.contains("SecurityToken"));
}

void TestSigner::signRequestV3_bodyIsHashedAndContentTypeSigned()
{
    SignInput input = dmInput();
    input.body = "Length=100";
    const SignedRequest signedRequest = signRequest(SignatureVersion::V3, input, {u"id"_s, "s", {}});
    QCOMPARE(header(signedRequest, "x-acs-content-sha256"),
             QCryptographicHash::hash("Length=100", QCryptographicHash::Sha256).toHex());
    QCOMPARE(header(signedRequest, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(header(signedRequest, "authorization").contains("SignedHeaders=content-type;host;"));
}

void TestSigner::signRequest_isPureFunctionOfInputs()
{
    const SigningKey key{u"id"_s, "secret", {}};
    for (const auto version : {SignatureVersion::V1, SignatureVersion::V3}) {
        const SignedRequest first = signRequest(version, dmInput(), key);
        const SignedRequest again = signRequest(version, dmInput(), key);
        QCOMPARE(again.query, first.query);
        QCOMPARE(again.headers, first.headers);
        SignInput retry = dmInput();
        retry.nonce = u"another-nonce"_s;
        QVERIFY(signRequest(version, retry, key).stringToSign != first.stringToSign);
    }
}

void TestSigner::sdkFixtures_matchByteForByte_data()
{
    QTest::addColumn<QJsonObject>("fixture");
    QFile file(QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/sdk-fixtures.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "tests/api/data/sdk-fixtures.json is missing");
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll())[u"cases"_s].toArray();
    QVERIFY(cases.size() >= 12);
    for (const auto &entry : cases)
        QTest::newRow(entry[u"name"_s].toString().toUtf8().constData()) << entry.toObject();
}

void TestSigner::sdkFixtures_matchByteForByte()
{
    QFETCH(QJsonObject, fixture);
    const QJsonObject in = fixture[u"input"_s].toObject();
    const QJsonObject wire = fixture[u"wire"_s].toObject();
    const QJsonObject expected = fixture[u"expected"_s].toObject();

    SignInput input;
    input.method = in[u"method"_s].toString().toLatin1();
    input.host = in[u"host"_s].toString();
    input.action = in[u"action"_s].toString();
    input.version = in[u"apiVersion"_s].toString();
    input.regionId = in[u"regionId"_s].toString();
    input.params = pairsFromJson(in[u"params"_s].toArray());
    input.timestamp = utc(in[u"timestamp"_s].toString());
    input.nonce = in[u"nonce"_s].toString();
    for (const auto &[name, value] : pairsFromJson(in[u"extraHeaders"_s].toArray()))
        input.extraHeaders.append({name.toLatin1(), value.toUtf8()});
    const QByteArray secret = in[u"accessKeySecret"_s].toString().toUtf8();
    const SigningKey key{in[u"accessKeyId"_s].toString(), secret, in[u"securityToken"_s].toString()};
    const bool v1 = in[u"version"_s].toString() == u"V1"_s;

    const SignedRequest signedRequest =
        signRequest(v1 ? SignatureVersion::V1 : SignatureVersion::V3, input, key);
    QCOMPARE(signedRequest.query, expected[u"query"_s].toString().toUtf8());
    QCOMPARE(signedRequest.stringToSign, expected[u"stringToSign"_s].toString().toUtf8());
    if (!v1)
        QCOMPARE(header(signedRequest, "authorization"), expected[u"authorization"_s].toString().toUtf8());

    // Every header the SDK sent that we send too has the same value (host, x-acs-*, authorization).
    const QJsonObject wireHeaders = wire[u"headers"_s].toObject();
    for (auto it = wireHeaders.begin(); it != wireHeaders.end(); ++it)
        QCOMPARE(header(signedRequest, it.key().toLatin1()), it.value().toString().toUtf8());

    // The SDK's wire query is ordered and escaped differently, but carries exactly the same pairs.
    const QByteArray target = wire[u"target"_s].toString().toUtf8();
    const QByteArray wireQuery = target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray();
    QCOMPARE(sortedPairs(decodeQuery(signedRequest.query)), sortedPairs(decodeFormQuery(wireQuery)));

    // QUrl in StrictMode (as the request builder uses it) keeps our bytes untouched.
    const QUrl url = QUrl::fromEncoded("https://dm.aliyuncs.com/?" + signedRequest.query, QUrl::StrictMode);
    QCOMPARE(url.query(QUrl::FullyEncoded).toUtf8(), signedRequest.query);
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
