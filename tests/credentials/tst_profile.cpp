// Profile field validation and the small value helpers (regions, masking, offsets, keys).

#include "credentials/profile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

Profile validProfile()
{
    Profile p;
    p.name = u"prod"_s;
    p.accessKeyId = u"LTAI5tExampleKeyId0001"_s;
    p.regionId = u"cn-hangzhou"_s;
    return p;
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_table_data();
    void validate_table();
    void endpoint_regionOrCustom();
    void maskAccessKeyId_showsOnlyLastFour_data();
    void maskAccessKeyId_showsOnlyLastFour();
    void parseUtcOffset_accepts_data();
    void parseUtcOffset_accepts();
    void formatUtcOffset_roundTrips();
    void signatureVersion_parsesNames();
    void keychainKeys_neverCollide();
};

void TestProfile::validate_table_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("badFields");

    QTest::newRow("valid") << validProfile() << QStringList();
    auto p = validProfile();
    p.name.clear();
    QTest::newRow("empty name") << p << QStringList{u"name"_s};
    p = validProfile();
    p.name = u"has space"_s;
    QTest::newRow("name with space") << p << QStringList{u"name"_s};
    p.name = u"a/b"_s;
    QTest::newRow("name with slash") << p << QStringList{u"name"_s};
    p.name = u"-leading-dash"_s;
    QTest::newRow("name starting with dash") << p << QStringList{u"name"_s};
    p.name = QString(65, u'a');
    QTest::newRow("name too long") << p << QStringList{u"name"_s};
    p.name = u"Prod_eu-2.test"_s;
    QTest::newRow("name with . _ -") << p << QStringList();
    p = validProfile();
    p.accessKeyId.clear();
    QTest::newRow("empty AccessKey ID") << p << QStringList{u"accessKeyId"_s};
    p.accessKeyId = u"LTAI 5t"_s;
    QTest::newRow("AccessKey ID with space") << p << QStringList{u"accessKeyId"_s};
    p.accessKeyId = u"LTAI5t&Signature=x"_s;
    QTest::newRow("AccessKey ID with URL syntax") << p << QStringList{u"accessKeyId"_s};
    p.accessKeyId = u"STS.NUexampleToken1234"_s;
    QTest::newRow("STS AccessKey ID") << p << QStringList();
    p.accessKeyId = u"testid"_s;
    QTest::newRow("published test vector id") << p << QStringList();
    p = validProfile();
    p.regionId.clear();
    QTest::newRow("neither region nor endpoint") << p << QStringList{u"regionId"_s};
    p.regionId = u"cn-nowhere"_s;
    QTest::newRow("unknown region") << p << QStringList{u"regionId"_s};
    p.regionId.clear();
    p.customEndpoint = QUrl(u"https://dm-vpc.cn-hangzhou.aliyuncs.com/"_s);
    QTest::newRow("endpoint only") << p << QStringList();
    p.customEndpoint = QUrl(u"http://dm.aliyuncs.com/"_s);
    QTest::newRow("plain http to a remote host") << p << QStringList{u"customEndpoint"_s};
    p.customEndpoint = QUrl(u"http://127.0.0.1:18080/"_s);
    QTest::newRow("plain http to loopback (sandbox)") << p << QStringList();
    p.customEndpoint = QUrl(u"http://localhost:18080"_s);
    QTest::newRow("plain http to localhost") << p << QStringList();
    p.customEndpoint = QUrl(u"https://user:pw@dm.aliyuncs.com/"_s);
    QTest::newRow("endpoint with credentials") << p << QStringList{u"customEndpoint"_s};
    p.customEndpoint = QUrl(u"https://dm.aliyuncs.com/?a=b"_s);
    QTest::newRow("endpoint with query") << p << QStringList{u"customEndpoint"_s};
    p.customEndpoint = QUrl(u"https://dm.aliyuncs.com/api"_s);
    QTest::newRow("endpoint with path") << p << QStringList{u"customEndpoint"_s};
    p.customEndpoint = QUrl(u"dm.aliyuncs.com"_s);
    QTest::newRow("endpoint without scheme") << p << QStringList{u"customEndpoint"_s};
    p = validProfile();
    p.serviceUtcOffsetSeconds = 15 * 3600;
    QTest::newRow("offset too large") << p << QStringList{u"serviceUtcOffset"_s};
    p.serviceUtcOffsetSeconds = 3600 + 60;
    QTest::newRow("offset not in 15 min steps") << p << QStringList{u"serviceUtcOffset"_s};
    p.serviceUtcOffsetSeconds = -(5 * 3600 + 1800);
    QTest::newRow("negative half-hour offset") << p << QStringList();
    p = validProfile();
    p.caFile = QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/client/data/ca.pem");
    QTest::newRow("extra CA file with a certificate") << p << QStringList();
    p.caFile = QStringLiteral(SENDTRAIL_SOURCE_DIR "/README.md");
    QTest::newRow("extra CA file without a certificate") << p << QStringList{u"caFile"_s};
    p.caFile = QStringLiteral(SENDTRAIL_SOURCE_DIR "/no-such-ca.pem");
    QTest::newRow("extra CA file missing") << p << QStringList{u"caFile"_s};
    p = Profile{};
    QTest::newRow("everything missing") << p << QStringList{u"name"_s, u"accessKeyId"_s, u"regionId"_s};
}

