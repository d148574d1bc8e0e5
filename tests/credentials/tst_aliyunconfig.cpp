// The aliyun CLI's config.json → import plan, over the fixtures in data/ (one per situation: every
// mode, StsToken, broken files, incomplete profiles, names, regions). No keychain involved.

#include "credentials/aliyunconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/") + name;
}

AliyunImportPlan plan(const QString &name, const QStringList &existing = {})
{
    return readAliyunConfig(fixture(name), existing);
}

const AliyunCandidate *candidate(const AliyunImportPlan &plan, const QString &name)
{
    for (const AliyunCandidate &c : plan.candidates) {
        if (c.profile.name == name)
            return &c;
    }
    return nullptr;
}

const AliyunSkipped *skipped(const AliyunImportPlan &plan, const QString &name)
{
    for (const AliyunSkipped &s : plan.skipped) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// A candidate when `reason` is empty, else left alone for a reason that contains it.
void verifyOutcome(const AliyunImportPlan &p, const QString &name, const QString &reason,
                   bool problem = false)
{
    if (reason.isEmpty()) {
        QVERIFY(candidate(p, name));
        QVERIFY(!skipped(p, name));
        return;
    }
    QVERIFY(!candidate(p, name));
    const AliyunSkipped *s = skipped(p, name);
    QVERIFY(s);
    QVERIFY2(s->reason.contains(reason), qPrintable(s->reason));
    QCOMPARE(s->problem, problem);
    QVERIFY(!s->reason.contains(u"fixture-"_s)); // no secret in a reason
}

} // namespace

class TestAliyunConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unusableFile_isOneErrorNamingTheFile_data();
    void unusableFile_isOneErrorNamingTheFile();
    void emptyProfiles_isNothingToDo();
    void modes_onlyAkAndStsTokenAreCandidates_data();
    void modes_onlyAkAndStsTokenAreCandidates();
    void candidates_carryKeyIdSecretTokenAndRegion_data();
    void candidates_carryKeyIdSecretTokenAndRegion();
    void incompleteProfiles_areProblemsNamingFileAndField_data();
    void incompleteProfiles_areProblemsNamingFileAndField();
    void names_unusableOrTakenAreSkipped_data();
    void names_unusableOrTakenAreSkipped();
    void regions_withoutDirectMailFallBackWithNote_data();
    void regions_withoutDirectMailFallBackWithNote();
    void reasons_areTheSameWhateverTheSecretSays_data();
    void reasons_areTheSameWhateverTheSecretSays();
    void malformedFile_errorKeepsAPathWithPercentSigns();
    void read_neverWritesTheFile();
    void wipe_zeroesEverySecret();
};

void TestAliyunConfig::unusableFile_isOneErrorNamingTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << u"aliyun-empty.json"_s << u"is empty"_s;
    QTest::newRow("malformed") << u"aliyun-malformed.json"_s << u"is not valid JSON"_s;
    QTest::newRow("no profiles") << u"aliyun-no-profiles.json"_s << u"has no “profiles” list"_s;
    QTest::newRow("profiles not a list")
        << u"aliyun-profiles-not-a-list.json"_s << u"has no “profiles” list"_s;
    QTest::newRow("root is a list") << u"aliyun-root-array.json"_s << u"does not hold a JSON object"_s;
    QTest::newRow("no such file") << u"aliyun-absent.json"_s << u"aliyun configure"_s;
    QTest::newRow("a folder") << QString() << u"cannot be read"_s;
}

void TestAliyunConfig::unusableFile_isOneErrorNamingTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const AliyunImportPlan p = plan(file);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(message), qPrintable(p.error));
    QVERIFY2(p.error.contains(fixture(file)), qPrintable(p.error));
    QVERIFY(p.candidates.isEmpty() && p.skipped.isEmpty());
}

void TestAliyunConfig::emptyProfiles_isNothingToDo()
{
    const AliyunImportPlan p = plan(u"aliyun-empty-profiles.json"_s);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(p.candidates.isEmpty() && p.skipped.isEmpty());
    QVERIFY(!p.hasProblems());
}

