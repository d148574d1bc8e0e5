// `sendtrail-cli archive sync|status|forget` and `export|summary --archive` end to end: the real
// binary against the sandbox, killed with SIGKILL mid-sync and resumed, gaps named, never partial.
#include "archive/archivedatabase.h"
#include "clitestsupport.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kDay = 86400;

QString iso(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

// (time, recipient, status, tag) of every record the sandbox holds in [start, end).
QStringList sandboxKeys(const SandboxDataset &data, qint64 start, qint64 end, const QString &tag = {})
{
    SandboxQuery q;
    q.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    q.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    q.tagName = tag;
    QStringList keys;
    for (int row : data.select(q))
        keys.append(u"%1|%2|%3"_s.arg(data.utcSeconds(row)).arg(data.toAddress(row)).arg(data.status(row)));
    keys.sort();
    return keys;
}

QStringList fileKeys(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"missing"_s};
    QStringList keys;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        keys.append(
            u"%1|%2|%3"_s.arg(o.value(u"UtcLastUpdateTime"_s).toString(), o.value(u"ToAddress"_s).toString())
                .arg(o.value(u"Status"_s).toInt()));
    }
    keys.sort();
    return keys;
}

QList<int> sandboxRows(const SandboxDataset &data, qint64 start, qint64 end)
{
    SandboxQuery q;
    q.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    q.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    return data.select(q);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
}

// address|found|count|newest time|newest status of every line of a JSONL lookup file, in order.
QStringList lookupKeys(const QString &path)
{
    QStringList keys;
    for (const QByteArray &line : readAll(path).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QJsonObject latest = o.value(u"latest"_s).toObject();
        keys.append(
            u"%1|%2|%3|%4|%5|%6"_s.arg(o.value(u"address"_s).toString(), o.value(u"error"_s).toString())
                .arg(o.value(u"found"_s).toBool())
                .arg(o.value(u"count"_s).toInteger())
                .arg(latest.value(u"UtcLastUpdateTime"_s).toString())
                .arg(latest.value(u"Status"_s).toInt()));
    }
    return keys;
}

} // namespace

class tst_CliArchive final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString archivePath() const { return m_dir.filePath(u"archive.sqlite"_s); }

