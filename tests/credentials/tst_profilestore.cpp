// ProfileStore over QSettings, plus the end-to-end "no secret in clear" check through the real
// keychain (scripts/test provides dbus-run-session + an unlocked gnome-keyring).

#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "secretscan.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

Profile makeProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.accessKeyId = u"LTAI5tExampleKeyId0001"_s;
    p.regionId = u"ap-southeast-1"_s;
    return p;
}

QStringList fieldsOf(const QList<ProfileFieldError> &errors)
{
    QStringList fields;
    for (const auto &e : errors)
        fields.append(e.field);
    return fields;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void add_thenGet_roundTripsEveryField();
    void list_isSortedAndComplete();
    void add_duplicateNameAnyCase_isRejected();
    void add_validationTable_data();
    void add_validationTable();
    void update_changesFieldsButNotName();
    void update_missingProfile_isRejected();
    void remove_deletesOnlyThatProfile();
    void remove_missingProfile_isRejected();
    void changes_emitProfilesChanged();
    void twoInstances_shareOneFile();
    void defaultStore_usesSendtrailUserSettings();
    void unwritableSettings_reportStorageError();
    void storedProfiles_leaveNoSecretInClear();

private:
    QString iniPath() const { return m_dir.filePath(u"profiles-%1.ini"_s.arg(m_counter)); }

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestProfileStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the default-constructed store away from the developer's real settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user-config"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"user-config"_s));
}

void TestProfileStore::init()
{
    ++m_counter;
}

void TestProfileStore::add_thenGet_roundTripsEveryField()
{
    ProfileStore store(iniPath());
    Profile p = makeProfile(u"prod"_s);
    p.regionId = u"eu-central-1"_s;
    p.customEndpoint = QUrl(u"https://dm-vpc.eu-central-1.aliyuncs.com/"_s);
    p.signatureVersion = SignatureVersion::V1;
    p.serviceUtcOffsetSeconds = -(5 * 3600 + 1800);
    p.hasSecurityToken = true;
    p.caFile = QStringLiteral(SENDTRAIL_SOURCE_DIR "/tests/client/data/ca.pem");
    QCOMPARE(fieldsOf(store.add(p)), QStringList());

    const auto loaded = store.get(u"prod"_s);
    QVERIFY(loaded);
    QCOMPARE(*loaded, p);
    QVERIFY(store.contains(u"prod"_s));
    QVERIFY(!store.contains(u"PROD"_s)); // lookups are exact
}

void TestProfileStore::list_isSortedAndComplete()
{
    ProfileStore store(iniPath());
    for (const QString &name : {u"zeta"_s, u"Alpha"_s, u"beta"_s})
        QVERIFY(store.add(makeProfile(name)).isEmpty());
    QCOMPARE(store.names(), (QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s}));
    const QList<Profile> all = store.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1), makeProfile(u"beta"_s));
}

void TestProfileStore::add_duplicateNameAnyCase_isRejected()
{
    ProfileStore store(iniPath());
    QVERIFY(store.add(makeProfile(u"Prod"_s)).isEmpty());
    const auto errors = store.add(makeProfile(u"prod"_s));
    QCOMPARE(fieldsOf(errors), QStringList{u"name"_s});
    QVERIFY(errors.first().message.contains(u"Prod"_s));
    QCOMPARE(store.names(), QStringList{u"Prod"_s});
}

void TestProfileStore::add_validationTable_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("badFields");
    auto p = makeProfile(u"ok"_s);
    QTest::newRow("valid") << p << QStringList();
    p.name = u""_s;
    QTest::newRow("empty name") << p << QStringList{u"name"_s};
    p.name = u"bad name!"_s;
    QTest::newRow("bad characters") << p << QStringList{u"name"_s};
    p = makeProfile(u"ok"_s);
    p.accessKeyId = u"x"_s;
    QTest::newRow("implausible AccessKey ID") << p << QStringList{u"accessKeyId"_s};
    p = makeProfile(u"ok"_s);
    p.regionId.clear();
    QTest::newRow("no region, no endpoint") << p << QStringList{u"regionId"_s};
    p.customEndpoint = QUrl(u"http://example.com/"_s);
    QTest::newRow("insecure endpoint") << p << QStringList{u"customEndpoint"_s};
}

void TestProfileStore::add_validationTable()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, badFields);
    ProfileStore store(iniPath());
    QCOMPARE(fieldsOf(store.add(profile)), badFields);
    QCOMPARE(store.names().size(), badFields.isEmpty() ? 1 : 0);
}

void TestProfileStore::update_changesFieldsButNotName()
{
    ProfileStore store(iniPath());
    Profile p = makeProfile(u"prod"_s);
    p.hasSecurityToken = true;
    QVERIFY(store.add(p).isEmpty());
    p.regionId = u"us-east-1"_s;
    p.signatureVersion = SignatureVersion::V1;
    p.hasSecurityToken = false;
    QCOMPARE(fieldsOf(store.update(p)), QStringList());
    QCOMPARE(store.get(u"prod"_s), std::optional(p));
    p.accessKeyId = u"bad id"_s;
    QCOMPARE(fieldsOf(store.update(p)), QStringList{u"accessKeyId"_s});
    QCOMPARE(store.get(u"prod"_s)->accessKeyId, makeProfile(u"prod"_s).accessKeyId);
}

