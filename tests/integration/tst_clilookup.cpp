// sendtrail-cli lookup end to end: the real binary against an in-process sandbox with faults,
// every output line checked against the sandbox's own data set.
#include "clitestsupport.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_CliLookup final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    QStringList m_busy; // recipients with mail in the range, most first

    test::CliResult run(const QStringList &args, const QByteArray &secret = {}, bool envCredentials = true,
                        const QByteArray &stdinText = {})
    {
        return test::runCli(args, m_dir.filePath(u"config"_s), secret, envCredentials, stdinText);
    }

    QStringList baseArgs(const QString &input, const QString &output) const
    {
        return {u"lookup"_s,
                u"--endpoint"_s,
                m_server->endpoint().toString(),
                u"--input"_s,
                input,
                u"--start"_s,
                m_anchor.addDays(-40).toString(Qt::ISODate),
                u"--end"_s,
                m_anchor.toString(Qt::ISODate),
                u"--output"_s,
                output,
                u"--rate-limit"_s,
                u"6000"_s};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QList<QJsonObject> expected(const QString &address, std::optional<int> status = {}) const
    {
        SandboxQuery q;
        q.start = m_anchor.addDays(-40);
        q.end = m_anchor;
        q.toAddress = address;
        q.status = status;
        return m_server->dataset().expectedRecords(q);
    }

    // The documented line, built here from the data set.
    QByteArray expectedLine(const QString &address, std::optional<int> status = {}) const
    {
        const QList<QJsonObject> records = expected(address, status);
        const QByteArray quoted = QJsonDocument(QJsonArray{address}).toJson(QJsonDocument::Compact).mid(1);
        return "{\"address\":" + quoted.left(quoted.size() - 1) +
               ",\"found\":" + (records.isEmpty() ? "false" : "true") +
               ",\"count\":" + QByteArray::number(records.size()) + ",\"latest\":" +
               (records.isEmpty() ? QByteArray("null")
                                  : QJsonDocument(records.constFirst()).toJson(QJsonDocument::Compact)) +
               '}';
    }

    static QByteArray invalidLine(const QString &text)
    {
        return "{\"address\":\"" + text.toUtf8() + "\",\"error\":\"not an email address\"}";
    }

    // JSONL lines, or with crlf the rows of a CSV file (its cells hold LF only, inside quotes).
    static QList<QByteArray> lines(const QString &path, bool crlf = false)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = file.readAll();
        const QByteArray separator = crlf ? "\r\n" : "\n";
        QList<QByteArray> list;
        qsizetype from = 0;
        for (qsizetype at = 0; (at = text.indexOf(separator, from)) >= 0; from = at + separator.size())
            list.append(text.mid(from, at - from) + (crlf ? separator : QByteArray()));
        if (from < text.size())
            list.append(text.mid(from)); // an unterminated last line shows up in the comparison
        return list;
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
        QHash<QString, int> counts;
        for (int row = 0; row < m_server->dataset().size(); ++row)
            ++counts[m_server->dataset().toAddress(row)];
        m_busy = counts.keys();
        std::sort(m_busy.begin(), m_busy.end(), [&counts](const QString &a, const QString &b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
        m_busy.removeIf([](const QString &a) { return a.contains(u'\n') || a.contains(u'\t'); });
    }

    void jsonl_oneExactLinePerEntry_inInputOrder()
    {
        const QString a = m_busy.at(0), b = m_busy.at(30);
        const QString input =
            write(u"list.txt"_s, (u"# never got the reset mail\n"_s + a + u"\n"_s + a.toUpper() +
                                  u"\nnot an address\nnobody@nowhere.example\n  "_s + b +
                                  u"  \n\nuser+tag@example.com\nbob@\n"_s)
                                     .toUtf8());
        const QString output = m_dir.filePath(u"found.jsonl"_s);
        const test::CliResult r = run(baseArgs(input, output));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // not found and invalid lines are no failure
        QCOMPARE(lines(output),
                 (QList<QByteArray>{expectedLine(a), invalidLine(u"not an address"_s),
                                    expectedLine(u"nobody@nowhere.example"_s), expectedLine(b),
                                    expectedLine(u"user+tag@example.com"_s), invalidLine(u"bob@"_s)}));
        QVERIFY(expected(a).size() > 100); // a busy recipient: several pages, two windows
        QVERIFY2(r.err.contains(u"Looked up 4 addresses"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"duplicates folded: 1"_s), qPrintable(r.err));
    }

    void csv_fromStandardInput_byHeader_withStatusFilter()
    {
        const QString a = m_busy.at(1), b = m_busy.at(50);
        const QByteArray csv = "Name,Email\r\n\"Doe, Jane\"," + a.toUtf8() + "\r\nBob,\"" + b.toUtf8() +
                               "\"\r\nNobody,nobody@nowhere.example\r\n";
        const QString output = m_dir.filePath(u"found.csv"_s);
        const test::CliResult r = run(baseArgs(u"-"_s, output) << u"--column"_s << u"email"_s << u"--status"_s
                                                               << u"0"_s << u"--csv-preset"_s << u"plain"_s,
                                      {}, true, csv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> rows = lines(output, true);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0),
                 QByteArray("address,found,count,status,time,classification,reply,explanation\r\n"));
        for (const auto &[row, address] : {std::pair{1, a}, std::pair{2, b}}) {
            const QList<QJsonObject> want = expected(address, 0);
            QVERIFY(!want.isEmpty());
            const QByteArray prefix =
                address.toUtf8() + ",true," + QByteArray::number(want.size()) + ",Delivered," +
                QDateTime::fromSecsSinceEpoch(
                    want.constFirst().value(u"UtcLastUpdateTime"_s).toString().toLongLong(),
                    QTimeZone(8 * 3600))
                    .toString(Qt::ISODate)
                    .toUtf8() +
                ',';
            QVERIFY2(rows.at(row).startsWith(prefix), rows.at(row).constData());
        }
        QVERIFY(rows.at(3).startsWith("nobody@nowhere.example,false,0,,,,,"));
    }

    void xlsx_columnByNumber()
    {
        const QString path = m_dir.filePath(u"list.xlsx"_s);
        lxw_workbook *book = workbook_new(path.toUtf8().constData());
        lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
        const QStringList column{u"Email"_s,          m_busy.at(2),
                                 u"not an address"_s, m_busy.at(3).toUpper(),
                                 m_busy.at(3),        u"+plus.sign@example.com"_s};
        for (int i = 0; i < column.size(); ++i) {
            worksheet_write_string(sheet, lxw_row_t(i), 0, "x", nullptr);
            worksheet_write_string(sheet, lxw_row_t(i), 1, column.at(i).toUtf8().constData(), nullptr);
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
        const QString output = m_dir.filePath(u"xlsx.jsonl"_s);
        const test::CliResult r = run(baseArgs(path, output) << u"--column"_s << u"2"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The upper-case spelling came first: it is the one looked up (the sandbox, like a strict
        // server, matches recipients exactly, so it finds nothing).
        QCOMPARE(lines(output),
                 (QList<QByteArray>{expectedLine(m_busy.at(2)), invalidLine(u"not an address"_s),
                                    expectedLine(m_busy.at(3).toUpper()),
                                    expectedLine(u"+plus.sign@example.com"_s)}));
    }

    void serviceFailingForOneAddress_exitsOne_andTheFileMarksIt()
    {
        SandboxOptions options = m_server->options();
        options.rejectedToAddresses = {m_busy.at(5)};
        m_server->setOptions(options);
        const QString input =
            write(u"some.txt"_s, (m_busy.at(4) + u'\n' + m_busy.at(5) + u'\n' + m_busy.at(6)).toUtf8());
        const QString output = m_dir.filePath(u"partial.jsonl"_s);
        const test::CliResult r = run(baseArgs(input, output));
        options.rejectedToAddresses.clear();
        m_server->setOptions(options);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"InvalidParameter"_s), qPrintable(r.err));
        const QList<QByteArray> got = lines(output);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.at(0), expectedLine(m_busy.at(4)));
        const QJsonObject failed = QJsonDocument::fromJson(got.at(1)).object();
        QCOMPARE(failed.keys(), (QStringList{u"address"_s, u"error"_s}));
        QCOMPARE(failed.value(u"address"_s).toString(), m_busy.at(5));
        QVERIFY(failed.value(u"error"_s).toString().contains(u"InvalidParameter"_s));
        QCOMPARE(got.at(2), expectedLine(m_busy.at(6)));
    }

    void wrongSecret_failsWithTheCode_andWritesNoFile()
    {
        const QString input = write(u"two.txt"_s, (m_busy.at(0) + u'\n' + m_busy.at(1)).toUtf8());
        const QString output = write(u"keep.jsonl"_s, "previous\n");
        const test::CliResult r = run(baseArgs(input, output), "not-the-secret");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"SignatureDoesNotMatch"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(QString::fromUtf8(sandboxDemoAccessKey().secret)));
        QCOMPARE(lines(output), QList<QByteArray>{"previous"});
        const QString fresh = m_dir.filePath(u"fresh.jsonl"_s);
        QVERIFY(run(baseArgs(input, fresh), "not-the-secret").exitCode != 0);
        QVERIFY(!QFile::exists(fresh));
    }

    void usageErrors_exitTwo_andSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("change"); // option, value ("" drops the option)
        QTest::addColumn<QString>("message");
        QTest::newRow("no input") << QStringList{u"--input"_s, QString()} << u"--input FILE is required"_s;
        QTest::newRow("no output") << QStringList{u"--output"_s, QString()} << u"--output FILE is required"_s;
        QTest::newRow("column 0") << QStringList{u"--column"_s, u"0"_s} << u"--column must be"_s;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s}
                                    << u"--format must be jsonl or csv"_s;
        QTest::newRow("bad status") << QStringList{u"--status"_s, u"7"_s} << u"The status must be"_s;
        QTest::newRow("no such header")
            << QStringList{u"--column"_s, u"Mail"_s} << u"No column is named 'Mail'"_s;
        QTest::newRow("missing input file") << QStringList{u"--input"_s, u"/nonexistent/list.txt"_s}
                                            << u"Cannot read /nonexistent/list.txt"_s;
    }

    void usageErrors_exitTwo_andSayWhatToDo()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, message);
        const QString input = write(u"ok.csv"_s, "Email\nann@example.com\n");
        const QString output = m_dir.filePath(u"never.jsonl"_s);
        QStringList args = baseArgs(input, output);
        const qsizetype at = args.indexOf(change.at(0));
        if (at >= 0 && change.at(1).isEmpty())
            args.remove(at, 2);
        else if (at >= 0)
            args[at + 1] = change.at(1);
        else
            args << change;
        const test::CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(u"sendtrail-cli lookup --help"_s));
        QVERIFY(!QFile::exists(output));
    }

    void tooManyAddresses_exitTwo()
    {
        QByteArray text;
        for (int i = 0; i <= 10000; ++i)
            text += "user" + QByteArray::number(i) + "@example.com\n";
        const int calls = m_server->callCount();
        const test::CliResult r = run(baseArgs(write(u"big.txt"_s, text), m_dir.filePath(u"big.jsonl"_s)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"distinct addresses"_s), qPrintable(r.err));
        QCOMPARE(m_server->callCount(), calls); // refused before a single call
        QVERIFY(!QFile::exists(m_dir.filePath(u"big.jsonl"_s)));
    }

    void noCredentials_exitTwo()
    {
        const QString input = write(u"one.txt"_s, "ann@example.com\n");
        const test::CliResult r = run(baseArgs(input, m_dir.filePath(u"none.jsonl"_s)), {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s));
    }

    void interrupted_exits130_andWritesNoFile()
    {
        QByteArray text;
        for (int i = 0; i < 40; ++i)
            text += m_busy.at(20 + i).toUtf8() + '\n';
        const QString output = m_dir.filePath(u"interrupted.jsonl"_s);
        QStringList args = baseArgs(write(u"forty.txt"_s, text), output);
        args[args.indexOf(u"--rate-limit"_s) + 1] = u"60"_s; // a call a second after the burst
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, sandboxDemoAccessKey().id);
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromUtf8(sandboxDemoAccessKey().secret));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SENDTRAIL_CLI), args);
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Looked up"), 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains("no file was written"), err.constData());
        QVERIFY(!QFile::exists(output));
    }

    void help_listsEveryOption_andTheUsageNamesTheCommand()
    {
        const test::CliResult r = run({u"lookup"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--endpoint", "--region", "--profile", "--input", "--column", "--start", "--end", "--status",
              "--format", "--csv-preset", "--output", "--rate-limit", "--concurrency"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
        QVERIFY(run({u"--help"_s}).out.contains(u"  lookup "_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliLookup)
#include "tst_clilookup.moc"
