// CredentialStore against a REAL Secret Service (scripts/test: dbus-run-session + unlocked
// gnome-keyring). Environment-dependent paths (no GLib dispatcher, no provider, locked keyring,
// KDE without KWallet) run in a child process, credentialprobe.

#include "credentials/credentialstore.h"
#include "secretscan.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sendtrail {

namespace {

const QString kTestService = u"io.github.sendtrail.test"_s;

struct ProbeRun
{
    QStringList lines;
    int exitCode = -1;
    QString stderrText;
};

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void writeThenRead_returnsSameBytes_data();
    void writeThenRead_returnsSameBytes();
    void writeTwice_readReturnsLatest();
    void remove_thenRead_reportsNotFoundWithoutClaimingAbsence();
    void remove_missingKey_succeeds();
    void entries_areSeparatePerKeyAndService();
    void signalApi_emitsPastTenseSignals();
    void signalApi_readMissing_emitsSecretFailedWithOperation();
    void handler_contextDestroyed_isNotCalled();
    void defaults_useOneServiceAndTenSecondTimeout();
    void timeout_tinyTimeout_reportsTimeoutExactlyOnce();
    void timeout_keychainNeverAnswers_reportsTimeout();
    void noProvider_onSessionBus_reportsNoKeychain();
    void noDefaultCollection_writeFailsAsLocked_readIsNotFound();
    void kdeWithoutKWallet_failsAndWritesNoPlaintext();
    void sources_neverEnableInsecureFallback();

private:
    QString key(const QString &name) const { return m_prefix + name; }
    ProbeRun runProbe(const QStringList &probeArgs, const QProcessEnvironment &env, const QByteArray &input,
                      const QStringList &wrapper = {});
    QProcessEnvironment isolatedEnvironment(const QString &root) const;

    QString m_prefix;
    QStringList m_written;
};

void TestCredentialStore::initTestCase()
{
    m_prefix = u"tst-credentialstore-%1-"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    // Fail loudly (not skip) when there is no keychain: the suite must run under scripts/test.
    CredentialStore store(kTestService, 10s);
    const auto probe = writeSecretBlocking(store, key(u"probe"_s), "probe");
    QVERIFY2(probe.ok(),
             qPrintable(u"A real Secret Service is required (run via scripts/test): "_s +
                        (probe.error ? probe.error->message + u" / "_s + probe.error->detail : QString())));
    m_written.append(key(u"probe"_s));
}

void TestCredentialStore::cleanupTestCase()
{
    CredentialStore store(kTestService, 10s);
    for (const QString &k : std::as_const(m_written))
        removeSecretBlocking(store, k);
}

void TestCredentialStore::writeThenRead_returnsSameBytes_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QByteArray("LTAI-like-Secret-0123456789abcdef");
    QTest::newRow("non-ascii utf8") << u"pässwörd-密钥-🔑"_s.toUtf8();
    QTest::newRow("base64 characters + / =") << QByteArray("a+b/c==d+/=");
    QTest::newRow("binary with NUL and newline") << QByteArray("a\0b\nc\r\xff", 8);
    QTest::newRow("single byte") << QByteArray("x");
    QTest::newRow("4 KiB") << QByteArray(4096, 'k');
}

void TestCredentialStore::writeThenRead_returnsSameBytes()
{
    QFETCH(QByteArray, secret);
    CredentialStore store(kTestService, 10s);
    const QString k = key(QString::fromLatin1(QTest::currentDataTag()));
    m_written.append(k);

    const auto written = writeSecretBlocking(store, k, secret);
    QVERIFY2(written.ok(), qPrintable(written.error ? written.error->message : QString()));
    const auto read = readSecretBlocking(store, k);
    QVERIFY2(read.ok(), qPrintable(read.error ? read.error->message : QString()));
    QCOMPARE(read.secret, secret);
}

void TestCredentialStore::writeTwice_readReturnsLatest()
{
    CredentialStore store(kTestService, 10s);
    const QString k = key(u"replace"_s);
    m_written.append(k);
    QVERIFY(writeSecretBlocking(store, k, "first-secret").ok());
    QVERIFY(writeSecretBlocking(store, k, "second-secret").ok());
    const auto read = readSecretBlocking(store, k);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QByteArray("second-secret"));
}