void TestAliyunConfig::modes_onlyAkAndStsTokenAreCandidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // empty: a candidate
    QTest::newRow("AK") << u"default"_s << QString();
    QTest::newRow("StsToken") << u"temporary"_s << QString();
    QTest::newRow("ak, any case") << u"lowercase"_s << QString();
    QTest::newRow("RamRoleArn") << u"role"_s << u"RamRoleArn profile: it assumes a RAM role"_s;
    QTest::newRow("EcsRamRole") << u"ecs"_s << u"EcsRamRole profile: its credentials come from an ECS"_s;
    QTest::newRow("RamRoleArnWithRoleName") << u"ecs-role-name"_s << u"RamRoleArnWithRoleName profile:"_s;
    QTest::newRow("RsaKeyPair") << u"rsa"_s << u"RsaKeyPair profile: it signs in with an RSA key pair"_s;
    QTest::newRow("ChainableRamRoleArn") << u"chained"_s << u"with another profile's credentials"_s;
    QTest::newRow("External") << u"external"_s << u"External profile: an external program"_s;
    QTest::newRow("CredentialsURI") << u"uri"_s << u"CredentialsURI profile: its credentials are fetched"_s;
    QTest::newRow("OIDC") << u"oidc"_s << u"OIDC profile: it exchanges an OIDC token"_s;
    QTest::newRow("CloudSSO") << u"sso"_s << u"CloudSSO profile: it signs in through CloudSSO"_s;
    QTest::newRow("OAuth") << u"oauth"_s << u"OAuth profile: it signs in through OAuth"_s;
    QTest::newRow("BearerToken") << u"bearer"_s << u"BearerToken profile: it uses a bearer token"_s;
    QTest::newRow("Anonymous") << u"anonymous"_s << u"Anonymous profile: it has no credentials"_s;
    QTest::newRow("unknown") << u"future"_s << u"unknown mode “QuantumKey”"_s;
    QTest::newRow("no mode") << u"unset"_s << u"no mode is set"_s;
}

void TestAliyunConfig::modes_onlyAkAndStsTokenAreCandidates()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const AliyunImportPlan p = plan(u"aliyun-all-modes.json"_s);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.candidates.size() + p.skipped.size(), 17);
    QVERIFY(!p.hasProblems()); // another mode is a choice, not a broken profile
    verifyOutcome(p, name, reason);
}

void TestAliyunConfig::candidates_carryKeyIdSecretTokenAndRegion_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("region");
    QTest::newRow("AK") << u"aliyun-all-modes.json"_s << u"default"_s << u"AK"_s << u"LTAI5tFixtureAkId0001"_s
                        << QByteArray("fixture-ak-secret-0001") << QByteArray() << u"cn-hangzhou"_s;
    QTest::newRow("AK ignores sts_token")
        << u"aliyun-all-modes.json"_s << u"lowercase"_s << u"AK"_s << u"LTAI5tFixtureAkId0003"_s
        << QByteArray("fixture-ak-secret-0003") << QByteArray() << u"eu-central-1"_s;
    QTest::newRow("StsToken") << u"aliyun-sts.json"_s << u"session"_s << u"StsToken"_s
                              << u"STS.NUFixtureStsId0010"_s << QByteArray("fixture-sts-secret-0010")
                              << QByteArray("CAIS-fixture-sts-token-0010+/=") << u"us-east-1"_s;
}

void TestAliyunConfig::candidates_carryKeyIdSecretTokenAndRegion()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, keyId);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, token);
    QFETCH(QString, region);
    const AliyunImportPlan p = plan(file);
    const AliyunCandidate *c = candidate(p, name);
    QVERIFY(c);
    QCOMPARE(c->mode, mode);
    QCOMPARE(c->profile.accessKeyId, keyId);
    QVERIFY(c->secret == secret); // compared, never printed
    QVERIFY(c->securityToken == token);
    QCOMPARE(c->profile.hasSecurityToken, !token.isEmpty());
    QCOMPARE(c->profile.regionId, region);
    QVERIFY(c->regionNote.isEmpty());
    QVERIFY(validateProfile(c->profile).isEmpty());
}

