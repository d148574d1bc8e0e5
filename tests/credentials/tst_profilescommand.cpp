// `sendtrail-cli profiles ...` driven in-process with injected streams, against the REAL keychain
// (scripts/test). Also covers opening a connection from an added profile, as `export --profile` does.

#include "connection/connection.h"
#include "connection/connectionfactory.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "profilescommandrun.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

const QString kTestService = u"io.github.sendtrail.test"_s;
const QString kKeyId = u"LTAI5tExampleKeyIdWxYz"_s;

using Run = test::ProfilesRun;

} // namespace

class TestProfilesCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help_describesCommandsAndExitCodes();
    void addHelp_documentsEveryOption();
    void noArguments_printsUsageAndFails();
    void unknownCommand_failsWithUsage();
    void add_secretFromStdin_thenListShowsMaskedId();
    void add_onTerminal_usesHiddenPromptNotStdin();
    void add_withSecurityToken_readsSecondLine();
    void add_withCaFile_storesItAndRefusesOneWithoutCertificate();
    void add_secretAsOption_isRefusedWithoutEchoingIt_data();
    void add_secretAsOption_isRefusedWithoutEchoingIt();
    void add_secretOption_explainsWhySecretsAreNotArguments();
    void add_extraPositional_isRefusedWithoutEchoingIt();
    void add_noSecretOnStdin_savesNothing();
    void add_invalidArguments_failBeforeReadingSecret_data();
    void add_invalidArguments_failBeforeReadingSecret();
    void add_duplicateName_fails();
    void list_empty_explainsHowToAdd();
    void remove_existing_deletesProfileAndKeychainEntries();
    void remove_unknown_exitsNotFound();
    void addedProfile_opensAConnectionWithEverythingExportNeeds();
    void unknownProfile_opensNoConnection();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {}, bool terminal = false,
            const QList<QByteArray> &typed = {});
    QString name(const QString &suffix) const { return m_prefix + suffix; }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_keychain;
    QString m_prefix;
    int m_counter = 0;
};

void TestProfilesCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = u"cli%1-"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void TestProfilesCommand::init()
{
    ++m_counter;
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"p%1.ini"_s.arg(m_counter)));
    m_keychain = std::make_unique<CredentialStore>(kTestService, 10s);
}

void TestProfilesCommand::cleanup()
{
    for (const QString &profile : m_profiles->names())
        run({u"remove"_s, profile, u"--force"_s});
}

Run TestProfilesCommand::run(const QStringList &args, const QByteArray &stdinData, bool terminal,
                             const QList<QByteArray> &typed)
{
    return test::runProfiles(args, m_profiles.get(), m_keychain.get(), stdinData, terminal, typed);
}

void TestProfilesCommand::help_describesCommandsAndExitCodes()
{
    for (const QStringList &args : {QStringList{u"--help"_s}, QStringList{u"help"_s}, QStringList{u"-h"_s}}) {
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        for (const QString &word :
             {u"list"_s, u"add NAME"_s, u"remove NAME"_s, u"import-aliyun"_s, u"Exit codes"_s, u"keychain"_s})
            QVERIFY2(r.out.contains(word), qPrintable(word));
    }
}

