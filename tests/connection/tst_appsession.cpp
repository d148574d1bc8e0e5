#include "connection/appsession.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// A keychain that answers reads only when the test says so, in the order it chooses; writes and
// removes answer at once (from the event loop, like every SecretStore).
class GatedSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return true; }

    void read(const QString &key, QObject *context, Handler handler) override
    {
        m_reads.append({key, context, context != nullptr, std::move(handler)});
    }

    void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler) override
    {
        m_secrets.insert(key, secret);
        deliver({QString(), context, context != nullptr, std::move(handler)}, {});
    }

    void remove(const QString &key, QObject *context, Handler handler) override
    {
        m_secrets.remove(key);
        deliver({QString(), context, context != nullptr, std::move(handler)}, {});
    }

    QStringList waitingKeys() const
    {
        QStringList keys;
        for (const Read &read : m_reads)
            keys << read.key;
        return keys;
    }

    // Answers the waiting read of `key`: with `error`, else what was written (or "not found").
    bool answer(const QString &key, const std::optional<CredentialError> &error = std::nullopt)
    {
        const auto it = std::find_if(m_reads.begin(), m_reads.end(),
                                     [&key](const Read &read) { return read.key == key; });
        if (it == m_reads.end())
            return false;
        Result result;
        if (error)
            result.error = error;
        else if (m_secrets.contains(key))
            result.secret = m_secrets.value(key);
        else
            result.error = CredentialError::notFound();
        Read read = std::move(*it);
        m_reads.erase(it);
        deliver(std::move(read), std::move(result));
        return true;
    }

    int answeredReads() const { return m_answeredReads; }

private:
    struct Read
    {
        QString key; // empty: a write or remove
        QPointer<QObject> context;
        bool hasContext = false;
        Handler handler;
    };

    void deliver(Read read, Result result)
    {
        QTimer::singleShot(0, this, [this, read = std::move(read), result = std::move(result)]() mutable {
            if (!read.hasContext || read.context)
                read.handler(result);
            if (!read.key.isEmpty())
                ++m_answeredReads;
        });
    }

    QList<Read> m_reads;
    QHash<QString, QByteArray> m_secrets;
    int m_answeredReads = 0;
};

Profile makeProfile(const QString &name, const QString &regionId = u"cn-hangzhou"_s)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = u"LTAI5t"_s + name.toUpper().remove(u'-');
    profile.regionId = regionId;
    return profile;
}

QByteArray secretOf(const QString &name)
{
    return "s3cret-" + name.toUtf8();
}

const QByteArray kEnvironmentSecret = "env-secret-canary+/=7c41";
const QByteArray kEnvironmentToken = "env-sts-token-canary-9e02";

QProcessEnvironment keyEnvironment(const QString &id, const QByteArray &secret, const QByteArray &token = {},
                                   const QString &region = {})
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin"_s);
    const std::pair<QString, QString> variables[] = {
        {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, id},
        {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(secret)},
        {u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, QString::fromLatin1(token)},
        {u"ALIBABA_CLOUD_REGION_ID"_s, region}};
    for (const auto &[name, value] : variables) {
        if (!value.isEmpty())
            env.insert(name, value);
    }
    return env;
}

// Files below `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

// AppSession against a stand-in keychain (SessionSecretStore, or GatedSecretStore to control when
// it answers), with settings and runtime folders private to this run.
class TestAppSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void activate_savedProfile_configuresClientAndEmitsActivated_data();
    void activate_savedProfile_configuresClientAndEmitsActivated();
    void activate_unknownProfile_emitsActivationFailed();
    void activate_savedProfileWithoutSecret_emitsActivationFailed();
    void sessionProfiles_listedAfterSavedOnesAndSessionOnly();
    void activate_sessionOnlyProfile_secretNeverReachesKeychain();
    void activate_secondCallBeforeFirstAnswers_wins_data();
    void activate_secondCallBeforeFirstAnswers_wins();
    void probeKeychain_workingStore_reportsAvailable();
    void environment_withoutKey_offersNothing_data();
    void environment_withoutKey_offersNothing();
    void environment_key_isSessionOnlyProfileWithRegion_data();
    void environment_key_isSessionOnlyProfileWithRegion();
    void environment_nameTaken_usesAnother();
    void environment_badKeyId_explainedWithoutProfile();
    void probeKeychain_failingStore_reportsUnavailableWithProblem_data();
    void probeKeychain_failingStore_reportsUnavailableWithProblem();