void TestProfile::validate_table()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, badFields);
    QStringList fields;
    for (const auto &error : validateProfile(profile)) {
        fields.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(fields, badFields);
}

void TestProfile::endpoint_regionOrCustom()
{
    QCOMPARE(publicEndpointForRegion(u"cn-hangzhou"_s), QUrl(u"https://dm.aliyuncs.com/"_s));
    QCOMPARE(publicEndpointForRegion(u"ap-southeast-1"_s),
             QUrl(u"https://dm.ap-southeast-1.aliyuncs.com/"_s));
    QCOMPARE(publicEndpointForRegion(u"eu-central-1"_s), QUrl(u"https://dm.eu-central-1.aliyuncs.com/"_s));
    QVERIFY(publicEndpointForRegion(u"ap-east-1"_s).isEmpty());
    QCOMPARE(knownRegionIds().size(), 5);

    auto p = validProfile();
    QCOMPARE(effectiveEndpoint(p), QUrl(u"https://dm.aliyuncs.com/"_s));
    p.customEndpoint = QUrl(u"http://127.0.0.1:9999/"_s);
    QCOMPARE(effectiveEndpoint(p), QUrl(u"http://127.0.0.1:9999/"_s));
}

void TestProfile::maskAccessKeyId_showsOnlyLastFour_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("typical") << u"LTAI5tExampleKeyIdAbCd"_s << u"****AbCd"_s;
    QTest::newRow("STS") << u"STS.NUexample9xYz"_s << u"****9xYz"_s;
    QTest::newRow("short: fully masked") << u"testid"_s << u"****"_s;
    QTest::newRow("empty") << QString() << u"****"_s;
}

void TestProfile::maskAccessKeyId_showsOnlyLastFour()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(maskAccessKeyId(id), masked);
}

void TestProfile::parseUtcOffset_accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1 = rejected
    QTest::newRow("+08:00") << u"+08:00"_s << 8 * 3600;
    QTest::newRow("+0800") << u"+0800"_s << 8 * 3600;
    QTest::newRow("+8") << u"+8"_s << 8 * 3600;
    QTest::newRow("UTC+8") << u"UTC+8"_s << 8 * 3600;
    QTest::newRow("-05:30") << u"-05:30"_s << -(5 * 3600 + 1800);
    QTest::newRow("Z") << u"Z"_s << 0;
    QTest::newRow("+14:00") << u"+14:00"_s << 14 * 3600;
    QTest::newRow("-12:00") << u"-12:00"_s << -12 * 3600;
    QTest::newRow("+14:15 out of range") << u"+14:15"_s << -1;
    QTest::newRow("-13 out of range") << u"-13"_s << -1;
    QTest::newRow("+08:07 not a 15 min step") << u"+08:07"_s << -1;
    QTest::newRow("+08:60") << u"+08:60"_s << -1;
    QTest::newRow("no sign") << u"08:00"_s << -1;
    QTest::newRow("garbage") << u"Asia/Shanghai"_s << -1;
}

void TestProfile::parseUtcOffset_accepts()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const auto parsed = parseUtcOffset(text);
    if (seconds == -1)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed, std::optional<int>(seconds));
}

void TestProfile::formatUtcOffset_roundTrips()
{
    QCOMPARE(formatUtcOffset(8 * 3600), u"+08:00"_s);
    QCOMPARE(formatUtcOffset(-(3 * 3600 + 1800)), u"-03:30"_s);
    QCOMPARE(formatUtcOffset(0), u"+00:00"_s);
    for (int s = -12 * 3600; s <= 14 * 3600; s += 15 * 60)
        QCOMPARE(parseUtcOffset(formatUtcOffset(s)), std::optional<int>(s));
}

void TestProfile::signatureVersion_parsesNames()
{
    QCOMPARE(parseSignatureVersion(u"v3"_s), std::optional(SignatureVersion::V3));
    QCOMPARE(parseSignatureVersion(u"V1"_s), std::optional(SignatureVersion::V1));
    QCOMPARE(parseSignatureVersion(u"v2"_s), std::optional(SignatureVersion::V1));
    QVERIFY(!parseSignatureVersion(u"v4"_s));
    QCOMPARE(signatureVersionName(SignatureVersion::V3), u"v3"_s);
    QCOMPARE(signatureVersionName(SignatureVersion::V1), u"v1"_s);
}

void TestProfile::keychainKeys_neverCollide()
{
    QCOMPARE(secretKeyFor(u"prod"_s), u"prod"_s);
    QCOMPARE(securityTokenKeyFor(u"prod"_s), u"prod/sts"_s);
    // "/" is not a valid name character, so no profile's secret key equals another's token key.
    QVERIFY(!isValidProfileName(securityTokenKeyFor(u"prod"_s)));
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestProfile)
#include "tst_profile.moc"