void TestProfileStore::update_missingProfile_isRejected()
{
    ProfileStore store(iniPath());
    QCOMPARE(fieldsOf(store.update(makeProfile(u"ghost"_s))), QStringList{u"name"_s});
    QVERIFY(store.names().isEmpty());
}

void TestProfileStore::remove_deletesOnlyThatProfile()
{
    ProfileStore store(iniPath());
    QVERIFY(store.add(makeProfile(u"one"_s)).isEmpty());
    QVERIFY(store.add(makeProfile(u"two"_s)).isEmpty());
    QVERIFY(store.remove(u"one"_s).isEmpty());
    QCOMPARE(store.names(), QStringList{u"two"_s});
    QVERIFY(!store.get(u"one"_s));
}

void TestProfileStore::remove_missingProfile_isRejected()
{
    ProfileStore store(iniPath());
    QCOMPARE(fieldsOf(store.remove(u"ghost"_s)), QStringList{u"name"_s});
}

void TestProfileStore::changes_emitProfilesChanged()
{
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.add(makeProfile(u"one"_s)).isEmpty());
    QVERIFY(store.update(makeProfile(u"one"_s)).isEmpty());
    QVERIFY(store.remove(u"one"_s).isEmpty());
    QVERIFY(!store.add(Profile{}).isEmpty()); // rejected: no signal
    QCOMPARE(changed.count(), 3);
}

void TestProfileStore::twoInstances_shareOneFile()
{
    const QString path = iniPath();
    ProfileStore app(path);
    ProfileStore cli(path);
    QVERIFY(cli.add(makeProfile(u"from-cli"_s)).isEmpty());
    QCOMPARE(app.names(), QStringList{u"from-cli"_s});
    QVERIFY(app.remove(u"from-cli"_s).isEmpty());
    QVERIFY(cli.names().isEmpty());
}

void TestProfileStore::defaultStore_usesSendtrailUserSettings()
{
    ProfileStore store;
    QCOMPARE(store.settingsFileName(), m_dir.filePath(u"user-config/Sendtrail/Sendtrail.conf"_s));
    QVERIFY(store.add(makeProfile(u"default-store"_s)).isEmpty());
    QSettings raw(QSettings::NativeFormat, QSettings::UserScope, u"Sendtrail"_s, u"Sendtrail"_s);
    QCOMPARE(raw.value(u"profiles/default-store/regionId"_s).toString(), u"ap-southeast-1"_s);
    QVERIFY(store.remove(u"default-store"_s).isEmpty());
}

void TestProfileStore::unwritableSettings_reportStorageError()
{
    // A regular file where the settings folder should be: writing must fail (works as root too).
    QFile blocker(m_dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(blocker.fileName() + u"/profiles.ini"_s);
    const auto errors = store.add(makeProfile(u"prod"_s));
    QCOMPARE(fieldsOf(errors), QStringList{u"storage"_s});
    QVERIFY(errors.first().message.contains(u"profiles.ini"_s));
}

void TestProfileStore::storedProfiles_leaveNoSecretInClear()
{
    const QByteArray canary = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray secret = "Sendtrail-Secret+/=" + canary;
    const QByteArray token = "Sendtrail-STS-Token+/=" + canary;
    ProfileStore profiles; // the real default location (redirected into m_dir by initTestCase)
    CredentialStore keychain(u"io.github.sendtrail.test"_s, 10s);
    ProfileCredentials credentials(&profiles, &keychain);
    const QString name = u"clear-"_s + QString::fromLatin1(canary.left(8));
    Profile p = makeProfile(name);
    p.hasSecurityToken = true;

    const auto added = addProfileBlocking(credentials, p, secret, token);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const auto loaded = loadProfileBlocking(credentials, name);
    QVERIFY2(loaded.resolved, qPrintable(loaded.outcome.message())); // really stored in the keychain
    QCOMPARE(loaded.resolved->key.secret, secret);

    QStringList roots{QDir::homePath(), m_dir.path(), QFileInfo(profiles.settingsFileName()).absolutePath()};
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        roots.append(qEnvironmentVariable(var));
    QList<QByteArray> needles = test::secretForms(secret) + test::secretForms(token);

    // Control: the scan does find the secret when it is on disk.
    QFile control(m_dir.filePath(u"control.txt"_s));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("x=" + secret.toBase64() + '\n');
    control.close();
    QVERIFY(test::scanForSecrets({m_dir.path()}, needles).hits.contains(control.fileName()));
    QVERIFY(control.remove());

    const auto scan = test::scanForSecrets(roots, needles);
    QVERIFY(scan.filesScanned > 0);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(u"secret in clear in: "_s + scan.hits.join(u", "_s)));
    QVERIFY(removeProfileBlocking(credentials, name, false).ok());
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestProfileStore)
#include "tst_profilestore.moc"