private:
    void startSession(SecretStore *keychain);
    std::optional<EnvironmentProfileOffer> offer(const QProcessEnvironment &env);
    static bool add(ProfileCredentials *credentials, const Profile &profile,
                    const QByteArray &securityToken = {});

    QTemporaryDir m_config;
    QTemporaryDir m_runtime;
    AppSession *m_session = nullptr;
};

void TestAppSession::initTestCase()
{
    // Before any QSettings or QStandardPaths use: the user's real profiles are never touched, and
    // session-only profiles go to a private runtime folder.
    QVERIFY(m_config.isValid());
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QCoreApplication::setOrganizationName(u"Sendtrail"_s);
    QCoreApplication::setApplicationName(u"SendtrailConnectionTest"_s);
}

void TestAppSession::init()
{
    ProfileStore store;
    for (const QString &name : store.names())
        store.remove(name);
    QVERIFY(store.names().isEmpty());
    startSession(new SessionSecretStore);
}

void TestAppSession::cleanup()
{
    delete m_session; // owns its keychain
    m_session = nullptr;
}

void TestAppSession::startSession(SecretStore *keychain)
{
    delete m_session;
    m_session = new AppSession(nullptr, keychain);
}

bool TestAppSession::add(ProfileCredentials *credentials, const Profile &profile,
                         const QByteArray &securityToken)
{
    return addProfileBlocking(*credentials, profile, secretOf(profile.name), securityToken).ok();
}

void TestAppSession::activate_savedProfile_configuresClientAndEmitsActivated_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QByteArray>("securityToken");
    QTest::addColumn<QUrl>("endpoint");

    QTest::newRow("region, v3") << makeProfile(u"work"_s, u"ap-southeast-1"_s) << QByteArray()
                                << QUrl(u"https://dm.ap-southeast-1.aliyuncs.com/"_s);

    Profile custom = makeProfile(u"sandbox"_s, u"eu-central-1"_s);
    custom.customEndpoint = QUrl(u"http://127.0.0.1:8080/"_s);
    custom.signatureVersion = SignatureVersion::V1;
    QTest::newRow("custom endpoint, v1") << custom << QByteArray() << custom.customEndpoint;

    Profile sts = makeProfile(u"temporary"_s);
    sts.hasSecurityToken = true;
    QTest::newRow("sts token") << sts << QByteArray("sts-token-value") << QUrl(u"https://dm.aliyuncs.com/"_s);
}

void TestAppSession::activate_savedProfile_configuresClientAndEmitsActivated()
{
    QFETCH(Profile, profile);
    QFETCH(QByteArray, securityToken);
    QFETCH(QUrl, endpoint);
    QVERIFY(add(m_session->savedProfiles(), profile, securityToken));

    QSignalSpy activated(m_session, &AppSession::profileActivated);
    QSignalSpy failed(m_session, &AppSession::activationFailed);
    m_session->activate(profile.name);
    QVERIFY(activated.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(activated.count(), 1);
    QVERIFY(activated.at(0).at(0).value<Profile>() == profile);
    QVERIFY(m_session->activeProfile() == profile);

    const ClientConfig &config = m_session->client()->config();
    QCOMPARE(config.endpoint, endpoint);
    QCOMPARE(config.regionId, profile.regionId);
    QVERIFY(config.signatureVersion == profile.signatureVersion);
    QCOMPARE(config.key.id, profile.accessKeyId);
    // Compared, never printed: a failure message must not show a secret.
    QVERIFY(m_session->client()->secret()->view() == secretOf(profile.name));
    QVERIFY(config.key.securityToken == QString::fromUtf8(securityToken));
}

void TestAppSession::activate_unknownProfile_emitsActivationFailed()
{
    QVERIFY(add(m_session->savedProfiles(), makeProfile(u"work"_s)));
    QSignalSpy activated(m_session, &AppSession::profileActivated);
    QSignalSpy failed(m_session, &AppSession::activationFailed);
    m_session->activate(u"nobody"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"nobody"_s);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(u"nobody"_s), qPrintable(message));
    QCOMPARE(activated.count(), 0);
    QVERIFY(!m_session->activeProfile());
    QVERIFY(m_session->client()->config().key.id.isEmpty());
}

