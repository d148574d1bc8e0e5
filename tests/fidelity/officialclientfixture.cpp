#include "officialclientfixture.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sendtrail::test {

namespace {

constexpr int kNpmTimeoutMs = 480000;
constexpr int kNodeTimeoutMs = 120000;

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

QList<QJsonObject> pagesOf(const NodeRun &run)
{
    QList<QJsonObject> pages;
    for (const QString &line : run.stderrText.split(u'\n')) {
        if (line.startsWith(u"page "_s))
            pages.append(QJsonDocument::fromJson(line.mid(5).toUtf8()).object());
    }
    return pages;
}

bool OfficialClientFixture::copyFixture(const QString &name) const
{
    const QString from = QStringLiteral(SENDTRAIL_SOURCE_DIR) + u"/tests/fidelity/"_s + name;
    const QString to = m_workDir + u'/' + name;
    if (fileDigest(from) == fileDigest(to))
        return true;
    QFile::remove(to);
    return QFile::copy(from, to);
}

void OfficialClientFixture::prepare(const QStringList &scripts)
{
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    QVERIFY2(!m_node.isEmpty() && !npm.isEmpty(), "node and npm are required (Debian packages nodejs, npm)");
    m_workDir = QCoreApplication::applicationDirPath() + u"/officialclient"_s;
    QVERIFY(QDir().mkpath(m_workDir));
    for (const QString &name :
         QStringList{u"package.json"_s, u"package-lock.json"_s, u"client.mjs"_s} + scripts)
        QVERIFY2(copyFixture(name), qPrintable(name));
    // npm ci writes node_modules/.package-lock.json; reinstall only when the lock file changed.
    const QString stamp = m_workDir + u"/node_modules/.sendtrail-lock-sha256"_s;
    const QByteArray lockDigest = fileDigest(m_workDir + u"/package-lock.json"_s);
    QFile stampFile(stamp);
    if (stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == lockDigest)
        return;
    stampFile.close();
    QProcess install;
    install.setWorkingDirectory(m_workDir);
    install.setProcessChannelMode(QProcess::MergedChannels);
    // Scripts off: the only one (openapi-core's postinstall) does nothing on Node >= 14.
    install.start(npm, {u"ci"_s, u"--ignore-scripts"_s, u"--no-audit"_s, u"--no-fund"_s});
    QVERIFY2(install.waitForFinished(kNpmTimeoutMs), "npm ci timed out");
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
             install.readAll().right(4000).constData());
    QVERIFY(stampFile.open(QIODevice::WriteOnly));
    stampFile.write(lockDigest);
}

NodeRun OfficialClientFixture::run(SandboxServer &server, const QString &script, const QStringList &args,
                                   const QByteArray &secret) const
{
    QProcess node;
    node.setWorkingDirectory(m_workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SENDTRAIL_ENDPOINT"_s, u"http://127.0.0.1:%1"_s.arg(server.port()));
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, SandboxServer::demoAccessKeyId());
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(secret));
    node.setProcessEnvironment(env);
    node.start(m_node, QStringList{script} + args);
    NodeRun run;
    // The server lives in this process: keep the event loop turning while node talks to it.
    if (!QTest::qWaitFor([&] { return node.state() == QProcess::NotRunning; }, kNodeTimeoutMs)) {
        node.kill();
        node.waitForFinished();
        run.stderrText = u"node timed out"_s;
        return run;
    }
    run.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    run.stderrText = QString::fromUtf8(node.readAllStandardError());
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            run.records.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

void OfficialClientFixture::checkRefused(SandboxServer &server, const QString &script,
                                         const QStringList &args, const QByteArray &secret, int throttleEvery,
                                         const QString &expected) const
{
    SandboxOptions options = server.options();
    options.throttleEvery = throttleEvery;
    server.setOptions(options);
    const int callsBefore = server.callCount();
    const NodeRun refused = run(server, script, args, secret);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.stderrText.contains(expected), qPrintable(refused.stderrText));
    QCOMPARE(server.callCount(), callsBefore + 1);
}

} // namespace sendtrail::test