private Q_SLOTS:
    void killedMidSync_resumesAndAnswersExactly()
    {
        SandboxServer server(SandboxDataset(21, SandboxDataset::currentAnchor(), 3000));
        QVERIFY(server.listen());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QStringList sync = {
            u"archive"_s,      u"sync"_s,     u"--endpoint"_s,    server.endpoint().toString(),
            u"--archive"_s,    archivePath(), u"--start"_s,       iso(now - 4 * kDay),
            u"--rate-limit"_s, u"100000"_s,   u"--concurrency"_s, u"2"_s};
        // A slow service, so the kill lands mid-run, after some windows are written.
        SandboxOptions slow;
        slow.latencyMs = 15;
        server.setOptions(slow);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, sandboxDemoAccessKey().id);
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromUtf8(sandboxDemoAccessKey().secret));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SENDTRAIL_CLI), sync);
        ArchiveLocation location;
        location.path = archivePath();
        QVERIFY(QTest::qWaitFor(
            [&] {
                ArchiveDatabase db(location);
                QString error;
                if (!QFile::exists(archivePath()) || !db.open(&error))
                    return false;
                const auto coverage = db.coverage(&error);
                return coverage && coverage->size() >= 2;
            },
            60000));
        // From here no answer reaches the sync, so it is still running when killed, however fast
        // or slow (a sanitizer build) it runs.
        server.holdReplies();
        process.kill(); // SIGKILL: no cleanup at all
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        server.releaseHeldReplies();
        server.setOptions({});
        const auto resumed = test::runCli(sync, m_dir.path());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"records"_s) && resumed.err.contains(u"tags"_s),
                 qPrintable(resumed.err));

        const auto status =
            test::runCli({u"archive"_s, u"status"_s, u"--archive"_s, archivePath()}, m_dir.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"5 day windows"_s), qPrintable(status.out));

        const qint64 start = (now - 4 * kDay + 8 * 3600) / kDay * kDay - 8 * 3600;
        const QString out = m_dir.filePath(u"all.jsonl"_s);
        const auto all = test::runCli({u"export"_s, u"--archive"_s, archivePath(), u"--start"_s, iso(start),
                                       u"--end"_s, iso(now / 60 * 60), u"--output"_s, out},
                                      m_dir.path());
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QCOMPARE(fileKeys(out), sandboxKeys(server.dataset(), start, now / 60 * 60));

        // A tag and a status at once: one call to the archive, impossible in one to the service.
        const QString tag = server.dataset().tagNames().value(0);
        const QString tagged = m_dir.filePath(u"tagged.jsonl"_s);
        const auto combined =
            test::runCli({u"export"_s, u"--archive"_s, archivePath(), u"--start"_s, iso(start), u"--end"_s,
                          iso(now / 60 * 60), u"--tag"_s, tag, u"--status"_s, u"0"_s, u"--account-name"_s,
                          server.dataset().accountName(0), u"--output"_s, tagged},
                         m_dir.path());
        QVERIFY2(combined.exitCode == 0, qPrintable(combined.err));
        QStringList expected;
        SandboxQuery q;
        q.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        q.end = QDateTime::fromSecsSinceEpoch(now / 60 * 60, Qt::UTC);
        const SandboxDataset &data = server.dataset();
        for (int row : data.select(q))
            if (data.tagName(row) == tag && data.status(row) == 0 &&
                data.accountName(row) == data.accountName(0))
                expected.append(u"%1|%2|%3"_s.arg(data.utcSeconds(row)).arg(data.toAddress(row)).arg(0));
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(fileKeys(tagged), expected);
    }

    void aRangeNotArchived_failsAndNamesTheGaps()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString out = m_dir.filePath(u"gap.jsonl"_s);
        const auto r =
            test::runCli({u"export"_s, u"--archive"_s, archivePath(), u"--start"_s, iso(now - 40 * kDay),
                          u"--end"_s, iso(now - 20 * kDay), u"--domain"_s, u"qq.com"_s, u"--output"_s, out},
                         m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Not archived"_s) && r.err.contains(u"archive sync"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        const auto s = test::runCli({u"summary"_s, u"--archive"_s, archivePath(), u"--start"_s,
                                     iso(now - 40 * kDay), u"--end"_s, iso(now - 20 * kDay)},
                                    m_dir.path());
        QCOMPARE(s.exitCode, 1);
        QVERIFY(s.out.isEmpty());
    }

    void lookupFromTheArchive_writesWhatTheServiceAnswers()
    {
        SandboxServer server(SandboxDataset(22, SandboxDataset::currentAnchor(), 3000));
        QVERIFY(server.listen());
        const QString path = m_dir.filePath(u"lookup.sqlite"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto synced = test::runCli(
            {u"archive"_s, u"sync"_s, u"--endpoint"_s, server.endpoint().toString(), u"--archive"_s, path,
             u"--start"_s, iso(now - 4 * kDay), u"--no-tags"_s, u"--rate-limit"_s, u"100000"_s, u"--quiet"_s},
            m_dir.path());
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        // Busy and quiet recipients of the range, one unknown, a duplicate in capitals, a non-address.
        const qint64 start = now - 3 * kDay;
        QStringList lines;
        const SandboxDataset &data = server.dataset();
        for (int row : sandboxRows(data, start, now / 60 * 60).mid(0, 40))
            if (!lines.contains(data.toAddress(row)))
                lines.append(data.toAddress(row));
        QVERIFY(lines.size() > 5);
        lines << u"nobody@unknown.example"_s << lines.at(0).toUpper() << u"not an address"_s;
        const QString input = m_dir.filePath(u"addresses.txt"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8());
        file.close();
        const QStringList range = {u"--input"_s, input,      u"--start"_s,
                                   iso(start),   u"--end"_s, iso(now / 60 * 60)};
        for (const QString &format : {u"csv"_s, u"jsonl"_s}) {
            const QString fromService = m_dir.filePath(u"service."_s + format);
            const QString fromArchive = m_dir.filePath(u"archive."_s + format);
            const auto service =
                test::runCli(QStringList{u"lookup"_s, u"--endpoint"_s, server.endpoint().toString(),
                                         u"--output"_s, fromService, u"--rate-limit"_s, u"100000"_s} +
                                 range,
                             m_dir.path());
            QVERIFY2(service.exitCode == 0, qPrintable(service.err));
            const auto archived = test::runCli(
                QStringList{u"lookup"_s, u"--archive"_s, path, u"--output"_s, fromArchive} + range,
                m_dir.path());
            QVERIFY2(archived.exitCode == 0, qPrintable(archived.err));
            QVERIFY2(archived.err.contains(u"in the archive"_s), qPrintable(archived.err));
            if (format == u"csv"_s)
                QCOMPARE(readAll(fromArchive), readAll(fromService)); // every cell, byte for byte
            else
                QCOMPARE(lookupKeys(fromArchive), lookupKeys(fromService));
        }
        const QString gap = m_dir.filePath(u"gap.csv"_s);
        const auto r = test::runCli({u"lookup"_s, u"--archive"_s, path, u"--input"_s, input, u"--start"_s,
                                     iso(now - 20 * kDay), u"--end"_s, iso(now - kDay), u"--output"_s, gap},
                                    m_dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Not archived"_s) && r.err.contains(u"archive sync"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(gap));
    }

    void filtersOnlyTheArchiveHas_needArchive()
    {
        const auto r = test::runCli({u"export"_s, u"--endpoint"_s, u"http://127.0.0.1:9/"_s, u"--start"_s,
                                     u"2026-11-01 00:00"_s, u"--end"_s, u"2026-11-02 00:00"_s, u"--text"_s,
                                     u"x"_s, u"--output"_s, m_dir.filePath(u"x.jsonl"_s)},
                                    m_dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--archive"_s), qPrintable(r.err));
    }

    void help_showsACronLineAndASystemdTimer()
    {
        const auto r = test::runCli({u"archive"_s, u"sync"_s, u"--help"_s}, m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"30 2 * * * sendtrail-cli archive sync"_s));
        QVERIFY(r.out.contains(u"OnCalendar="_s) && r.out.contains(u"systemctl --user enable --now"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliArchive)
#include "tst_cliarchive.moc"
