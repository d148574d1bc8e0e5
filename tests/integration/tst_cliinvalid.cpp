// sendtrail-cli invalid-addresses list|remove end to end against an in-process sandbox.
#include "clitestsupport.h"
#include "sandbox/sandboxserver.h"
#include "sandboxinvalidexpectations.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class tst_CliInvalid final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    QDate m_last;
    QDate m_first;

    test::CliResult run(const QStringList &args, const QByteArray &secret = {})
    {
        QStringList full{u"invalid-addresses"_s};
        full << args.first() << u"--endpoint"_s << m_server->endpoint().toString() << args.mid(1);
        return test::runCli(full, m_dir.filePath(u"config"_s), secret);
    }

    QStringList listArgs(const QString &format) const
    {
        return {u"list"_s,
                u"--start"_s,
                m_first.toString(Qt::ISODate),
                u"--end"_s,
                m_last.toString(Qt::ISODate),
                u"--format"_s,
                format,
                u"--quiet"_s};
    }

    QList<QByteArray> listed(const QString &out) const
    {
        QList<QByteArray> lines = out.toUtf8().split('\n');
        lines.removeAll(QByteArray());
        for (QByteArray &line : lines)
            line = QJsonDocument::fromJson(line).toJson(QJsonDocument::Compact);
        return lines;
    }

    QList<QByteArray> expected(const QStringList &gone = {}) const
    {
        test::InvalidFilter filter;
        filter.first = m_first;
        filter.last = m_last;
        filter.gone = gone;
        QList<QByteArray> lines;
        for (const QJsonObject &o : test::expectedInvalidAddresses(m_server->dataset(), filter))
            lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(SandboxDataset(23, QDateTime::currentDateTimeUtc(), 4000));
        QVERIFY(m_server->listen());
        SandboxOptions options;
        options.throttleEvery = 5;
        options.injectedRetryAfterMs = 5;
        m_server->setOptions(options);
        m_last = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
        m_first = m_last.addDays(-29);
    }

    void list_jsonl_isEveryAddressAsReturned_csvForPeople()
    {
        test::CliResult r = run(listArgs(u"jsonl"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(expected().size() > 10);
        QCOMPARE(listed(r.out), expected());
        r = run(listArgs(u"csv"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"address,since_utc,last_update_time\r\n"_s));
        QCOMPARE(r.out.count(u"\r\n"_s), expected().size() + 1);
    }

    void remove_roundTrip_andNotOnTheListIsNoFailure()
    {
        const QString address = QString::fromUtf8(
            QJsonDocument::fromJson(expected().first()).object().value(u"ToAddress"_s).toString().toUtf8());
        test::CliResult r = run({u"remove"_s, address, u"nobody-ever@example.invalid"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(address + u": removed"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"nobody-ever@example.invalid: not on the list"_s));
        r = run(listArgs(u"jsonl"_s));
        QCOMPARE(listed(r.out), expected({address}));
        r = run({u"remove"_s, address, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(address + u": not on the list"_s));
    }

    void remove_withoutATerminal_refusesUnlessYes()
    {
        const int calls = m_server->callCount();
        const test::CliResult r = run({u"remove"_s, u"a@example.com"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
        QCOMPARE(m_server->callCount(), calls); // nothing was sent
    }

    void remove_failure_exitsNonZero()
    {
        const test::CliResult r = run({u"remove"_s, u"a@example.com"_s, u"--yes"_s}, "not-the-secret");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"a@example.com: failed"_s), qPrintable(r.out));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("span over 30 days")
            << QStringList{u"list"_s, u"--start"_s, u"2026-10-01"_s, u"--end"_s, u"2026-11-15"_s}
            << u"at most 30 days"_s;
        QTest::newRow("no address") << QStringList{u"remove"_s, u"--yes"_s} << u"at least one address"_s;
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliInvalid)
#include "tst_cliinvalid.moc"
