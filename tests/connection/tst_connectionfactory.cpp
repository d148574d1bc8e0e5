// From "a profile" or "an endpoint plus environment credentials" to a configured client.
#include "connection/connection.h"
#include "connection/connectionfactory.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "credentials/sessionsecretstore.h"
#include "records/mailquery.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr auto kKeyId = "LTAI5tSendtrailTestKey01";

void setEnvKey(const QByteArray &id, const QByteArray &secret, const QByteArray &token = {})
{
    for (const auto &[name, value] :
         {std::pair{"ALIBABA_CLOUD_ACCESS_KEY_ID", id}, std::pair{"ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret},
          std::pair{"ALIBABA_CLOUD_SECURITY_TOKEN", token}}) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

// Opens and waits for the answer; also proves the answer never comes from inside open().
std::optional<ConnectionOutcome> openAndWait(ConnectionFactory &factory, const ConnectionSpec &spec,
                                             Connection &connection)
{
    std::optional<ConnectionOutcome> outcome;
    factory.open(spec, &connection, &connection, [&outcome](const ConnectionOutcome &o) { outcome = o; });
    if (outcome)
        return std::nullopt; // answered re-entrantly: callers cannot rely on that
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestConnectionFactory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileStore *m_profiles = nullptr;
    SessionSecretStore *m_secrets = nullptr;
    std::unique_ptr<ConnectionFactory> m_factory;

    void addProfile(const Profile &profile, const QByteArray &secret)
    {
        ProfileCredentials credentials(m_profiles, m_secrets);
        const ProfileOutcome outcome = addProfileBlocking(credentials, profile, secret, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    }

private Q_SLOTS:
    void init()
    {
        m_factory.reset();
        const QString file = u"profiles-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()));
        m_profiles = new ProfileStore(m_dir.filePath(file));
        m_secrets = new SessionSecretStore;
        m_factory = std::make_unique<ConnectionFactory>(m_profiles, m_secrets);
        m_profiles->setParent(m_factory.get());
        m_secrets->setParent(m_factory.get());
        setEnvKey({}, {});
    }

    void keyFromEnvironment_needsIdAndSecret_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("found");
        QTest::newRow("id and secret") << u"LTAI5tA"_s << u"s3cret"_s << QString() << true;
        QTest::newRow("with STS token") << u"STS.abc"_s << u"s3cret"_s << u"tok"_s << true;
        QTest::newRow("no id") << QString() << u"s3cret"_s << QString() << false;
        QTest::newRow("no secret") << u"LTAI5tA"_s << QString() << QString() << false;
        QTest::newRow("nothing") << QString() << QString() << QString() << false;
    }

    void keyFromEnvironment_needsIdAndSecret()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(QString, token);
        QFETCH(bool, found);
        QProcessEnvironment env;
        if (!id.isEmpty())
            env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, id);
        if (!secret.isEmpty())
            env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, secret);
        if (!token.isEmpty())
            env.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, token);
        const auto key = ConnectionFactory::keyFromEnvironment(env);
        QCOMPARE(key.has_value(), found);
        if (found) {
            QCOMPARE(key->id, id);
            QCOMPARE(key->secret, secret.toUtf8());
            QCOMPARE(key->securityToken, token);
        }
    }

    void environmentKey_configuresTheClient_andItReachesTheService()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        setEnvKey(sandboxDemoAccessKey().id.toUtf8(), sandboxDemoAccessKey().secret);
        Connection connection;
        ConnectionSpec spec;
        spec.endpoint = server.endpoint();
        spec.regionId = u"ap-southeast-1"_s;
        spec.maxAttempts = 6;
        const auto outcome = openAndWait(*m_factory, spec, connection);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
        const ClientConfig &config = connection.client()->config();
        QCOMPARE(config.endpoint, server.endpoint());
        QCOMPARE(config.regionId, u"ap-southeast-1"_s);
        QCOMPARE(config.signatureVersion, SignatureVersion::V3);
        QCOMPARE(config.maxAttempts, 6);
        QCOMPARE(config.key.id, sandboxDemoAccessKey().id);

        MailQuery query;
        query.end = QDateTime::currentDateTimeUtc();
        query.start = query.end.addDays(-1);
        ApiCall *call =
            connection.client()->call(QString::fromLatin1(kDetailAction),
                                      queryParams(query, splitWindows(query.start, query.end).value(0), {}));
        QSignalSpy succeeded(call, &ApiCall::succeeded);
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(server.callCount(), 1);
    }

    void noEnvironmentKey_isAUsageProblem_thatNamesTheVariables()
    {
        Connection connection;
        ConnectionSpec spec;
        spec.endpoint = QUrl(u"https://dm.aliyuncs.com/"_s);
        const auto outcome = openAndWait(*m_factory, spec, connection);
        QVERIFY(outcome);
        QCOMPARE(outcome->problem, ConnectionOutcome::Problem::NoCredentials);
        QVERIFY(outcome->message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s));
        QVERIFY(outcome->message.contains(u"--profile"_s));
        QVERIFY(connection.client()->config().key.id.isEmpty());
    }

    void profile_configuresEndpointRegionSignatureAndKey()
    {
        Profile profile;
        profile.name = u"work"_s;
        profile.accessKeyId = QString::fromLatin1(kKeyId);
        profile.regionId = u"ap-southeast-1"_s;
        profile.signatureVersion = SignatureVersion::V1;
        addProfile(profile, "profile-secret");
        Connection connection;
        ConnectionSpec spec;
        spec.profileName = u"work"_s;
        const auto outcome = openAndWait(*m_factory, spec, connection);
        QVERIFY(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
        QCOMPARE(outcome->profile->name, u"work"_s);
        const ClientConfig &config = connection.client()->config();
        QCOMPARE(config.endpoint, effectiveEndpoint(profile));
        QCOMPARE(config.regionId, u"ap-southeast-1"_s);
        QCOMPARE(config.signatureVersion, SignatureVersion::V1);
        QCOMPARE(config.key.id, QString::fromLatin1(kKeyId));
        QVERIFY(connection.client()->secret()->view() == "profile-secret");
    }

    void commandLineSettings_replaceTheProfiles()
    {
        Profile profile;
        profile.name = u"work"_s;
        profile.accessKeyId = QString::fromLatin1(kKeyId);
        profile.regionId = u"cn-hangzhou"_s;
        addProfile(profile, "profile-secret");
        Connection connection;
        ConnectionSpec spec;
        spec.profileName = u"work"_s;
        spec.endpoint = QUrl(u"http://127.0.0.1:9/"_s);
        spec.regionId = u"us-east-1"_s;
        spec.signatureVersion = SignatureVersion::V1;
        spec.maxAttempts = 3;
        const auto outcome = openAndWait(*m_factory, spec, connection);
        QVERIFY(outcome && outcome->ok());
        const ClientConfig &config = connection.client()->config();
        QCOMPARE(config.endpoint, spec.endpoint);
        QCOMPARE(config.regionId, u"us-east-1"_s);
        QCOMPARE(config.signatureVersion, SignatureVersion::V1);
        QCOMPARE(config.maxAttempts, 3);
    }

    void unknownProfile_isAProfileProblem_andLeavesTheClientAlone()
    {
        Connection connection;
        ConnectionSpec spec;
        spec.profileName = u"nobody"_s;
        const auto outcome = openAndWait(*m_factory, spec, connection);
        QVERIFY(outcome);
        QCOMPARE(outcome->problem, ConnectionOutcome::Problem::Profile);
        QVERIFY(outcome->message.contains(u"nobody"_s));
        QVERIFY(connection.client()->config().key.id.isEmpty());
    }

    void deadContext_neverHearsTheAnswer()
    {
        setEnvKey("LTAI5tA", "s3cret");
        Connection connection;
        auto *context = new QObject;
        bool called = false;
        ConnectionSpec spec;
        spec.endpoint = QUrl(u"https://dm.aliyuncs.com/"_s);
        m_factory->open(spec, &connection, context, [&called](const ConnectionOutcome &) { called = true; });
        delete context;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestConnectionFactory)
#include "tst_connectionfactory.moc"
