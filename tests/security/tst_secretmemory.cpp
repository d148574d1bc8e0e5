// Follows an AccessKey secret through the real client: signing N requests (V3 and V1) against
// the sandbox, then destroying the client and wiping the source, must leave no copy of it
// anywhere in this process's writable memory. The sandbox that checks the signatures runs in a
// forked child, so its own copies (and Qt's HMAC there) live in another address space.

#include "api/apiclient.h"
#include "api/clock.h"
#include "api/secretbytes.h"
#include "api/signer.h"
#include "memoryscan.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QString kKeyId = u"MemoryScanKeyId0001"_s;
constexpr int kRequestsPerVersion = 12;

// Letters and digits only (an AccessKey secret's alphabet), drawn at run time: a literal would
// sit in .rodata, which is not writable and so never scanned, but would prove nothing.
QByteArray randomSecret()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray secret(30, '\0');
    for (char &c : secret)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return secret;
}

QByteArray g_source; // the test's own copy of the secret, as a keychain read would hand it over
pid_t g_sandbox = -1;
quint16 g_port = 0;

// The child: a sandbox that accepts exactly this key, until the parent goes away.
[[noreturn]] void serveSandbox(int argc, char **argv, int portPipe)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    SandboxServer server;
    SandboxOptions options;
    options.accessKeys = {SandboxAccessKey{kKeyId, g_source, {}}};
    server.setOptions(options);
    const quint16 port = server.listen() ? server.port() : 0;
    (void)!::write(portPipe, &port, sizeof port);
    ::close(portPipe);
    ::_exit(port ? app.exec() : 1);
}

bool startSandbox(int argc, char **argv)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    g_sandbox = ::fork();
    if (g_sandbox == 0) {
        ::close(fds[0]);
        serveSandbox(argc, argv, fds[1]);
    }
    ::close(fds[1]);
    const bool ok = g_sandbox > 0 && ::read(fds[0], &g_port, sizeof g_port) == sizeof g_port && g_port != 0;
    ::close(fds[0]);
    return ok;
}

void stopSandbox()
{
    if (g_sandbox <= 0)
        return;
    ::kill(g_sandbox, SIGTERM);
    ::waitpid(g_sandbox, nullptr, 0);
}

QList<test::MaskedNeedle> needlesFor(QByteArrayView secret)
{
    const test::MaskedNeedle raw(secret);
    return {raw, raw.utf16()};
}

QString describe(const test::MemoryScan &scan)
{
    return u"%1 hit(s) in %2 of %3 regions (%4 MiB scanned): %5"_s.arg(scan.hits)
        .arg(scan.hitRegions.size())
        .arg(scan.regions)
        .arg(scan.bytesScanned >> 20)
        .arg(QString::fromLatin1(scan.hitRegions.join(" | ")));
}

} // namespace

class TestSecretMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_findsASecretThatIsDeliberatelyKept();
    void scan_findsNothingOnceThatSecretIsWiped();
    void signingThroughTheClient_leavesNoCopyOnceClientAndSourceAreGone();

private:
    QList<test::MaskedNeedle> m_controlNeedles;
    QByteArray m_kept;
    QString m_keptText;
};

// Positive control: a copy in a QByteArray and one in a QString (UTF-16) are both found.
void TestSecretMemory::scan_findsASecretThatIsDeliberatelyKept()
{
    m_kept = randomSecret();
    m_controlNeedles = needlesFor(m_kept);
    m_keptText = QString::fromLatin1(m_kept);
    const test::MemoryScan raw = test::scanOwnMemory({m_controlNeedles.at(0)});
    const test::MemoryScan wide = test::scanOwnMemory({m_controlNeedles.at(1)});
    QVERIFY2(raw.hits >= 1, qPrintable(describe(raw)));
    QVERIFY2(wide.hits >= 1, qPrintable(describe(wide)));
    QVERIFY(raw.bytesScanned > 1 << 20);
}

void TestSecretMemory::scan_findsNothingOnceThatSecretIsWiped()
{
    wipeBytes(m_kept);
    wipeText(m_keptText);
    const test::MemoryScan scan = test::scanOwnMemory(m_controlNeedles);
    QVERIFY2(scan.hits == 0, qPrintable(describe(scan)));
}

void TestSecretMemory::signingThroughTheClient_leavesNoCopyOnceClientAndSourceAreGone()
{
    QVERIFY(g_port != 0);
    const QList<test::MaskedNeedle> needles = needlesFor(g_source);
    {
        QNetworkAccessManager nam;
        SystemClock clock;
        UuidNonceSource nonces;
        auto client = std::make_unique<ApiClient>(&nam, &clock, &nonces);
        ClientConfig config;
        config.endpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(g_port));
        config.key.id = kKeyId;
        // A keychain read hands over a fresh array of its own; so does this deep copy.
        config.key.secret = QByteArray(g_source.constData(), g_source.size());
        config.maxAttempts = 1;
        client->setConfig(std::move(config));
        QVERIFY(config.key.secret.isEmpty());

        int succeeded = 0;
        for (SignatureVersion version : {SignatureVersion::V3, SignatureVersion::V1}) {
            ClientConfig settings = client->config();
            settings.signatureVersion = version;
            client->setSettings(settings);
            for (int i = 0; i < kRequestsPerVersion; ++i) {
                ApiCall *call = client->call(u"QueryTagByParam"_s, {{u"PageSize"_s, u"10"_s}});
                bool done = false;
                connect(call, &ApiCall::succeeded, this, [&] {
                    done = true;
                    ++succeeded;
                });
                connect(call, &ApiCall::failed, this, [&](const ApiError &error) {
                    done = true;
                    qWarning() << "call failed:" << error.code << error.message;
                });
                QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            }
        }
        QCOMPARE(succeeded, 2 * kRequestsPerVersion); // the sandbox verified every signature
        client.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    wipeBytes(g_source);
    const test::MemoryScan scan = test::scanOwnMemory(needles);
    QVERIFY2(scan.hits == 0, qPrintable(describe(scan)));
    QVERIFY(scan.regions > 10);
}

int main(int argc, char **argv)
{
    // Drawn and forked before anything else runs, so the child holds the key from the start and
    // the parent's only copy is g_source.
    g_source = randomSecret();
    if (!startSandbox(argc, argv)) {
        stopSandbox();
        std::fprintf(stderr, "could not start the sandbox child\n");
        return 1;
    }
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        TestSecretMemory test;
        status = QTest::qExec(&test, argc, argv);
    }
    stopSandbox();
    return status;
}

#include "tst_secretmemory.moc"