void TestCredentialStore::remove_thenRead_reportsNotFoundWithoutClaimingAbsence()
{
    CredentialStore store(kTestService, 10s);
    const QString k = key(u"remove"_s);
    QVERIFY(writeSecretBlocking(store, k, "to-be-removed").ok());
    QVERIFY(removeSecretBlocking(store, k).ok());

    const auto read = readSecretBlocking(store, k);
    QVERIFY(!read.ok());
    QCOMPARE(read.error->kind, CredentialError::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
    // A locked keyring also reads as "not found", so the message must not claim there is no key.
    QVERIFY2(read.error->message.contains(u"locked"_s), qPrintable(read.error->message));
}

void TestCredentialStore::remove_missingKey_succeeds()
{
    CredentialStore store(kTestService, 10s);
    QVERIFY(removeSecretBlocking(store, key(u"never-written"_s)).ok());
}

void TestCredentialStore::entries_areSeparatePerKeyAndService()
{
    CredentialStore store(kTestService, 10s);
    CredentialStore other(kTestService + u".other"_s, 10s);
    const QString a = key(u"sep-a"_s);
    const QString b = key(u"sep-a/sts"_s);
    m_written << a << b;
    QVERIFY(writeSecretBlocking(store, a, "secret-a").ok());
    QVERIFY(writeSecretBlocking(store, b, "token-b").ok());

    QCOMPARE(readSecretBlocking(store, a).secret, QByteArray("secret-a"));
    QCOMPARE(readSecretBlocking(store, b).secret, QByteArray("token-b"));
    const auto otherService = readSecretBlocking(other, a);
    QVERIFY(!otherService.ok());
    QCOMPARE(otherService.error->kind, CredentialError::Kind::NotFound);
}

void TestCredentialStore::signalApi_emitsPastTenseSignals()
{
    CredentialStore store(kTestService, 10s);
    const QString k = key(u"signals"_s);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy removed(&store, &SecretStore::secretRemoved);
    QSignalSpy failed(&store, &SecretStore::secretFailed);

    store.writeSecret(k, "signal-secret");
    QVERIFY(written.wait(15000));
    QCOMPARE(written.first().at(0).toString(), k);
    store.readSecret(k);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().at(0).toString(), k);
    QCOMPARE(read.first().at(1).toByteArray(), QByteArray("signal-secret"));
    store.removeSecret(k);
    QVERIFY(removed.wait(15000));
    QCOMPARE(removed.first().at(0).toString(), k);
    QCOMPARE(failed.count(), 0);
}

void TestCredentialStore::signalApi_readMissing_emitsSecretFailedWithOperation()
{
    CredentialStore store(kTestService, 10s);
    QSignalSpy failed(&store, &SecretStore::secretFailed);
    QSignalSpy read(&store, &SecretStore::secretRead);
    store.readSecret(key(u"missing"_s));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(1).value<SecretStore::Operation>(), SecretStore::Operation::Read);
    QCOMPARE(failed.first().at(2).value<CredentialError>().kind, CredentialError::Kind::NotFound);
    QCOMPARE(read.count(), 0);
}

void TestCredentialStore::handler_contextDestroyed_isNotCalled()
{
    CredentialStore store(kTestService, 10s);
    auto *context = new QObject;
    bool called = false;
    store.read(key(u"missing-ctx"_s), context, [&](const SecretStore::Result &) { called = true; });
    delete context;
    // A later job on the same (serialised) QtKeychain queue finishes after the first one.
    QVERIFY(!readSecretBlocking(store, key(u"missing-ctx"_s)).ok());
    QVERIFY(!called);
}

void TestCredentialStore::defaults_useOneServiceAndTenSecondTimeout()
{
    CredentialStore store;
    QCOMPARE(store.service(), u"io.github.sendtrail"_s);
    QCOMPARE(store.timeout(), 10000ms);
    QVERIFY(store.isPersistent());
}

