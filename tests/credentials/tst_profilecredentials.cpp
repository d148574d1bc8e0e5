// ProfileCredentials keeps settings and keychain consistent. Runs against the REAL keychain
// (scripts/test), plus a failing SecretStore to prove nothing is half-saved on errors.

#include "credentials/credentialstore.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

const QString kTestService = u"io.github.sendtrail.test"_s;

// A keychain that is not there: every operation fails like qtkeychain without a Secret Service.
class UnavailableSecretStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    void read(const QString &, QObject *, Handler handler) override { fail(std::move(handler)); }
    void write(const QString &key, const QByteArray &, QObject *, Handler handler) override
    {
        writes.append(key);
        fail(std::move(handler));
    }
    void remove(const QString &, QObject *, Handler handler) override { fail(std::move(handler)); }

    QStringList writes;

private:
    void fail(Handler handler)
    {
        QTimer::singleShot(0, this, [handler] {
            Result result{CredentialError::noKeychain(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s), {}};
            handler(result);
        });
    }
};

} // namespace

class TestProfileCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void add_storesSecretInKeychainAndProfileInSettings();
    void add_withSecurityToken_loadReturnsToken();
    void add_invalidProfile_writesNothing();
    void add_emptySecretOrMissingToken_isRejected();
    void add_keychainUnavailable_savesNoProfile();
    void add_overStaleToken_removesIt();
    void update_newSecret_replacesOldOne();
    void update_withoutSecret_keepsStoredOne();
    void update_droppingToken_deletesIt();
    void remove_deletesKeychainEntriesAndProfile();
    void remove_keychainUnavailable_keepsProfileUnlessForced();
    void load_unknownProfile_namesIt();
    void load_secretMissing_reportsNotFound();
    void sessionStore_worksTheSameWay();
    void handler_contextDestroyed_isNotCalled();

private:
    Profile makeProfile(const QString &suffix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<ProfileCredentials> m_credentials;
    QString m_prefix;
    int m_counter = 0;
};

void TestProfileCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = u"pc%1-"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void TestProfileCredentials::init()
{
    ++m_counter;
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"p%1.ini"_s.arg(m_counter)));
    m_keychain = std::make_unique<CredentialStore>(kTestService, 10s);
    m_credentials = std::make_unique<ProfileCredentials>(m_profiles.get(), m_keychain.get());
}

void TestProfileCredentials::cleanup()
{
    for (const QString &name : m_profiles->names())
        removeProfileBlocking(*m_credentials, name, true);
}

Profile TestProfileCredentials::makeProfile(const QString &suffix) const
{
    Profile p;
    p.name = m_prefix + suffix;
    p.accessKeyId = u"LTAI5tExampleKeyId0042"_s;
    p.regionId = u"cn-hangzhou"_s;
    return p;
}

void TestProfileCredentials::add_storesSecretInKeychainAndProfileInSettings()
{
    const Profile p = makeProfile(u"add"_s);
    const auto outcome = addProfileBlocking(*m_credentials, p, "add-secret", {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(m_profiles->get(p.name), std::optional(p));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(p.name)).secret, QByteArray("add-secret"));

    const auto loaded = loadProfileBlocking(*m_credentials, p.name);
    QVERIFY2(loaded.resolved, qPrintable(loaded.outcome.message()));
    QCOMPARE(loaded.resolved->profile, p);
    QCOMPARE(loaded.resolved->key.id, p.accessKeyId);
    QCOMPARE(loaded.resolved->key.secret, QByteArray("add-secret"));
    QVERIFY(loaded.resolved->key.securityToken.isEmpty());
    QCOMPARE(loaded.resolved->endpoint, QUrl(u"https://dm.aliyuncs.com/"_s));

    ResolvedProfile copy = *loaded.resolved;
    copy.wipe();
    QVERIFY(copy.key.secret.isEmpty());
}