void TestAliyunConfig::incompleteProfiles_areProblemsNamingFileAndField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("AK without secret")
        << u"no-secret"_s << u"incomplete AK profile in %1: access_key_secret missing"_s;
    QTest::newRow("AK without key ID")
        << u"no-key-id"_s << u"incomplete AK profile in %1: access_key_id missing"_s;
    QTest::newRow("AK without both") << u"nothing"_s << u"access_key_id, access_key_secret missing"_s;
    QTest::newRow("StsToken without token")
        << u"no-token"_s << u"incomplete StsToken profile in %1: sts_token missing"_s;
    QTest::newRow("key ID not text") << u"numeric-id"_s << u"access_key_id missing"_s;
    QTest::newRow("key ID malformed") << u"odd-id"_s << u"does not look like an AccessKey ID"_s;
    QTest::newRow("entry not an object") << u"entry 7"_s << u"entry 7 of “profiles” in %1 is not an object"_s;
}

void TestAliyunConfig::incompleteProfiles_areProblemsNamingFileAndField()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString file = fixture(u"aliyun-missing-fields.json"_s);
    const AliyunImportPlan p = readAliyunConfig(file, {});
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(p.hasProblems());
    QCOMPARE(p.candidates.size(), 1); // the complete one is still imported
    QCOMPARE(p.candidates.constFirst().profile.name, u"complete"_s);
    verifyOutcome(p, name, message.contains(u"%1"_s) ? message.arg(file) : message, true);
}

void TestAliyunConfig::names_unusableOrTakenAreSkipped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // empty: a candidate
    const QString unusable = u"Sendtrail cannot use this name"_s;
    QTest::newRow("fine") << u"fine"_s << QString();
    QTest::newRow("space") << u"my profile"_s << unusable;
    QTest::newRow("not ASCII") << u"生产"_s << unusable;
    QTest::newRow("leading dash") << u"-leading-dash"_s << unusable;
    QTest::newRow("65 characters") << QString(65, u'a') << unusable;
    QTest::newRow("slash") << u"team/prod"_s << unusable;
    QTest::newRow("no name") << QString() << u"it has no name"_s;
    QTest::newRow("taken, other case") << u"Existing"_s << u"already has a profile of this name"_s;
    QTest::newRow("twice in the file") << u"FINE"_s << u"an earlier profile in the file has the same name"_s;
}

void TestAliyunConfig::names_unusableOrTakenAreSkipped()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const AliyunImportPlan p = plan(u"aliyun-names.json"_s, {u"existing"_s, u"other"_s});
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.candidates.size(), 1);
    QVERIFY(!p.hasProblems());
    verifyOutcome(p, name, reason);
}

void TestAliyunConfig::regions_withoutDirectMailFallBackWithNote_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("note"); // empty: none
    QTest::newRow("Hangzhou") << u"hangzhou"_s << u"cn-hangzhou"_s << QString();
    QTest::newRow("Sydney") << u"sydney"_s << u"ap-southeast-2"_s << QString();
    QTest::newRow("Beijing, no Direct Mail")
        << u"beijing"_s << u"cn-hangzhou"_s
        << u"Direct Mail has no endpoint in cn-beijing, so cn-hangzhou is used"_s;
    QTest::newRow("no region") << u"no-region"_s << u"cn-hangzhou"_s
                               << u"no region set, so cn-hangzhou is used"_s;
    QTest::newRow("padded") << u"padded"_s << u"us-east-1"_s << QString();
}

void TestAliyunConfig::regions_withoutDirectMailFallBackWithNote()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, note);
    const AliyunImportPlan p = plan(u"aliyun-regions.json"_s);
    const AliyunCandidate *c = candidate(p, name);
    QVERIFY(c);
    QCOMPARE(c->profile.regionId, region);
    QCOMPARE(c->regionNote, note);
}

