// sendtrail-cli export end to end: the real binary against an in-process sandbox.
#include "clitestsupport.h"
#include "filesizelimit.h"
#include "sandbox/sandboxserver.h"
#include "scriptedserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

using test::CliResult;

class tst_CliExport final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;

    CliResult run(const QStringList &args, const QByteArray &secret = {}, bool envCredentials = true,
                  const QByteArray &stdinText = {})
    {
        return test::runCli(args, m_dir.filePath(u"config"_s), secret, envCredentials, stdinText);
    }

    QStringList baseArgs(const QString &output) const
    {
        return {u"export"_s,
                u"--endpoint"_s,
                m_server->endpoint().toString(),
                u"--start"_s,
                m_anchor.addDays(-40).toString(Qt::ISODate),
                u"--end"_s,
                m_anchor.toString(Qt::ISODate),
                u"--output"_s,
                output,
                u"--rate-limit"_s,
                u"6000"_s};
    }

    QList<QJsonObject> expected() const
    {
        SandboxQuery q;
        q.start = m_anchor.addDays(-40);
        q.end = m_anchor;
        return m_server->dataset().expectedRecords(q);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(SandboxDataset(9, m_anchor, 3000));
        QVERIFY(m_server->listen());
        SandboxOptions options;
        options.throttleEvery = 4;
        options.injectedRetryAfterMs = 5;
        options.unavailableEvery = 9;
        m_server->setOptions(options);
    }

    void jsonl_holdsEveryRecord_newestFirst_losslessly()
    {
        const QString path = m_dir.filePath(u"all.jsonl"_s);
        const CliResult r = run(baseArgs(path) << u"--format"_s << u"jsonl"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"Wrote"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // ends with a newline
        QList<QByteArray> want;
        for (const QJsonObject &o : expected())
            want.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(lines.size(), want.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QByteArray &line : lines) {
            const qint64 t =
                QJsonDocument::fromJson(line).object().value(u"UtcLastUpdateTime"_s).toString().toLongLong();
            QVERIFY(t <= previous);
            previous = t;
        }
        std::sort(lines.begin(), lines.end());
        std::sort(want.begin(), want.end());
        QCOMPARE(lines, want);
    }

    void csvAndXlsx_areWritten()
    {
        const QString csv = m_dir.filePath(u"all.csv"_s);
        CliResult r = run(baseArgs(csv) << u"--csv-preset"_s << u"excel"_s << u"--sequential"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(64);
        QVERIFY(head.startsWith("\xEF\xBB\xBF")); // Excel preset: BOM
        QVERIFY(head.contains("Time"));

        const QString xlsx = m_dir.filePath(u"all.xlsx"_s);
        r = run(baseArgs(xlsx));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK");
    }

    void diskFull_failsInWords_leavesTargetUntouchedAndNoDebris_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << u"full.csv"_s;
        QTest::newRow("xlsx") << u"full.xlsx"_s;
        QTest::newRow("jsonl") << u"full.jsonl"_s;
    }

    void diskFull_failsInWords_leavesTargetUntouchedAndNoDebris()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("previous export\n");
        }
        // 3,000 records need far more than 64 KiB in every format.
        const CliResult r =
            test::runCli(baseArgs(path), m_dir.filePath(u"config"_s), {}, true, {},
                         [](QProcess &p) { testsupport::limitFileSizeOfChild(p, 64 * 1024); });
        QCOMPARE(r.exitCode == 0, false);
        QVERIFY2(r.err.contains(
                     u"Could not write \"%1\": the disk is full or the file is too large ("_s.arg(path)),
                 qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{fileName});
    }

    void wrongSecret_failsWithCodeAndRequestId_andLeavesTargetUntouched()
    {
        const QString path = m_dir.filePath(u"keep.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("previous export\n");
        }
        const CliResult r = run(baseArgs(path), "not-the-secret");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"SignatureDoesNotMatch"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"RequestId"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(QString::fromUtf8(sandboxDemoAccessKey().secret)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export\n"));
        const QString fresh = m_dir.filePath(u"fresh.jsonl"_s);
        QCOMPARE(run(baseArgs(fresh), "not-the-secret").exitCode == 0, false);
        QVERIFY(!QFile::exists(fresh));
    }

    // Needs the Secret Service that scripts/test starts (dbus-run-session + gnome-keyring).
    void profile_secretFromKeychain_exports()
    {
        const QString name = u"cli-test-%1"_s.arg(QCoreApplication::applicationPid());
        CliResult r = run({u"profiles"_s, u"add"_s, name, u"--access-key-id"_s, sandboxDemoAccessKey().id,
                           u"--endpoint"_s, m_server->endpoint().toString()},
                          {}, false, sandboxDemoAccessKey().secret + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString path = m_dir.filePath(u"profile.jsonl"_s);
        QStringList args = baseArgs(path);
        args.removeAt(args.indexOf(u"--endpoint"_s) + 1);
        args.removeOne(u"--endpoint"_s);
        r = run(args << u"--profile"_s << name, {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), qsizetype(expected().size()));
        // The settings file names the profile but never holds the secret.
        QFile settings(m_dir.filePath(u"config/Sendtrail/Sendtrail.conf"_s));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray conf = settings.readAll();
        QVERIFY(conf.contains(name.toUtf8()));
        QVERIFY(!conf.contains(sandboxDemoAccessKey().secret));
        r = run({u"profiles"_s, u"remove"_s, name}, {}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(args, {}, false);
        QCOMPARE(r.exitCode, 2); // the profile is gone
    }

    void badArguments_explainAndExit2()
    {
        const CliResult r =
            run({u"export"_s, u"--endpoint"_s, u"http://example.com/"_s, u"--start"_s, u"2026-11-01 00:00"_s,
                 u"--end"_s, u"2026-10-01 00:00"_s, u"--to-address"_s, u"a@b.c"_s, u"--tag"_s, u"t"_s,
                 u"--output"_s, m_dir.filePath(u"x.jsonl"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"https://"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.jsonl"_s)));
    }

    void help_listsEveryOption()
    {
        const CliResult r = run({u"export"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--endpoint", "--region", "--profile", "--start", "--end", "--to-address", "--account-name",
              "--tag", "--status", "--ip-pool-id", "--config-set-id", "--signature", "--page-size",
              "--format", "--csv-preset", "--output", "--sequential", "--rate-limit"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
    }

    void ramDenial_namesTheActionAndPrintsThePolicy()
    {
        test::ScriptedServer denying;
        QVERIFY(denying.listen());
        denying.setFallback(test::ScriptedReply::serviceError(
            403, u"Forbidden.RAM"_s, u"User not authorized to operate on the specified resource."_s,
            u"REQ-RAM-1"_s));
        QStringList args = baseArgs(m_dir.filePath(u"denied.jsonl"_s));
        args[args.indexOf(u"--endpoint"_s) + 1] = denying.url().toString();
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"dm:SenderStatisticsDetailByParam"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"\"Effect\": \"Allow\""_s));
        QVERIFY(r.err.contains(u"REQ-RAM-1"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"denied.jsonl"_s)));
        // A denial is final: the windows already in flight were asked once each, none again.
        QSet<QString> windows;
        for (const test::RecordedRequest &request : denying.requests())
            windows.insert(request.queryValue(u"StartTime"_s));
        QCOMPARE(qsizetype(windows.size()), qsizetype(denying.requestCount()));
    }
};

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