void TestProfileCredentials::add_withSecurityToken_loadReturnsToken()
{
    Profile p = makeProfile(u"sts"_s);
    p.hasSecurityToken = true;
    p.accessKeyId = u"STS.NUexampleKey42"_s;
    QVERIFY(addProfileBlocking(*m_credentials, p, "sts-secret", "sts-token+/=").ok());
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(p.name)).secret, QByteArray("sts-token+/="));
    const auto loaded = loadProfileBlocking(*m_credentials, p.name);
    QVERIFY(loaded.resolved);
    QCOMPARE(loaded.resolved->key.securityToken, u"sts-token+/="_s);
}

void TestProfileCredentials::add_invalidProfile_writesNothing()
{
    Profile p = makeProfile(u"invalid"_s);
    p.regionId.clear();
    const auto outcome = addProfileBlocking(*m_credentials, p, "never-written", {});
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.credentialError);
    QCOMPARE(outcome.fieldErrors.first().field, u"regionId"_s);
    QVERIFY(m_profiles->names().isEmpty());
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(p.name)).error->kind,
             CredentialError::Kind::NotFound);
}

void TestProfileCredentials::add_emptySecretOrMissingToken_isRejected()
{
    Profile p = makeProfile(u"empty"_s);
    auto outcome = addProfileBlocking(*m_credentials, p, {}, {});
    QCOMPARE(outcome.fieldErrors.first().field, u"secret"_s);
    p.hasSecurityToken = true;
    outcome = addProfileBlocking(*m_credentials, p, "s", {});
    QCOMPARE(outcome.fieldErrors.first().field, u"securityToken"_s);
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfileCredentials::add_keychainUnavailable_savesNoProfile()
{
    UnavailableSecretStore unavailable;
    ProfileCredentials credentials(m_profiles.get(), &unavailable);
    const auto outcome = addProfileBlocking(credentials, makeProfile(u"nokeychain"_s), "secret", {});
    QVERIFY(outcome.credentialError);
    QCOMPARE(outcome.credentialError->kind, CredentialError::Kind::NoKeychain);
    QVERIFY(outcome.message().contains(u"No system keychain is available"_s));
    QCOMPARE(unavailable.writes.size(), 1);
    QVERIFY(m_profiles->names().isEmpty());
}

void TestProfileCredentials::add_overStaleToken_removesIt()
{
    const Profile p = makeProfile(u"stale"_s);
    QVERIFY(writeSecretBlocking(*m_keychain, securityTokenKeyFor(p.name), "old-token").ok());
    QVERIFY(addProfileBlocking(*m_credentials, p, "fresh", {}).ok());
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(p.name)).error->kind,
             CredentialError::Kind::NotFound);
}