void TestProfilesCommand::addHelp_documentsEveryOption()
{
    const Run r = run({u"add"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    for (const QString &option :
         {u"--access-key-id"_s, u"--region"_s, u"--endpoint"_s, u"--signature"_s, u"--service-utc-offset"_s,
          u"--with-security-token"_s, u"--ca-file"_s, u"cn-hangzhou"_s, u"standard input"_s}) {
        QVERIFY2(r.out.contains(option), qPrintable(option));
    }
    QCOMPARE(run({u"remove"_s, u"--help"_s}).code, 0);
    QVERIFY(run({u"help"_s, u"remove"_s}).out.contains(u"--force"_s));
    QVERIFY(run({u"list"_s, u"-h"_s}).out.contains(u"last 4 characters"_s));
}

void TestProfilesCommand::noArguments_printsUsageAndFails()
{
    const Run r = run({});
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(r.err.contains(u"Usage: sendtrail-cli profiles"_s));
}

void TestProfilesCommand::unknownCommand_failsWithUsage()
{
    const Run r = run({u"rename"_s});
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(r.err.contains(u"Unknown profiles command 'rename'"_s));
}

void TestProfilesCommand::add_secretFromStdin_thenListShowsMaskedId()
{
    const QString n = name(u"prod"_s);
    const Run added = run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"ap-southeast-1"_s,
                           u"--signature"_s, u"v1"_s, u"--service-utc-offset"_s, u"-05:30"_s},
                          "stdin-secret+/=\nnot-read\n");
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(u"****WxYz"_s));
    QVERIFY(added.prompts.isEmpty());
    QCOMPARE(added.inputLeft, qint64(9)); // only the first line was consumed
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(n)).secret, QByteArray("stdin-secret+/="));

    const Run listed = run({u"list"_s});
    QCOMPARE(listed.code, 0);
    for (const QString &cell : {n, u"****WxYz"_s, u"ap-southeast-1"_s, u"v1"_s, u"UTC-05:30"_s})
        QVERIFY2(listed.out.contains(cell), qPrintable(listed.out));
    for (const Run &r : {added, listed}) {
        QVERIFY(!r.out.contains(kKeyId) && !r.err.contains(kKeyId));
        QVERIFY(!r.out.contains(u"stdin-secret"_s) && !r.err.contains(u"stdin-secret"_s));
    }
}

void TestProfilesCommand::add_onTerminal_usesHiddenPromptNotStdin()
{
    const QString n = name(u"tty"_s);
    const Run r =
        run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--endpoint"_s, u"http://127.0.0.1:18080/"_s},
            "must-not-be-read\n", true, {QByteArray("  typed-secret \r")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.prompts.size(), 1);
    QVERIFY(r.prompts.first().contains(n));
    QCOMPARE(r.inputLeft, qint64(17));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(n)).secret, QByteArray("typed-secret"));
    QCOMPARE(m_profiles->get(n)->customEndpoint, QUrl(u"http://127.0.0.1:18080/"_s));
}

void TestProfilesCommand::add_withSecurityToken_readsSecondLine()
{
    const QString n = name(u"sts"_s);
    const Run r = run({u"add"_s, n, u"--access-key-id"_s, u"STS.NUexampleKey42"_s, u"--region"_s,
                       u"cn-hangzhou"_s, u"--with-security-token"_s},
                      "sts-secret\nsts-token-value\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(n)).secret, QByteArray("sts-token-value"));
    QVERIFY(m_profiles->get(n)->hasSecurityToken);
    QVERIFY(run({u"list"_s}).out.contains(u"yes"_s));
}

void TestProfilesCommand::add_withCaFile_storesItAndRefusesOneWithoutCertificate()
{
    const QString n = name(u"corp"_s);
    const QString pem = QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/client/data/ca.pem");
    const Run bad = run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s,
                         u"--ca-file"_s, QStringLiteral(SENDTRAIL_SOURCE_DIR "/README.md")},
                        "corp-secret\n");
    QVERIFY(bad.code != 0);
    QVERIFY2(bad.err.contains(u"holds no PEM certificate"_s), qPrintable(bad.err));
    QVERIFY(!m_profiles->get(n));

    const Run r =
        run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s, u"--ca-file"_s, pem},
            "corp-secret\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(m_profiles->get(n)->caFile, pem);
}

void TestProfilesCommand::add_secretAsOption_isRefusedWithoutEchoingIt_data()
{
    QTest::addColumn<QStringList>("secretArgs");
    QTest::newRow("--secret=") << QStringList{u"--secret=argv-secret-value"_s};
    QTest::newRow("--access-key-secret") << QStringList{u"--access-key-secret"_s, u"argv-secret-value"_s};
    QTest::newRow("--password") << QStringList{u"--password"_s, u"argv-secret-value"_s};
    QTest::newRow("--security-token=") << QStringList{u"--security-token=argv-secret-value"_s};
    QTest::newRow("-p<secret>") << QStringList{u"-pargv-secret-value"_s};
    QTest::newRow("--unknown=<secret>") << QStringList{u"--pass=argv-secret-value"_s};
}

