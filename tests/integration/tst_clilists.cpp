// sendtrail-cli tags|senders|ip-pools|config-sets and stats end to end: the real binary against
// an in-process sandbox, checked against what the sandbox's catalogue and data set say.
#include "clitestsupport.h"
#include "sandbox/sandboxserver.h"
#include "sandboxlistexpectations.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QList<QByteArray> compactLines(const QList<QJsonObject> &objects)
{
    QList<QByteArray> lines;
    for (const QJsonObject &o : objects)
        lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
    return lines;
}

QList<QByteArray> outputLines(const QString &out)
{
    QList<QByteArray> lines = out.toUtf8().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) // re-serialise: key order is not the test's business
        line = QJsonDocument::fromJson(line).toJson(QJsonDocument::Compact);
    return lines;
}

} // namespace

class tst_CliLists final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;

    test::CliResult run(const QString &command, const QStringList &args, const QByteArray &secret = {})
    {
        return test::runCli(QStringList{command, u"--endpoint"_s, m_server->endpoint().toString()} + args,
                            m_dir.filePath(u"config"_s), secret);
    }

    QDate serviceToday() const
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(
            SandboxDataset(21, QDateTime::currentDateTimeUtc().addSecs(-3600), 3000));
        QVERIFY(m_server->listen());
        SandboxOptions options;
        options.throttleEvery = 4;
        options.injectedRetryAfterMs = 5;
        m_server->setOptions(options);
    }

    void everyList_jsonl_isEveryItemAsReturned_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("api");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("tags") << u"tags"_s << int(test::ListApi::Tags) << QString();
        QTest::newRow("tags, lower-case keyword") << u"tags"_s << int(test::ListApi::Tags) << u"newsletter"_s;
        QTest::newRow("senders") << u"senders"_s << int(test::ListApi::Senders) << QString();
        QTest::newRow("ip pools") << u"ip-pools"_s << int(test::ListApi::Pools) << QString();
        QTest::newRow("config sets") << u"config-sets"_s << int(test::ListApi::ConfigSets) << QString();
    }

    void everyList_jsonl_isEveryItemAsReturned()
    {
        QFETCH(QString, command);
        QFETCH(int, api);
        QFETCH(QString, keyword);
        QStringList args{u"--format"_s, u"jsonl"_s, u"--page-size"_s, u"10"_s};
        if (!keyword.isEmpty())
            args << u"--keyword"_s << keyword;
        const int callsBefore = m_server->callCount();
        const test::CliResult r = run(command, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        test::ListFilter filter;
        filter.keyword = keyword;
        const QList<QByteArray> expected =
            compactLines(test::expectedList(test::ListApi(api), m_server->dataset(), filter));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(outputLines(r.out), expected);
        // Ten a page: every list but the shortest needs several calls, all followed.
        const qsizetype calls = std::max<qsizetype>(1, (expected.size() + 9) / 10);
        QVERIFY2(r.err.contains(u"%1 items in %2 calls."_s.arg(expected.size()).arg(calls)),
                 qPrintable(r.err));
        QVERIFY(m_server->callCount() - callsBefore >= calls);
    }

    void tags_text_namesEachTagOnce()
    {
        const test::CliResult r = run(u"tags"_s, {u"--keyword"_s, u"NEWS"_s, u"--quiet"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Newsletter"_s), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void stats_jsonl_areTheServicesDailyTotals_splitIntoWeeks()
    {
        const QDate last = serviceToday();
        const QDate first = last.addDays(-12); // two calls: 7 + 6 days
        const test::CliResult r = run(u"stats"_s, {u"--start"_s, first.toString(Qt::ISODate), u"--end"_s,
                                                   last.toString(Qt::ISODate), u"--format"_s, u"jsonl"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> expected =
            compactLines(test::expectedDailyTotals(m_server->dataset(), first, last));
        QVERIFY(expected.size() > 3);
        QCOMPARE(outputLines(r.out), expected);
        QVERIFY2(r.err.contains(u"in 2 calls"_s), qPrintable(r.err));
    }

    void stats_olderThan30Days_isClampedWithANote_andCsvByDefault()
    {
        const QDate last = serviceToday();
        const test::CliResult r = run(u"stats"_s, {u"--start"_s, last.addDays(-40).toString(Qt::ISODate),
                                                   u"--end"_s, last.toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"keeps daily totals for 30 days"_s), qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"day,requests,successes,failures,unavailable"_s));
        const QList<QJsonObject> expected =
            test::expectedDailyTotals(m_server->dataset(), last.addDays(-30), last);
        QCOMPARE(r.out.count(u"\r\n"_s), expected.size() + 1);
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("stats without days") << u"stats"_s << QStringList{} << u"--start must be a day"_s;
        QTest::newRow("stats end before start")
            << u"stats"_s << QStringList{u"--start"_s, u"2026-11-10"_s, u"--end"_s, u"2026-11-01"_s}
            << u"--end must not be before --start"_s;
        QTest::newRow("stats tag and sender")
            << u"stats"_s << QStringList{u"--start"_s, u"2026-11-10"_s, u"--end"_s,          u"2026-11-11"_s,
                                         u"--tag"_s,   u"a"_s,          u"--account-name"_s, u"b"_s}
            << u"not both"_s;
        QTest::newRow("tags bad format")
            << u"tags"_s << QStringList{u"--format"_s, u"xml"_s} << u"--format must be jsonl or text"_s;
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliResult r = run(command, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(u"--help"_s));
    }

    void wrongSecret_exitOne_withTheCode()
    {
        const test::CliResult r = run(u"senders"_s, {}, "not-the-secret");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"RequestId"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliLists)
#include "tst_clilists.moc"
