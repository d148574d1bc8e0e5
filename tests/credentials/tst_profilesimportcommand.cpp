// `sendtrail-cli profiles import-aliyun` end to end against the REAL keychain (scripts/test):
// secrets land in the Secret Service and nowhere on disk, the aliyun file is left as it was.

#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "profilescommandrun.h"
#include "secretscan.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

const QString kTestService = u"io.github.sendtrail.test"_s;
const QList<QByteArray> kSecrets{"import-ak-secret+/=0050", "import-sts-secret-0051",
                                 "CAIS-import-sts-token-0051", "import-role-secret-0052",
                                 "import-taken-secret-0053"};
const QStringList kFullKeyIds{u"LTAI5tImportAkIdWxYz"_s, u"STS.NUImportStsIdAbCd"_s,
                              u"LTAI5tImportAkId0052"_s, u"LTAI5tImportAkId0053"_s};

using Run = test::ProfilesRun;

} // namespace

class TestProfilesImportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help_describesOptionsModesAndExitCodes();
    void yes_importsAkAndStsIntoKeychainNotSettings();
    void takenName_isSkippedAndNeverOverwritten();
    void noTerminal_withoutYes_refusesAndImportsNothing();
    void terminal_asksAndImportsOnYes();
    void terminal_declined_importsNothing();
    void unusableFile_failsNamingIt_data();
    void unusableFile_failsNamingIt();
    void incompleteProfile_othersImportedAndExitFailed();
    void nothingToImport_saysSo();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {}, bool terminal = false);
    QString name(const QString &suffix) const { return m_prefix + suffix; }
    static void verifyNothingSecretPrinted(const Run &r);

    QTemporaryDir m_dir;
    QString m_prefix;
    QString m_config; // the aliyun file of this test, from data/aliyun-import.json
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_keychain;
    int m_counter = 0;
};

void TestProfilesImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = u"imp%1-"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

void TestProfilesImportCommand::init()
{
    ++m_counter;
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"settings/p%1.ini"_s.arg(m_counter)));
    m_keychain = std::make_unique<CredentialStore>(kTestService, 10s);
    QFile fixture(QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/aliyun-import.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_config = m_dir.filePath(u"aliyun/config%1.json"_s.arg(m_counter));
    QVERIFY(QDir().mkpath(QFileInfo(m_config).path()));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(fixture.readAll().replace("{prefix}", m_prefix.toUtf8()));
}

void TestProfilesImportCommand::cleanup()
{
    for (const QString &profile : m_profiles->names())
        run({u"remove"_s, profile, u"--force"_s});
}

Run TestProfilesImportCommand::run(const QStringList &args, const QByteArray &stdinData, bool terminal)
{
    return test::runProfiles(args, m_profiles.get(), m_keychain.get(), stdinData, terminal);
}

void TestProfilesImportCommand::verifyNothingSecretPrinted(const Run &r)
{
    for (const QByteArray &secret : kSecrets)
        QVERIFY(!r.out.contains(QString::fromLatin1(secret)) && !r.err.contains(QString::fromLatin1(secret)));
    for (const QString &id : kFullKeyIds)
        QVERIFY(!r.out.contains(id) && !r.err.contains(id));
}

void TestProfilesImportCommand::help_describesOptionsModesAndExitCodes()
{
    for (const QStringList &args :
         {QStringList{u"import-aliyun"_s, u"--help"_s}, QStringList{u"help"_s, u"import-aliyun"_s}}) {
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        for (const QString &word : {u"--config PATH"_s, u"--yes"_s, u"~/.aliyun/config.json"_s,
                                    u"RamRoleArn"_s, u"keychain"_s, u"never written"_s, u"Exit codes"_s})
            QVERIFY2(r.out.contains(word), qPrintable(word));
    }
    const Run extra = run({u"import-aliyun"_s, u"file.json"_s});
    QCOMPARE(extra.code, int(ProfilesUsage));
    QVERIFY(extra.err.contains(u"--config PATH"_s));
    QCOMPARE(run({u"import-aliyun"_s, u"--secret=x"_s}).code, int(ProfilesUsage));
}

void TestProfilesImportCommand::yes_importsAkAndStsIntoKeychainNotSettings()
{
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray before = config.readAll();
    config.close();
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
    {
        QFile touch(m_config);
        QVERIFY(touch.open(QIODevice::ReadWrite));
        QVERIFY(touch.setFileTime(past, QFileDevice::FileModificationTime));
    }

    const Run r = run({u"import-aliyun"_s, u"--config"_s, m_config, u"--yes"_s}, "unread\n");
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QCOMPARE(r.inputLeft, qint64(7)); // --yes asks nothing
    for (const QString &line :
         {u"****WxYz"_s, u"****AbCd"_s, u"with STS token"_s, u"without STS token"_s, u"cn-hangzhou *"_s,
          u"* %1: Direct Mail has no endpoint in cn-beijing, so cn-hangzhou is used"_s.arg(name(u"ak"_s)),
          name(u"ak: imported"_s), name(u"sts: imported"_s), name(u"role: skipped: RamRoleArn profile"_s),
          u"Imported 3 of 3; the secrets are in the system keychain."_s})
        QVERIFY2(r.out.contains(line), qPrintable(line + u"\n---\n"_s + r.out));
    verifyNothingSecretPrinted(r);

    // In the keychain...
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(name(u"ak"_s))).secret, kSecrets[0]);
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(name(u"sts"_s))).secret, kSecrets[1]);
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(name(u"sts"_s))).secret, kSecrets[2]);
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(name(u"role"_s))).error->kind,
             CredentialError::Kind::NotFound);
    const auto ak = m_profiles->get(name(u"ak"_s));
    QVERIFY(ak);
    QCOMPARE(ak->accessKeyId, u"LTAI5tImportAkIdWxYz"_s);
    QCOMPARE(ak->regionId, u"cn-hangzhou"_s);
    QVERIFY(!ak->hasSecurityToken);
    const auto sts = m_profiles->get(name(u"sts"_s));
    QVERIFY(sts && sts->hasSecurityToken);
    QCOMPARE(sts->regionId, u"eu-central-1"_s);
    // ...and not in the settings files.
    QList<QByteArray> needles;
    for (const QByteArray &secret : kSecrets)
        needles << test::secretForms(secret);
    const auto scan = test::scanForSecrets({QFileInfo(m_profiles->settingsFileName()).path()}, needles);
    QVERIFY(scan.filesScanned > 0);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u", "_s)));

    // The aliyun file is as it was.
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(config.readAll(), before);
    QCOMPARE(QFileInfo(m_config).lastModified().toSecsSinceEpoch(), past.toSecsSinceEpoch());
}

