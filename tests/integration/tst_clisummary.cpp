// sendtrail-cli summary end to end: the real binary against an in-process sandbox, its JSON
// checked against counts made here, independently, from the sandbox's own data set.
#include "clitestsupport.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_CliSummary final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;

    test::CliResult run(const QStringList &args, const QByteArray &secret = {}, bool envCredentials = true)
    {
        return test::runCli(args, m_dir.filePath(u"config"_s), secret, envCredentials);
    }

    QStringList baseArgs() const
    {
        return {u"summary"_s,
                u"--endpoint"_s,
                m_server->endpoint().toString(),
                u"--start"_s,
                m_anchor.addDays(-35).toString(Qt::ISODate),
                u"--end"_s,
                m_anchor.toString(Qt::ISODate),
                u"--rate-limit"_s,
                u"60000"_s};
    }

    // The documented object, counted straight from the records the service would return.
    QJsonObject expectedJson(int dayOffsetSeconds, const std::optional<int> &status = {}) const
    {
        SandboxQuery q;
        q.start = m_anchor.addDays(-35);
        q.end = m_anchor;
        q.status = status;
        QHash<QString, qint64> statuses{
            {u"delivered"_s, 0}, {u"invalid"_s, 0}, {u"spam"_s, 0}, {u"failed"_s, 0}};
        QHash<QString, qint64> classes, domains, days;
        qint64 total = 0;
        const QHash<int, QString> statusKey{
            {0, u"delivered"_s}, {2, u"invalid"_s}, {3, u"spam"_s}, {4, u"failed"_s}};
        for (const QJsonObject &o : m_server->dataset().expectedRecords(q)) {
            ++total;
            ++statuses[statusKey.value(o.value(u"Status"_s).toInt())];
            if (const QString c = o.value(u"ErrorClassification"_s).toString(); !c.isEmpty())
                ++classes[c];
            const QString to = o.value(u"ToAddress"_s).toString();
            if (const qsizetype at = to.lastIndexOf(u'@'); at >= 0 && at + 1 < to.size())
                ++domains[to.mid(at + 1).trimmed().toLower()];
            const qint64 utc = o.value(u"UtcLastUpdateTime"_s).toString().toLongLong();
            ++days[QDateTime::fromSecsSinceEpoch(utc, QTimeZone(dayOffsetSeconds)).toString(u"yyyy-MM-dd"_s)];
        }
        const auto object = [](const QHash<QString, qint64> &hash) {
            QJsonObject json;
            for (auto it = hash.cbegin(); it != hash.cend(); ++it)
                json.insert(it.key(), it.value());
            return json;
        };
        return {{u"total"_s, total},
                {u"status"_s, object(statuses)},
                {u"classification"_s, object(classes)},
                {u"domain"_s, object(domains)},
                {u"day"_s, object(days)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(SandboxDataset(13, m_anchor, 4000));
        QVERIFY(m_server->listen());
        SandboxOptions options;
        options.throttleEvery = 5;
        options.injectedRetryAfterMs = 5;
        m_server->setOptions(options);
    }

    void json_equalsCountsOfTheServicesRecords_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("dayOffset");
        QTest::addColumn<std::optional<int>>("status");
        QTest::newRow("service zone (default)") << QStringList{} << 8 * 3600 << std::optional<int>{};
        QTest::newRow("utc") << QStringList{u"--zone"_s, u"utc"_s} << 0 << std::optional<int>{};
        QTest::newRow("offset -05:00")
            << QStringList{u"--zone"_s, u"-05:00"_s} << -5 * 3600 << std::optional<int>{};
        QTest::newRow("only invalid, sequential")
            << QStringList{u"--status"_s, u"2"_s, u"--sequential"_s} << 8 * 3600 << std::optional<int>{2};
    }

    void json_equalsCountsOfTheServicesRecords()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, dayOffset);
        QFETCH(std::optional<int>, status);
        const test::CliResult r = run(baseArgs() << u"--format"_s << u"json"_s << extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.endsWith(u'\n'));
        QCOMPARE(r.out.count(u'\n'), 1); // exactly one object
        const QJsonObject actual = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject expected = expectedJson(dayOffset, status);
        QVERIFY(expected.value(u"total"_s).toInteger() > (status ? 50 : 1000));
        QCOMPARE(actual, expected);
        QCOMPARE(actual.keys(),
                 (QStringList{u"classification"_s, u"day"_s, u"domain"_s, u"status"_s, u"total"_s}));
        QVERIFY(r.err.contains(u"Fetched"_s)); // progress on stderr
    }

    void text_isForPeople_andOutputIsWrittenAtomically()
    {
        const QString path = m_dir.filePath(u"summary.txt"_s);
        const test::CliResult r = run(baseArgs() << u"--output"_s << path << u"--quiet"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.isEmpty()); // --quiet
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(u"Total: "_s), qPrintable(text));
        QVERIFY(text.contains(u"Top recipient domains"_s));
        QVERIFY(text.contains(u"Per day"_s));
    }

    void usageErrors_exitTwo_andSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s}
                                    << u"--format must be text or json"_s;
        QTest::newRow("bad zone") << QStringList{u"--zone"_s, u"mars"_s} << u"--zone must be"_s;
    }

    void usageErrors_exitTwo_andSayWhatToDo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliResult r = run(baseArgs() << args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(u"sendtrail-cli summary --help"_s));
    }

    void noCredentials_exitTwo_andNamesTheVariables()
    {
        const test::CliResult r = run(baseArgs(), {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s));
    }

    void wrongSecret_exitOne_withTheServiceCode_andPrintsNoSummary()
    {
        const test::CliResult r = run(baseArgs() << u"--format"_s << u"json"_s, "not-the-secret");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Signature"_s) || r.err.contains(u"AccessKey"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"RequestId"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliSummary)
#include "tst_clisummary.moc"