void TestAppSession::activate_savedProfileWithoutSecret_emitsActivationFailed()
{
    QVERIFY(add(m_session->savedProfiles(), makeProfile(u"work"_s)));
    startSession(new SessionSecretStore); // same settings, a keychain that never saw the secret
    QCOMPARE(m_session->profileNames(), QStringList{u"work"_s});

    QSignalSpy activated(m_session, &AppSession::profileActivated);
    QSignalSpy failed(m_session, &AppSession::activationFailed);
    m_session->activate(u"work"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toString(), u"work"_s);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(activated.count(), 0);
    QVERIFY(!m_session->activeProfile());
}

void TestAppSession::sessionProfiles_listedAfterSavedOnesAndSessionOnly()
{
    QSignalSpy changed(m_session, &AppSession::profilesChanged);
    QVERIFY(add(m_session->savedProfiles(), makeProfile(u"zeta"_s)));
    QVERIFY(add(m_session->savedProfiles(), makeProfile(u"alpha"_s)));
    QVERIFY(add(m_session->sessionProfiles(), makeProfile(u"aaa-temp"_s)));
    QCOMPARE(changed.count(), 3);

    // Saved ones sorted, then session-only ones, even when those sort first.
    QCOMPARE(m_session->profileNames(), (QStringList{u"alpha"_s, u"zeta"_s, u"aaa-temp"_s}));
    QVERIFY(m_session->isSessionOnly(u"aaa-temp"_s));
    QVERIFY(!m_session->isSessionOnly(u"zeta"_s));
    QVERIFY(!m_session->isSessionOnly(u"nobody"_s));
    QCOMPARE(m_session->credentialsFor(u"aaa-temp"_s), m_session->sessionProfiles());
    QCOMPARE(m_session->credentialsFor(u"alpha"_s), m_session->savedProfiles());
    QVERIFY(m_session->profile(u"aaa-temp"_s) == makeProfile(u"aaa-temp"_s));
    // Not in the saved settings: gone with the session.
    QVERIFY(!ProfileStore().contains(u"aaa-temp"_s));
}

void TestAppSession::activate_sessionOnlyProfile_secretNeverReachesKeychain()
{
    const Profile profile = makeProfile(u"visitor"_s);
    QVERIFY(add(m_session->sessionProfiles(), profile));

    QSignalSpy activated(m_session, &AppSession::profileActivated);
    m_session->activate(profile.name);
    QVERIFY(activated.wait(5000));
    QCOMPARE(m_session->client()->config().key.id, profile.accessKeyId);
    QVERIFY(m_session->client()->secret()->view() == secretOf(profile.name));

    const auto stored =
        readSecretBlocking(*m_session->savedProfiles()->secrets(), secretKeyFor(profile.name));
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error->kind, CredentialError::Kind::NotFound);
}

void TestAppSession::activate_secondCallBeforeFirstAnswers_wins_data()
{
    QTest::addColumn<bool>("firstAnswersFirst");

    QTest::newRow("first answers first") << true;
    QTest::newRow("first answers last") << false;
}