void TestCredentialStore::timeout_tinyTimeout_reportsTimeoutExactlyOnce()
{
    // A D-Bus round trip to gnome-keyring takes far longer than 1 ms.
    CredentialStore hasty(kTestService, 1ms);
    int calls = 0;
    std::optional<CredentialError> error;
    hasty.read(key(u"probe"_s), nullptr, [&](const SecretStore::Result &result) {
        ++calls;
        error = result.error;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(error);
    QCOMPARE(error->kind, CredentialError::Kind::Timeout);
    QVERIFY2(error->message.contains(u"did not answer"_s), qPrintable(error->message));

    // The abandoned job still completes; its late result must not be delivered a second time,
    // and the keychain stays usable.
    CredentialStore patient(kTestService, 10s);
    const auto after = readSecretBlocking(patient, key(u"probe"_s));
    QVERIFY(after.ok());
    QCOMPARE(after.secret, QByteArray("probe"));
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestCredentialStore::timeout_keychainNeverAnswers_reportsTimeout()
{
    // With QT_NO_GLIB=1, libsecret's callbacks never run ([verified] in reliability.md §1), so the
    // job never finishes: only our timer can end it.
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_NO_GLIB"_s, u"1"_s);
    const ProbeRun run = runProbe({kTestService, u"300"_s, u"read:"_s + key(u"probe"_s)}, env, {});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 1);
    QVERIFY2(run.lines.first().startsWith(u"error Timeout "_s), qPrintable(run.lines.join(u'\n')));
}

void TestCredentialStore::noProvider_onSessionBus_reportsNoKeychain()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is required (scripts/deps.sh installs dbus-bin)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A session bus with no <servicedir>: nothing can provide org.freedesktop.secrets.
    QFile config(dir.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>\n"
                 "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    const ProbeRun run = runProbe({kTestService, u"10000"_s, u"write:nokeychain"_s, u"read:nokeychain"_s},
                                  isolatedEnvironment(dir.path()), "never-stored\n",
                                  {dbusRunSession, u"--config-file="_s + config.fileName(), u"--"_s});
    QCOMPARE(run.lines.size(), 2);
    for (const QString &line : run.lines) {
        QVERIFY2(line.startsWith(u"error NoKeychain No system keychain is available"_s), qPrintable(line));
    }
}

void TestCredentialStore::noDefaultCollection_writeFailsAsLocked_readIsNotFound()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    QVERIFY(!dbusRunSession.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The default session bus auto-activates gnome-keyring, which without --unlock and without a
    // display has no "login" collection: the state of a locked keyring.
    const ProbeRun run =
        runProbe({kTestService, u"10000"_s, u"write:locked"_s, u"read:locked"_s, u"remove:locked"_s},
                 isolatedEnvironment(dir.path()), "never-stored\n", {dbusRunSession, u"--"_s});
    QCOMPARE(run.lines.size(), 3);
    QVERIFY2(run.lines.at(0).startsWith(u"error Locked "_s),
             qPrintable(run.lines.join(u'\n') + run.stderrText));
    QVERIFY2(run.lines.at(1).startsWith(u"error NotFound "_s), qPrintable(run.lines.at(1)));
    QVERIFY2(run.lines.at(1).contains(u"locked"_s), qPrintable(run.lines.at(1)));
    // The documented trap: deleting from a locked keyring reports success.
    QCOMPARE(run.lines.at(2), u"ok"_s);
}

void TestCredentialStore::kdeWithoutKWallet_failsAndWritesNoPlaintext()
{
    // KDE 4 selects KWallet unconditionally; with no kwalletd the write fails. Had insecureFallback
    // been on, QtKeychain would have "succeeded" by writing the secret to QSettings in clear.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto env = isolatedEnvironment(dir.path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
    env.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
    const QByteArray secret = "kde-plaintext-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const ProbeRun run =
        runProbe({kTestService, u"10000"_s, u"write:kde"_s, u"read:kde"_s}, env, secret + '\n');
    QCOMPARE(run.lines.size(), 2);
    QVERIFY2(run.lines.at(0).startsWith(u"error NoKeychain "_s), qPrintable(run.lines.join(u'\n')));
    QVERIFY2(run.lines.at(1).startsWith(u"error "_s), qPrintable(run.lines.at(1)));
    const auto scan = test::scanForSecrets({dir.path()}, test::secretForms(secret));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u", "_s)));
}

void TestCredentialStore::sources_neverEnableInsecureFallback()
{
    const QString appDir = QDir::cleanPath(QStringLiteral(SENDTRAIL_TEST_DATA_DIR) + u"/../../../app"_s);
    QVERIFY(QFileInfo::exists(appDir + u"/credentials/credentialstore.cpp"_s));
    int checked = 0;
    QDirIterator it(appDir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray code = file.readAll();
        ++checked;
        QVERIFY2(!code.contains("setInsecureFallback(true"), qPrintable(file.fileName()));
        QVERIFY2(!code.contains("setInsecureFallback( true"), qPrintable(file.fileName()));
    }
    QVERIFY(checked > 5);
}

ProbeRun TestCredentialStore::runProbe(const QStringList &probeArgs, const QProcessEnvironment &env,
                                       const QByteArray &input, const QStringList &wrapper)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList command = wrapper;
    command << QStringLiteral(CREDENTIALPROBE_PATH) << probeArgs;
    process.start(command.takeFirst(), command);
    ProbeRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(40000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment TestCredentialStore::isolatedEnvironment(const QString &root) const
{
    QDir(root).mkpath(u"home"_s);
    QDir(root).mkpath(u"config"_s);
    QDir(root).mkpath(u"data"_s);
    QDir().mkpath(root + u"/run"_s);
    QFile::setPermissions(root + u"/run"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, root + u"/run"_s);
    return env;
}

} // namespace sendtrail

QTEST_GUILESS_MAIN(sendtrail::TestCredentialStore)
#include "tst_credentialstore.moc"