// fuzz_aliyunconfig (tests/fuzz/corpus/aliyunconfig/regression/): a secret that reads like the
// reason's own words ("StsToken", "access_key_secret") is not repeated by the reason, which is the
// same as for any other secret.
void TestAliyunConfig::reasons_areTheSameWhateverTheSecretSays_data()
{
    QTest::addColumn<QByteArray>("json"); // %1: the secret
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("problem");
    QTest::newRow("token a prefix of a mode's name")
        << QByteArray("{\"profiles\":[{\"name\":\"k\",\"mode\":\"K\",\"sts_token\":\"%1\"}]}") << u"StsTok"_s
        << u"k"_s << u"unknown mode “K”; only AK and StsToken profiles can be imported"_s << false;
    QTest::newRow("token spelled like a field")
        << QByteArray("{\"profiles\":[{\"name\":\"a\",\"mode\":\"AK\",\"access_key_id\":"
                      "\"LTAI5tAbcdefghijklmnop\"},{\"name\":\"b\",\"mode\":\"StsToken\","
                      "\"access_key_id\":\"STS.NUAbcdefghijkl\",\"access_key_secret\":\"x\","
                      "\"sts_token\":\"%1\"}]}")
        << u"access_key_secret"_s << u"a"_s
        << u"incomplete AK profile in config.json: access_key_secret missing"_s << true;
}

void TestAliyunConfig::reasons_areTheSameWhateverTheSecretSays()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, secret);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QFETCH(bool, problem);
    const QString text = QString::fromUtf8(json);
    const AliyunImportPlan p = planAliyunImport(text.arg(secret).toUtf8(), u"config.json"_s, {});
    const AliyunImportPlan other = planAliyunImport(text.arg(u"other"_s).toUtf8(), u"config.json"_s, {});
    QVERIFY2(p.ok(), qPrintable(p.error));
    const AliyunSkipped *s = skipped(p, name);
    QVERIFY(s);
    QCOMPARE(s->reason, reason);
    QCOMPARE(s->problem, problem);
    QCOMPARE(skipped(other, name)->reason, reason);
    QCOMPARE(p.candidates.size(), other.candidates.size());
}

// QString::arg() replaces every copy of the lowest %N: a path holding "%3" lost it to the byte
// offset when the message was built in two steps.
void TestAliyunConfig::malformedFile_errorKeepsAPathWithPercentSigns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"100%3"_s));
    const QString path = dir.filePath(u"100%3/config.json"_s);
    QVERIFY(QFile::copy(fixture(u"aliyun-malformed.json"_s), path));
    const AliyunImportPlan p = readAliyunConfig(path, {});
    QVERIFY(!p.ok());
    QVERIFY2(p.error.startsWith(path + u" is not valid JSON: "_s), qPrintable(p.error));
    QVERIFY2(p.error.contains(QRegularExpression(u"\\(at byte [0-9]+\\)\\.$"_s)), qPrintable(p.error));
}

void TestAliyunConfig::read_neverWritesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config.json"_s);
    QVERIFY(QFile::copy(fixture(u"aliyun-all-modes.json"_s), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray before = file.readAll();
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
    file.close();
    // Only a read-only open can succeed on a file without write permission (root aside).
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));

    AliyunImportPlan p = readAliyunConfig(path, {u"default"_s});
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(skipped(p, u"default"_s));
    p.wipe();

    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), past.toSecsSinceEpoch());
}

void TestAliyunConfig::wipe_zeroesEverySecret()
{
    AliyunImportPlan p = plan(u"aliyun-all-modes.json"_s);
    QCOMPARE(p.candidates.size(), 3);
    p.wipe();
    for (const AliyunCandidate &c : p.candidates) {
        QVERIFY(c.secret.isEmpty());
        QVERIFY(c.securityToken.isEmpty());
        QVERIFY(!c.profile.accessKeyId.isEmpty()); // not a secret: still shown masked
    }
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestAliyunConfig)
#include "tst_aliyunconfig.moc"