void TestAppSession::activate_secondCallBeforeFirstAnswers_wins()
{
    QFETCH(bool, firstAnswersFirst);
    auto *keychain = new GatedSecretStore;
    startSession(keychain);
    const Profile first = makeProfile(u"first"_s);
    const Profile second = makeProfile(u"second"_s, u"us-east-1"_s);
    QVERIFY(add(m_session->savedProfiles(), first));
    QVERIFY(add(m_session->savedProfiles(), second));

    QSignalSpy activated(m_session, &AppSession::profileActivated);
    QSignalSpy failed(m_session, &AppSession::activationFailed);
    m_session->activate(first.name);
    m_session->activate(second.name);
    QCOMPARE(keychain->waitingKeys(), (QStringList{secretKeyFor(first.name), secretKeyFor(second.name)}));
    const QStringList order =
        firstAnswersFirst ? QStringList{first.name, second.name} : QStringList{second.name, first.name};
    for (const QString &name : order)
        QVERIFY(keychain->answer(secretKeyFor(name)));
    QTRY_COMPARE(keychain->answeredReads(), 2); // both answers have been handled

    QCOMPARE(activated.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(activated.at(0).at(0).value<Profile>() == second);
    QVERIFY(m_session->activeProfile() == second);
    QCOMPARE(m_session->client()->config().key.id, second.accessKeyId);
    QCOMPARE(m_session->client()->config().regionId, second.regionId);
}

void TestAppSession::probeKeychain_workingStore_reportsAvailable()
{
    QCOMPARE(m_session->keychainState(), AppSession::KeychainState::Unknown);
    QSignalSpy probed(m_session, &AppSession::keychainProbed);
    m_session->probeKeychain();
    QVERIFY(probed.wait(5000));
    QCOMPARE(probed.at(0).at(0).value<AppSession::KeychainState>(), AppSession::KeychainState::Available);
    QCOMPARE(m_session->keychainState(), AppSession::KeychainState::Available);
    QVERIFY(m_session->keychainProblem().isEmpty());
}

void TestAppSession::probeKeychain_failingStore_reportsUnavailableWithProblem_data()
{
    QTest::addColumn<CredentialError>("error");

    QTest::newRow("no keychain") << CredentialError::noKeychain(u"org.freedesktop.secrets not provided"_s);
    QTest::newRow("locked") << CredentialError::locked();
    QTest::newRow("access denied") << CredentialError::accessDenied();
    QTest::newRow("timeout") << CredentialError::timeout(std::chrono::seconds(10));
}

void TestAppSession::probeKeychain_failingStore_reportsUnavailableWithProblem()
{
    QFETCH(CredentialError, error);
    auto *keychain = new GatedSecretStore;
    startSession(keychain);
    QSignalSpy probed(m_session, &AppSession::keychainProbed);
    m_session->probeKeychain();
    QCOMPARE(keychain->waitingKeys().size(), 1);
    QVERIFY(keychain->answer(keychain->waitingKeys().constFirst(), error));
    QVERIFY(probed.wait(5000));
    QCOMPARE(probed.at(0).at(0).value<AppSession::KeychainState>(), AppSession::KeychainState::Unavailable);
    QCOMPARE(m_session->keychainState(), AppSession::KeychainState::Unavailable);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(m_session->keychainProblem(), error.message);
}

std::optional<EnvironmentProfileOffer> TestAppSession::offer(const QProcessEnvironment &env)
{
    std::optional<EnvironmentProfileOffer> result;
    const bool offered = m_session->offerEnvironmentProfile(
        env, this, [&result](const EnvironmentProfileOffer &offer) { result = offer; });
    if (!offered || !QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

void TestAppSession::environment_withoutKey_offersNothing_data()
{
    QTest::addColumn<QProcessEnvironment>("env");
    QTest::newRow("nothing set") << QProcessEnvironment();
    QTest::newRow("ID only") << keyEnvironment(u"LTAI5tEnvOnlyIdAbcd"_s, {});
    QTest::newRow("secret only") << keyEnvironment({}, kEnvironmentSecret, kEnvironmentToken, u"us-east-1"_s);
}

void TestAppSession::environment_withoutKey_offersNothing()
{
    QFETCH(QProcessEnvironment, env);
    bool called = false;
    QVERIFY(!m_session->offerEnvironmentProfile(env, this, [&called](const auto &) { called = true; }));
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(m_session->profileNames().isEmpty());
}

void TestAppSession::environment_key_isSessionOnlyProfileWithRegion_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("regionVariable");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("note"); // a part of it; empty: none
    QTest::newRow("no region") << QByteArray() << QString() << u"cn-hangzhou"_s << QString();
    QTest::newRow("Direct Mail region")
        << QByteArray() << u"ap-southeast-1"_s << u"ap-southeast-1"_s << QString();
    QTest::newRow("region without Direct Mail")
        << QByteArray() << u"cn-beijing"_s << u"cn-hangzhou"_s << u"no endpoint in cn-beijing"_s;
    QTest::newRow("STS token") << kEnvironmentToken << u"eu-central-1"_s << u"eu-central-1"_s << QString();
}

void TestAppSession::environment_key_isSessionOnlyProfileWithRegion()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, regionVariable);
    QFETCH(QString, region);
    QFETCH(QString, note);
    const QString id = u"LTAI5tEnvKeyIdWxYz"_s;
    const auto offered = offer(keyEnvironment(id, kEnvironmentSecret, token, regionVariable));
    QVERIFY(offered);
    QVERIFY2(offered->ok(), qPrintable(offered->note));
    QCOMPARE(offered->name, u"environment"_s);
    QVERIFY2(note.isEmpty() ? offered->note.isEmpty() : offered->note.contains(note),
             qPrintable(offered->note));
    QCOMPARE(m_session->profileNames(), QStringList{u"environment"_s});
    QVERIFY(m_session->isSessionOnly(u"environment"_s));
    const auto profile = m_session->profile(u"environment"_s);
    QVERIFY(profile);
    QCOMPARE(profile->accessKeyId, id);
    QCOMPARE(profile->regionId, region);
    QCOMPARE(profile->hasSecurityToken, !token.isEmpty());

    QSignalSpy activated(m_session, &AppSession::profileActivated);
    m_session->activate(u"environment"_s);
    QVERIFY(activated.wait(5000));
    const ClientConfig &config = m_session->client()->config();
    QCOMPARE(config.key.id, id);
    QVERIFY(m_session->client()->secret()->view() == kEnvironmentSecret); // compared, never printed
    QVERIFY(config.key.securityToken == QString::fromLatin1(token));
    QCOMPARE(config.endpoint, publicEndpointForRegion(region));

    // Only in memory: not in the keychain, not in the saved settings, in no file at all.
    const auto stored =
        readSecretBlocking(*m_session->savedProfiles()->secrets(), secretKeyFor(u"environment"_s));
    QCOMPARE(stored.error->kind, CredentialError::Kind::NotFound);
    QVERIFY(!ProfileStore().contains(u"environment"_s));
    QCOMPARE(filesContaining(m_runtime.path(), id.toLatin1()).size(), 1); // the scan's control
    for (const QString &root : {m_config.path(), m_runtime.path()}) {
        QVERIFY(filesContaining(root, kEnvironmentSecret).isEmpty());
        QVERIFY(filesContaining(root, kEnvironmentToken).isEmpty());
    }
}

void TestAppSession::environment_nameTaken_usesAnother()
{
    QVERIFY(add(m_session->savedProfiles(), makeProfile(u"Environment"_s)));
    const auto offered = offer(keyEnvironment(u"LTAI5tEnvKeyIdWxYz"_s, kEnvironmentSecret));
    QVERIFY(offered && offered->ok());
    QCOMPARE(offered->name, u"environment-2"_s);
    QCOMPARE(m_session->profileNames(), (QStringList{u"Environment"_s, u"environment-2"_s}));
    QCOMPARE(m_session->profile(u"Environment"_s)->accessKeyId, makeProfile(u"Environment"_s).accessKeyId);
}

void TestAppSession::environment_badKeyId_explainedWithoutProfile()
{
    const auto offered = offer(keyEnvironment(u"not a key id"_s, kEnvironmentSecret));
    QVERIFY(offered);
    QVERIFY(!offered->ok());
    QVERIFY2(offered->note.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(offered->note));
    QVERIFY(offered->note.contains(u"AccessKey ID does not look right"_s));
    QVERIFY(!offered->note.contains(u"not a key id"_s));
    QVERIFY(m_session->profileNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
