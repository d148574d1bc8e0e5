// Official-client fidelity: the real @alicloud/dm20151123 SDK (V3 and V1 signing) pages through the
// in-process sandbox and must get exactly the data set's records. npm must be present: no skip.
#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QDateTime kAnchor = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
constexpr int kNpmTimeoutMs = 480000;
constexpr int kNodeTimeoutMs = 120000;

QString serviceTime(const QDateTime &instant)
{
    return instant.toUTC().addSecs(8 * 3600).toString(u"yyyy-MM-dd HH:mm"_s);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

struct NodeRun
{
    int exitCode = -1;
    QList<QJsonObject> records;
    QString stderrText;
};

} // namespace

class TestOfficialClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagingWithOfficialClient_matchesDataset_data();
    void pagingWithOfficialClient_matchesDataset();
    void officialClient_readsErrorBodies_data();
    void officialClient_readsErrorBodies();

private:
    bool copyFixture(const QString &name);
    NodeRun runPage(SandboxServer &server, const QStringList &args, const QByteArray &secret);

    QString m_workDir;
    QString m_node;
};

bool TestOfficialClient::copyFixture(const QString &name)
{
    const QString from = QStringLiteral(SENDTRAIL_SOURCE_DIR) + u"/tests/fidelity/"_s + name;
    const QString to = m_workDir + u'/' + name;
    if (fileDigest(from) == fileDigest(to))
        return true;
    QFile::remove(to);
    return QFile::copy(from, to);
}

void TestOfficialClient::initTestCase()
{
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    QVERIFY2(!m_node.isEmpty() && !npm.isEmpty(), "node and npm are required (Debian packages nodejs, npm)");
    m_workDir = QCoreApplication::applicationDirPath() + u"/officialclient"_s;
    QVERIFY(QDir().mkpath(m_workDir));
    for (const QString &name : {u"package.json"_s, u"package-lock.json"_s, u"page.mjs"_s})
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

NodeRun TestOfficialClient::runPage(SandboxServer &server, const QStringList &args, const QByteArray &secret)
{
    QProcess node;
    node.setWorkingDirectory(m_workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SENDTRAIL_ENDPOINT"_s, u"http://127.0.0.1:%1"_s.arg(server.port()));
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, SandboxServer::demoAccessKeyId());
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(secret));
    node.setProcessEnvironment(env);
    node.start(m_node, QStringList{u"page.mjs"_s} + args);
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

void TestOfficialClient::pagingWithOfficialClient_matchesDataset_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("marker");
    QTest::addColumn<int>("endTime");
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("%s window", m.constData()) << mode << QString() << QString() << 0 << 0 << 0;
        QTest::addRow("%s oldest, empty marker, inclusive", m.constData())
            << mode << QString() << QString() << 1 << 1 << 1;
        QTest::addRow("%s plus address", m.constData())
            << mode << u"to"_s << u"user+tag@example.com"_s << 0 << 0 << 0;
        QTest::addRow("%s CJK tag", m.constData()) << mode << u"tag"_s << u"测试 tag*~"_s << 0 << 1 << 0;
        QTest::addRow("%s quoted tag", m.constData())
            << mode << u"tag"_s << u"promo,2024 \"spring\""_s << 1 << 0 << 1;
        QTest::addRow("%s status 2", m.constData()) << mode << u"status"_s << u"2"_s << 0 << 0 << 0;
    }
}

void TestOfficialClient::pagingWithOfficialClient_matchesDataset()
{
    QFETCH(QString, mode);
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(int, order);
    QFETCH(int, marker);
    QFETCH(int, endTime);
    SandboxServer server(SandboxDataset(9, kAnchor, 5000));
    SandboxOptions options;
    options.order = SandboxOrder(order);
    options.endMarker = SandboxEndMarker(marker);
    options.endTime = SandboxEndTime(endTime);
    server.setOptions(options);
    QVERIFY(server.listen());

    SandboxQuery query;
    query.order = options.order;
    query.endTime = options.endTime;
    const qint64 t = server.dataset().utcSeconds(2500); // end on a minute that holds a row
    query.end = QDateTime::fromSecsSinceEpoch(t - t % 60, Qt::UTC);
    query.start = query.end.addDays(filter.isEmpty() ? -4 : -30);
    QStringList args = {
        u"--mode"_s,   mode,    u"--start"_s, serviceTime(query.start), u"--end"_s, serviceTime(query.end),
        u"--length"_s, u"100"_s};
    if (filter == u"to"_s)
        query.toAddress = value;
    else if (filter == u"tag"_s)
        query.tagName = value;
    else if (filter == u"status"_s)
        query.status = value.toInt();
    if (!filter.isEmpty())
        args << u"--"_s + filter << value;
    const QList<QJsonObject> expected = server.dataset().expectedRecords(query);
    QVERIFY(expected.size() > 3);

    const NodeRun run = runPage(server, args, SandboxServer::demoAccessKeySecret());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(run.records.size(), expected.size());
    QCOMPARE(run.records, expected);
    const int pages = int((expected.size() + 99) / 100);
    QVERIFY2(run.stderrText.contains(u"pages=%1"_s.arg(pages)), qPrintable(run.stderrText));
    QCOMPARE(server.callCount(), pages);
}

void TestOfficialClient::officialClient_readsErrorBodies_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("throttleEvery");
    QTest::addColumn<QString>("expected");
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("%s wrong secret", m.constData())
            << mode << QByteArray("wrong") << 0 << u"code=SignatureDoesNotMatch status=400"_s;
        QTest::addRow("%s throttled", m.constData())
            << mode << SandboxServer::demoAccessKeySecret() << 1 << u"code=Throttling status=400"_s;
    }
}

void TestOfficialClient::officialClient_readsErrorBodies()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, secret);
    QFETCH(int, throttleEvery);
    QFETCH(QString, expected);
    SandboxServer server(SandboxDataset(9, kAnchor, 500));
    SandboxOptions options;
    options.throttleEvery = throttleEvery;
    server.setOptions(options);
    QVERIFY(server.listen());
    const NodeRun run = runPage(
        server, {u"--mode"_s, mode, u"--start"_s, u"2024-04-20 00:00"_s, u"--end"_s, u"2024-04-21 00:00"_s},
        secret);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText.contains(expected), qPrintable(run.stderrText));
    QVERIFY2(run.stderrText.contains(u"request id: "_s), qPrintable(run.stderrText));
    QCOMPARE(server.callCount(), 1); // the SDK does not retry by default
}

QTEST_GUILESS_MAIN(TestOfficialClient)
#include "tst_officialclient.moc"
