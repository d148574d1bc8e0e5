// "Does this profile work?" against the real sandbox: one cheap call, its answer in signals.
#include "connection/connection.h"
#include "connection/connectiontest.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestConnectionTest final : public QObject
{
    Q_OBJECT

private:
    static AccessKey demoKey() { return {sandboxDemoAccessKey().id, sandboxDemoAccessKey().secret, {}}; }

    static Profile sandboxProfile(const SandboxServer &server)
    {
        Profile profile;
        profile.name = u"sandbox"_s;
        profile.accessKeyId = sandboxDemoAccessKey().id;
        profile.customEndpoint = server.endpoint();
        return profile;
    }

private Q_SLOTS:
    void rightKey_passes_withTheRequestId()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        Connection base;
        ConnectionTest test(&base);
        QSignalSpy passed(&test, &ConnectionTest::passed);
        QSignalSpy failed(&test, &ConnectionTest::failed);
        test.run(sandboxProfile(server), demoKey());
        QVERIFY(test.isRunning());
        QVERIFY(passed.wait(10000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!passed.first().at(0).toString().isEmpty()); // RequestId
        QVERIFY(passed.first().at(1).toBool());              // sending records came back
        QCOMPARE(server.callCount(), 1);
        // The active connection is untouched.
        QVERIFY(base.client()->config().key.id.isEmpty());
    }

    void wrongSecret_failsWithTheServiceCode()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        Connection base;
        ConnectionTest test(&base);
        QSignalSpy failed(&test, &ConnectionTest::failed);
        AccessKey key = demoKey();
        key.secret = "not-the-secret";
        test.run(sandboxProfile(server), key);
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Service);
        QVERIFY(!error.code.isEmpty());
        QCOMPARE(error.action, u"SenderStatisticsDetailByParam"_s); // every failure names its call
    }

    void secondRun_replacesTheFirst_whichNeverReports()
    {
        SandboxServer server;
        QVERIFY(server.listen());
        SandboxOptions slow;
        slow.latencyMs = 200;
        server.setOptions(slow);
        Connection base;
        ConnectionTest test(&base);
        QSignalSpy passed(&test, &ConnectionTest::passed);
        QSignalSpy failed(&test, &ConnectionTest::failed);
        AccessKey wrong = demoKey();
        wrong.secret = "not-the-secret";
        test.run(sandboxProfile(server), wrong);
        test.run(sandboxProfile(server), demoKey());
        QVERIFY(passed.wait(10000));
        QCOMPARE(passed.size(), 1);
        QVERIFY(failed.isEmpty()); // neither the wrong key's answer nor a "cancelled"
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