void TestProfileCredentials::update_newSecret_replacesOldOne()
{
    Profile p = makeProfile(u"upd"_s);
    QVERIFY(addProfileBlocking(*m_credentials, p, "old", {}).ok());
    p.signatureVersion = SignatureVersion::V1;
    ProfileOutcome outcome;
    bool done = false;
    m_credentials->updateProfile(p, QByteArray("new"), std::nullopt, this, [&](const ProfileOutcome &o) {
        outcome = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    const auto loaded = loadProfileBlocking(*m_credentials, p.name);
    QCOMPARE(loaded.resolved->key.secret, QByteArray("new"));
    QCOMPARE(loaded.resolved->profile.signatureVersion, SignatureVersion::V1);
}

void TestProfileCredentials::update_withoutSecret_keepsStoredOne()
{
    Profile p = makeProfile(u"keep"_s);
    QVERIFY(addProfileBlocking(*m_credentials, p, "kept", {}).ok());
    p.regionId = u"us-east-1"_s;
    bool done = false;
    m_credentials->updateProfile(p, std::nullopt, std::nullopt, this, [&](const ProfileOutcome &o) {
        QVERIFY(o.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    const auto loaded = loadProfileBlocking(*m_credentials, p.name);
    QCOMPARE(loaded.resolved->key.secret, QByteArray("kept"));
    QCOMPARE(loaded.resolved->endpoint, QUrl(u"https://dm.us-east-1.aliyuncs.com/"_s));
}

void TestProfileCredentials::update_droppingToken_deletesIt()
{
    Profile p = makeProfile(u"drop"_s);
    p.hasSecurityToken = true;
    QVERIFY(addProfileBlocking(*m_credentials, p, "s", "t").ok());
    p.hasSecurityToken = false;
    bool done = false;
    m_credentials->updateProfile(p, std::nullopt, std::nullopt, this, [&](const ProfileOutcome &o) {
        QVERIFY(o.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(p.name)).error->kind,
             CredentialError::Kind::NotFound);
    QVERIFY(!m_profiles->get(p.name)->hasSecurityToken);
}

void TestProfileCredentials::remove_deletesKeychainEntriesAndProfile()
{
    Profile p = makeProfile(u"rm"_s);
    p.hasSecurityToken = true;
    QVERIFY(addProfileBlocking(*m_credentials, p, "s", "t").ok());
    QVERIFY(removeProfileBlocking(*m_credentials, p.name, false).ok());
    QVERIFY(!m_profiles->contains(p.name));
    QCOMPARE(readSecretBlocking(*m_keychain, secretKeyFor(p.name)).error->kind,
             CredentialError::Kind::NotFound);
    QCOMPARE(readSecretBlocking(*m_keychain, securityTokenKeyFor(p.name)).error->kind,
             CredentialError::Kind::NotFound);
}

void TestProfileCredentials::remove_keychainUnavailable_keepsProfileUnlessForced()
{
    const Profile p = makeProfile(u"keepme"_s);
    QVERIFY(m_profiles->add(p).isEmpty());
    UnavailableSecretStore unavailable;
    ProfileCredentials credentials(m_profiles.get(), &unavailable);

    auto outcome = removeProfileBlocking(credentials, p.name, false);
    QCOMPARE(outcome.credentialError->kind, CredentialError::Kind::NoKeychain);
    QVERIFY(m_profiles->contains(p.name));

    outcome = removeProfileBlocking(credentials, p.name, true);
    QVERIFY(outcome.credentialError); // still reported: entries may remain
    QVERIFY(outcome.fieldErrors.isEmpty());
    QVERIFY(!m_profiles->contains(p.name));
}

void TestProfileCredentials::load_unknownProfile_namesIt()
{
    const auto loaded = loadProfileBlocking(*m_credentials, u"ghost"_s);
    QVERIFY(!loaded.resolved);
    QVERIFY(loaded.outcome.message().contains(u"ghost"_s));
    QVERIFY(!loaded.outcome.credentialError);
}

void TestProfileCredentials::load_secretMissing_reportsNotFound()
{
    const Profile p = makeProfile(u"nosecret"_s);
    QVERIFY(m_profiles->add(p).isEmpty()); // settings only, as after a keychain reset
    const auto loaded = loadProfileBlocking(*m_credentials, p.name);
    QVERIFY(!loaded.resolved);
    QCOMPARE(loaded.outcome.credentialError->kind, CredentialError::Kind::NotFound);
}

void TestProfileCredentials::sessionStore_worksTheSameWay()
{
    SessionSecretStore session;
    ProfileCredentials credentials(m_profiles.get(), &session);
    const Profile p = makeProfile(u"session"_s);
    QVERIFY(addProfileBlocking(credentials, p, "session-secret", {}).ok());
    QCOMPARE(loadProfileBlocking(credentials, p.name).resolved->key.secret, QByteArray("session-secret"));
    QVERIFY(removeProfileBlocking(credentials, p.name, false).ok());
    QVERIFY(!m_profiles->contains(p.name));
}

void TestProfileCredentials::handler_contextDestroyed_isNotCalled()
{
    auto *context = new QObject;
    bool called = false;
    m_credentials->loadProfile(u"ghost"_s, context, [&](const ProfileLoadResult &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestProfileCredentials)
#include "tst_profilecredentials.moc"