void TestProfilesImportCommand::takenName_isSkippedAndNeverOverwritten()
{
    const QString taken = name(u"taken"_s);
    QCOMPARE(
        run({u"add"_s, taken, u"--access-key-id"_s, u"LTAI5tOriginalKey99"_s, u"--region"_s, u"us-east-1"_s},
            "original-secret\n")
            .code,
        0);
    const Run r = run({u"import-aliyun"_s, u"--config"_s, m_config, u"--yes"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(taken + u": skipped: Sendtrail already has a profile of this name"_s));
    QVERIFY(r.out.contains(u"Imported 2 of 2"_s));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(taken)).secret, QByteArray("original-secret"));
    QCOMPARE(m_profiles->get(taken)->accessKeyId, u"LTAI5tOriginalKey99"_s);
    QCOMPARE(m_profiles->get(taken)->regionId, u"us-east-1"_s);
}

void TestProfilesImportCommand::noTerminal_withoutYes_refusesAndImportsNothing()
{
    const Run r = run({u"import-aliyun"_s, u"--config"_s, m_config}, "y\n");
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(r.err.contains(u"--yes"_s));
    QVERIFY(r.err.contains(u"Nothing was imported"_s));
    QVERIFY(r.out.contains(u"To import:"_s)); // still listed, so the user sees what --yes would do
    QCOMPARE(r.inputLeft, qint64(2));         // a piped "y" is not an answer
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfilesImportCommand::terminal_asksAndImportsOnYes()
{
    const Run r = run({u"import-aliyun"_s, u"--config"_s, m_config}, "Y\n", true);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(u"Import 3 profiles? [y/N] "_s));
    QCOMPARE(m_profiles->names().size(), 3);
    QVERIFY(r.out.indexOf(u"To import:"_s) < r.out.indexOf(u": imported"_s));
    verifyNothingSecretPrinted(r);
}

void TestProfilesImportCommand::terminal_declined_importsNothing()
{
    for (const QByteArray &answer : {QByteArray("n\n"), QByteArray("\n"), QByteArray()}) {
        const Run r = run({u"import-aliyun"_s, u"--config"_s, m_config}, answer, true);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Nothing was imported."_s));
        QVERIFY(m_profiles->names().isEmpty());
    }
}

void TestProfilesImportCommand::unusableFile_failsNamingIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << u"aliyun-malformed.json"_s << u"is not valid JSON"_s;
    QTest::newRow("no profiles") << u"aliyun-no-profiles.json"_s << u"“profiles”"_s;
    QTest::newRow("missing") << u"aliyun-absent.json"_s << u"There is no"_s;
}

void TestProfilesImportCommand::unusableFile_failsNamingIt()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/") + file;
    const Run r = run({u"import-aliyun"_s, u"--config"_s, path, u"--yes"_s});
    QCOMPARE(r.code, int(ProfilesFailed));
    QVERIFY2(r.err.contains(message) && r.err.contains(path), qPrintable(r.err));
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfilesImportCommand::incompleteProfile_othersImportedAndExitFailed()
{
    const QString path = QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/aliyun-missing-fields.json");
    const Run r = run({u"import-aliyun"_s, u"--config"_s, path, u"--yes"_s});
    QCOMPARE(r.code, int(ProfilesFailed));
    QVERIFY(r.out.contains(
        u"no-secret: error: incomplete AK profile in %1: access_key_secret missing"_s.arg(path)));
    QVERIFY(r.out.contains(u"complete: imported"_s));
    QVERIFY(r.err.contains(u"aliyun configure --profile NAME"_s));
    QVERIFY(!r.out.contains(u"fixture-ak-secret"_s) && !r.err.contains(u"fixture-ak-secret"_s));
    QCOMPARE(m_profiles->names(), QStringList{u"complete"_s});
}

void TestProfilesImportCommand::nothingToImport_saysSo()
{
    const QString path = QStringLiteral(SENDTRAIL_TEST_DATA_DIR "/aliyun-empty-profiles.json");
    const Run r = run({u"import-aliyun"_s, u"--config"_s, path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Nothing to import."_s));
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestProfilesImportCommand)
#include "tst_profilesimportcommand.moc"