void TestProfilesCommand::add_secretAsOption_isRefusedWithoutEchoingIt()
{
    QFETCH(QStringList, secretArgs);
    const Run r = run(QStringList{u"add"_s, name(u"argv"_s), u"--access-key-id"_s, kKeyId, u"--region"_s,
                                  u"cn-hangzhou"_s} +
                          secretArgs,
                      "stdin-secret\n");
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains(u"argv-secret-value"_s) && !r.out.contains(u"argv-secret-value"_s));
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfilesCommand::add_secretOption_explainsWhySecretsAreNotArguments()
{
    const Run r = run({u"add"_s, name(u"argv"_s), u"--secret"_s, u"x"_s});
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(r.err.contains(u"never accepted as command-line arguments"_s));
    QVERIFY(r.err.contains(u"standard input"_s));
}

void TestProfilesCommand::add_extraPositional_isRefusedWithoutEchoingIt()
{
    const Run r = run({u"add"_s, name(u"extra"_s), u"positional-secret-value"_s, u"--access-key-id"_s, kKeyId,
                       u"--region"_s, u"cn-hangzhou"_s});
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY(!r.err.contains(u"positional-secret-value"_s));
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfilesCommand::add_noSecretOnStdin_savesNothing()
{
    for (const QByteArray &stdinData : {QByteArray(), QByteArray("\n"), QByteArray("   \n")}) {
        const Run r =
            run({u"add"_s, name(u"empty"_s), u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s},
                stdinData);
        QCOMPARE(r.code, int(ProfilesUsage));
        QVERIFY(r.err.contains(u"No secret on standard input"_s));
        QVERIFY(m_profiles->names().isEmpty());
    }
    const Run tty =
        run({u"add"_s, name(u"empty"_s), u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s}, {},
            true, {});
    QCOMPARE(tty.code, int(ProfilesUsage));
    QVERIFY(tty.err.contains(u"No secret entered"_s));
}

void TestProfilesCommand::add_invalidArguments_failBeforeReadingSecret_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString n = name(u"bad"_s);
    QTest::newRow("no AccessKey ID") << QStringList{n, u"--region"_s, u"cn-hangzhou"_s} << u"AccessKey ID"_s;
    QTest::newRow("no region or endpoint") << QStringList{n, u"--access-key-id"_s, kKeyId} << u"region"_s;
    QTest::newRow("unknown region") << QStringList{n, u"--access-key-id"_s, kKeyId, u"--region"_s,
                                                   u"mars-1"_s}
                                    << u"Known regions"_s;
    QTest::newRow("insecure endpoint")
        << QStringList{n, u"--access-key-id"_s, kKeyId, u"--endpoint"_s, u"http://dm.aliyuncs.com/"_s}
        << u"https://"_s;
    QTest::newRow("bad signature") << QStringList{n,
                                                  u"--access-key-id"_s,
                                                  kKeyId,
                                                  u"--region"_s,
                                                  u"cn-hangzhou"_s,
                                                  u"--signature"_s,
                                                  u"v9"_s}
                                   << u"v3 or v1"_s;
    QTest::newRow("bad offset") << QStringList{n,
                                               u"--access-key-id"_s,
                                               kKeyId,
                                               u"--region"_s,
                                               u"cn-hangzhou"_s,
                                               u"--service-utc-offset"_s,
                                               u"+25:00"_s}
                                << u"+08:00"_s;
    QTest::newRow("bad name") << QStringList{u"no spaces allowed"_s, u"--access-key-id"_s, kKeyId,
                                             u"--region"_s, u"cn-hangzhou"_s}
                              << u"profile name"_s;
    QTest::newRow("no name") << QStringList{u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s}
                             << u"exactly one NAME"_s;
    QTest::newRow("unknown option") << QStringList{n, u"--colour"_s} << u"colour"_s;
    QTest::newRow("missing option value") << QStringList{n, u"--access-key-id"_s} << u"access-key-id"_s;
}

