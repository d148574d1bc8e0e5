// Registered with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent: there is no session bus, so no
// Secret Service. Every operation must fail as NoKeychain with a plain message, without crashing
// or hanging, and nothing may be written in clear anywhere.

#include "cli/profilescommand.h"
#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "secretscan.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

const QByteArray kSecret = "NoKeychain-Canary-Secret+/=2f9c1d";
const QString kPlainMessage = u"No system keychain is available (Secret Service not running). Start "
                              "gnome-keyring or KWallet, or use a session-only profile."_s;

} // namespace

class TestCredentialStoreNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void write_failsAsNoKeychainWithPlainMessage();
    void readAndRemove_failAsNoKeychain();
    void signalApi_reportsWriteFailure();
    void addProfile_savesNothing();
    void cliAdd_exitsKeychainFailedAndSavesNothing();
    void cliImportAliyun_exitsKeychainFailedAndSavesNothing();
    void nothingWasWrittenInClear();

private:
    QTemporaryDir m_root;
};

void TestCredentialStoreNoKeychain::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent"));
    QVERIFY(m_root.isValid());
    // Everything this process could write goes below m_root, where the last test searches.
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = m_root.filePath(QString::fromLatin1(var).toLower());
        QVERIFY(QDir().mkpath(dir));
        qputenv(var, dir.toLocal8Bit());
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(u"xdg_config_home"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_root.filePath(u"xdg_config_home"_s));
}

void TestCredentialStoreNoKeychain::write_failsAsNoKeychainWithPlainMessage()
{
    CredentialStore store(u"io.github.sendtrail.test"_s, 10s);
    QElapsedTimer timer;
    timer.start();
    const auto result = writeSecretBlocking(store, u"nokeychain"_s, kSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, CredentialError::Kind::NoKeychain);
    QCOMPARE(result.error->message, kPlainMessage);
    QVERIFY(!result.error->detail.isEmpty()); // the D-Bus text, for a details view
    QVERIFY(!result.error->message.contains(QString::fromLatin1(kSecret)));
    QVERIFY(!result.error->detail.contains(QString::fromLatin1(kSecret)));
    QVERIFY2(timer.elapsed() < 9000, "must fail fast, not by timing out");
}

void TestCredentialStoreNoKeychain::readAndRemove_failAsNoKeychain()
{
    CredentialStore store(u"io.github.sendtrail.test"_s, 10s);
    const auto read = readSecretBlocking(store, u"nokeychain"_s);
    QCOMPARE(read.error->kind, CredentialError::Kind::NoKeychain);
    QVERIFY(read.secret.isEmpty());
    const auto removed = removeSecretBlocking(store, u"nokeychain"_s);
    QCOMPARE(removed.error->kind, CredentialError::Kind::NoKeychain);
}

void TestCredentialStoreNoKeychain::signalApi_reportsWriteFailure()
{
    CredentialStore store(u"io.github.sendtrail.test"_s, 10s);
    QSignalSpy failed(&store, &SecretStore::secretFailed);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    store.writeSecret(u"nokeychain"_s, kSecret);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(1).value<SecretStore::Operation>(), SecretStore::Operation::Write);
    QCOMPARE(failed.first().at(2).value<CredentialError>().kind, CredentialError::Kind::NoKeychain);
    QCOMPARE(written.count(), 0);
}

void TestCredentialStoreNoKeychain::addProfile_savesNothing()
{
    ProfileStore profiles;
    CredentialStore keychain(u"io.github.sendtrail.test"_s, 10s);
    ProfileCredentials credentials(&profiles, &keychain);
    Profile p;
    p.name = u"nokeychain"_s;
    p.accessKeyId = u"LTAI5tExampleKeyId0007"_s;
    p.regionId = u"cn-hangzhou"_s;
    const auto outcome = addProfileBlocking(credentials, p, kSecret, {});
    QCOMPARE(outcome.credentialError->kind, CredentialError::Kind::NoKeychain);
    QVERIFY(profiles.names().isEmpty());
}

void TestCredentialStoreNoKeychain::cliAdd_exitsKeychainFailedAndSavesNothing()
{
    ProfileStore profiles;
    CredentialStore keychain(u"io.github.sendtrail.test"_s, 10s);
    QBuffer input;
    input.setData(kSecret + '\n');
    QVERIFY(input.open(QIODevice::ReadOnly));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    ProfilesCommandContext context{&out, &err, &input, false, {}, &profiles, &keychain};
    const int code = runProfilesCommand({u"add"_s, u"cli-nokeychain"_s, u"--access-key-id"_s,
                                         u"LTAI5tExampleKeyId0008"_s, u"--region"_s, u"cn-hangzhou"_s},
                                        context);
    QCOMPARE(code, int(ProfilesKeychainFailed));
    QVERIFY2(errText.contains(kPlainMessage), qPrintable(errText));
    QVERIFY(errText.contains(u"The profile was not saved"_s));
    QVERIFY(!errText.contains(QString::fromLatin1(kSecret)) &&
            !outText.contains(QString::fromLatin1(kSecret)));
    QVERIFY(profiles.names().isEmpty());
}

void TestCredentialStoreNoKeychain::cliImportAliyun_exitsKeychainFailedAndSavesNothing()
{
    const QString config = m_root.filePath(u"aliyun-config.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"profiles": [
        {"name": "first", "mode": "AK", "access_key_id": "LTAI5tExampleKeyId0009", "access_key_secret": ")" +
               kSecret + R"(", "region_id": "cn-hangzhou"},
        {"name": "second", "mode": "AK", "access_key_id": "LTAI5tExampleKeyId0010", "access_key_secret": ")" +
               kSecret + R"(", "region_id": "cn-hangzhou"}]})");
    file.close();
    ProfileStore profiles;
    CredentialStore keychain(u"io.github.sendtrail.test"_s, 10s);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    ProfilesCommandContext context{&out, &err, nullptr, false, {}, &profiles, &keychain};
    const int code = runProfilesCommand({u"import-aliyun"_s, u"--config"_s, config, u"--yes"_s}, context);
    QCOMPARE(code, int(ProfilesKeychainFailed));
    QVERIFY2(outText.contains(u"first: not imported: "_s + kPlainMessage), qPrintable(outText));
    // Stopped at the first failure: a missing keychain would fail every one of them.
    QVERIFY2(outText.contains(u"second: not imported: not tried after the keychain failed"_s),
             qPrintable(outText));
    QVERIFY(errText.contains(u"The keychain failed"_s));
    QVERIFY(!errText.contains(QString::fromLatin1(kSecret)) &&
            !outText.contains(QString::fromLatin1(kSecret)));
    QVERIFY(profiles.names().isEmpty());
    QVERIFY(QFile::remove(config)); // it holds the canary; the last test looks for it everywhere else
}

void TestCredentialStoreNoKeychain::nothingWasWrittenInClear()
{
    const QStringList roots{m_root.path()};
    const auto scan = test::scanForSecrets(roots, test::secretForms(kSecret));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u", "_s)));
    // Control: the scan works.
    QFile control(m_root.filePath(u"control"_s));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write(kSecret.toHex());
    control.close();
    QCOMPARE(test::scanForSecrets(roots, test::secretForms(kSecret)).hits, QStringList{control.fileName()});
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestCredentialStoreNoKeychain)
#include "tst_credentialstore_nokeychain.moc"