void TestProfilesCommand::add_invalidArguments_failBeforeReadingSecret()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{u"add"_s} + args, "unread-secret\n");
    QCOMPARE(r.code, int(ProfilesUsage));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.inputLeft, qint64(14));
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfilesCommand::add_duplicateName_fails()
{
    const QString n = name(u"dup"_s);
    const QStringList args{u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s};
    QCOMPARE(run(args, "first\n").code, 0);
    const Run again = run(args, "second\n");
    QCOMPARE(again.code, int(ProfilesUsage));
    QVERIFY(again.err.contains(u"already exists"_s));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(n)).secret, QByteArray("first"));
}

void TestProfilesCommand::list_empty_explainsHowToAdd()
{
    const Run r = run({u"list"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"profiles add"_s));
    QCOMPARE(run({u"list"_s, u"extra"_s}).code, int(ProfilesUsage));
}

void TestProfilesCommand::remove_existing_deletesProfileAndKeychainEntries()
{
    const QString n = name(u"rm"_s);
    QCOMPARE(run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"cn-hangzhou"_s,
                  u"--with-security-token"_s},
                 "s\nt\n")
                 .code,
             0);
    const Run r = run({u"remove"_s, n});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(n));
    QVERIFY(!m_profiles->contains(n));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(n)).error->kind, CredentialError::Kind::NotFound);
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(n)).error->kind,
             CredentialError::Kind::NotFound);
}

void TestProfilesCommand::remove_unknown_exitsNotFound()
{
    const Run r = run({u"remove"_s, u"ghost"_s});
    QCOMPARE(r.code, int(ProfilesNotFound));
    QVERIFY(r.err.contains(u"ghost"_s));
}

// What `export --profile` does with a profile the command added: the connection factory reads
// it and its secret from the real keychain.
void TestProfilesCommand::addedProfile_opensAConnectionWithEverythingExportNeeds()
{
    const QString n = name(u"export"_s);
    QCOMPARE(run({u"add"_s, n, u"--access-key-id"_s, kKeyId, u"--region"_s, u"eu-central-1"_s,
                  u"--signature"_s, u"v1"_s, u"--service-utc-offset"_s, u"+02:00"_s},
                 "export-secret\n")
                 .code,
             0);
    ConnectionFactory factory(m_profiles.get(), m_keychain.get());
    Connection connection;
    ConnectionSpec spec;
    spec.profileName = n;
    std::optional<ConnectionOutcome> outcome;
    factory.open(spec, &connection, this, [&outcome](const ConnectionOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    const ClientConfig &config = connection.client()->config();
    QCOMPARE(config.key.id, kKeyId);
    QVERIFY(connection.client()->secret()->view() == "export-secret"); // compared, never printed
    QCOMPARE(config.endpoint, QUrl(u"https://dm.eu-central-1.aliyuncs.com/"_s));
    QCOMPARE(config.regionId, u"eu-central-1"_s);
    QCOMPARE(config.signatureVersion, SignatureVersion::V1);
    QCOMPARE(outcome->profile->serviceUtcOffsetSeconds, 2 * 3600);
}

void TestProfilesCommand::unknownProfile_opensNoConnection()
{
    ConnectionFactory factory(m_profiles.get(), m_keychain.get());
    Connection connection;
    ConnectionSpec spec;
    spec.profileName = u"ghost"_s;
    std::optional<ConnectionOutcome> outcome;
    factory.open(spec, &connection, this, [&outcome](const ConnectionOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QCOMPARE(outcome->problem, ConnectionOutcome::Problem::Profile);
    QVERIFY(outcome->message.contains(u"ghost"_s));
    QVERIFY(connection.client()->secret()->isEmpty());
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestProfilesCommand)
#include "tst_profilescommand.moc"
