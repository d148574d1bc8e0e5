#include "records/walltime.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr int kCst = 8 * 3600;

qint64 utcSeconds(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class TestWallTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseWallTime_acceptsEveryListedSpelling_data();
    void parseWallTime_acceptsEveryListedSpelling();
    void parseWallTime_rejectsImpossibleOrUnlistedText_data();
    void parseWallTime_rejectsImpossibleOrUnlistedText();
};

void TestWallTime::parseWallTime_acceptsEveryListedSpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected"); // the instant, ISO 8601 in UTC
    QTest::addColumn<bool>("plain");       // also accepted by WallTimeSyntax::Plain

    // One row per line of the table in walltime.cpp.
    QTest::newRow("space, minutes") << u"2026-11-03 09:15"_s << kCst << u"2026-11-03T01:15:00Z"_s << true;
    QTest::newRow("space, seconds") << u"2026-11-03 09:15:30"_s << kCst << u"2026-11-03T01:15:30Z"_s << true;
    QTest::newRow("T, minutes") << u"2026-11-03T09:15"_s << kCst << u"2026-11-03T01:15:00Z"_s << false;
    QTest::newRow("T, seconds") << u"2026-11-03T09:15:30"_s << kCst << u"2026-11-03T01:15:30Z"_s << false;
    QTest::newRow("fraction dropped")
        << u"2026-11-03 09:15:30.999"_s << kCst << u"2026-11-03T01:15:30Z"_s << false;
    QTest::newRow("T, fraction") << u"2026-11-03T09:15:30.250"_s << kCst << u"2026-11-03T01:15:30Z"_s
                                 << false;
    QTest::newRow("fraction after minutes")
        << u"2026-11-03T09:15.5"_s << kCst << u"2026-11-03T01:15:00Z"_s << false;
    QTest::newRow("service Z ignored")
        << u"2021-04-28T17:11Z"_s << kCst << u"2021-04-28T09:11:00Z"_s << false;
    QTest::newRow("T, seconds, Z") << u"2021-04-28T17:11:48Z"_s << kCst << u"2021-04-28T09:11:48Z"_s << false;
    QTest::newRow("space, Z") << u"2026-11-03 09:15Z"_s << kCst << u"2026-11-03T01:15:00Z"_s << false;
    QTest::newRow("fraction and Z") << u"2026-11-03T09:15:30.5Z"_s << kCst << u"2026-11-03T01:15:30Z"_s
                                    << false;

    // The offset, and dates at the edges.
    QTest::newRow("UTC") << u"2026-11-03 09:15"_s << 0 << u"2026-11-03T09:15:00Z"_s << true;
    QTest::newRow("west of UTC") << u"2026-11-03 21:00"_s << -5 * 3600 << u"2026-11-04T02:00:00Z"_s << true;
    QTest::newRow("quarter-hour zone") << u"2026-11-03 09:15"_s << 20700 << u"2026-11-03T03:30:00Z"_s << true;
    QTest::newRow("day before in UTC") << u"2026-11-03 03:00"_s << kCst << u"2026-11-02T19:00:00Z"_s << true;
    QTest::newRow("epoch") << u"1970-01-01 08:00"_s << kCst << u"1970-01-01T00:00:00Z"_s << true;
    QTest::newRow("leap day") << u"2024-02-29 23:59:59"_s << 0 << u"2024-02-29T23:59:59Z"_s << true;
    QTest::newRow("midnight") << u"2026-11-03 00:00"_s << 0 << u"2026-11-03T00:00:00Z"_s << true;
    QTest::newRow("first year") << u"0001-01-01 00:00"_s << 0 << u"0001-01-01T00:00:00Z"_s << true;
    QTest::newRow("last year") << u"9999-12-31 23:59:59"_s << 0 << u"9999-12-31T23:59:59Z"_s << true;
}

void TestWallTime::parseWallTime_acceptsEveryListedSpelling()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QFETCH(bool, plain);
    QCOMPARE(parseWallTime(text, offset), std::optional<qint64>(utcSeconds(expected)));
    QCOMPARE(parseWallTime(text, offset, WallTimeSyntax::Service),
             std::optional<qint64>(utcSeconds(expected)));
    QCOMPARE(parseWallTime(text, offset, WallTimeSyntax::Plain),
             plain ? std::optional<qint64>(utcSeconds(expected)) : std::nullopt);
}

void TestWallTime::parseWallTime_rejectsImpossibleOrUnlistedText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("February 30") << u"2026-02-30 10:00"_s;
    QTest::newRow("February 29, common year") << u"2025-02-29 10:00"_s;
    QTest::newRow("month 13") << u"2026-13-01 10:00"_s;
    QTest::newRow("month 0") << u"2026-00-10 10:00"_s;
    QTest::newRow("day 0") << u"2026-11-00 10:00"_s;
    QTest::newRow("year 0") << u"0000-01-01 10:00"_s;
    QTest::newRow("hour 24") << u"2026-11-03 24:00"_s;
    QTest::newRow("minute 60") << u"2026-11-03 10:60"_s;
    QTest::newRow("leap second") << u"2026-12-31 23:59:60"_s;
    QTest::newRow("date only") << u"2026-11-03"_s;
    QTest::newRow("time only") << u"09:15"_s;
    QTest::newRow("no minutes") << u"2026-11-03 09"_s;
    QTest::newRow("empty seconds") << u"2026-11-03 09:15:"_s;
    QTest::newRow("empty fraction") << u"2026-11-03 09:15:30."_s;
    QTest::newRow("one-digit seconds") << u"2026-11-03 09:15:3"_s;
    QTest::newRow("one-digit hour") << u"2026-11-03 9:15"_s;
    QTest::newRow("one-digit day") << u"2026-11-3 09:15"_s;
    QTest::newRow("two-digit year") << u"26-11-03 09:15"_s;
    QTest::newRow("five-digit year") << u"12026-11-03 09:15"_s;
    QTest::newRow("slashes") << u"2026/11/03 09:15"_s;
    QTest::newRow("two spaces") << u"2026-11-03  09:15"_s;
    QTest::newRow("lower-case t") << u"2026-11-03t09:15"_s;
    QTest::newRow("lower-case z") << u"2026-11-03T09:15z"_s;
    QTest::newRow("two Zs") << u"2026-11-03T09:15ZZ"_s;
    QTest::newRow("offset") << u"2026-11-03T09:15+08:00"_s;
    QTest::newRow("negative offset") << u"2026-11-03T09:15:00-05:00"_s;
    QTest::newRow("offset without colon") << u"2026-11-03T09:15:00+0800"_s;
    QTest::newRow("zone name") << u"2026-11-03 09:15 UTC"_s;
    QTest::newRow("leading space") << u" 2026-11-03 09:15"_s;
    QTest::newRow("trailing newline") << u"2026-11-03 09:15\n"_s;
    QTest::newRow("full-width digits") << u"\uFF12\uFF10\uFF12\uFF16-11-03 09:15"_s;
    QTest::newRow("Arabic-Indic minutes") << u"2026-11-03 09:\u0661\u0665"_s;
    QTest::newRow("epoch seconds") << u"1619601108"_s;
    QTest::newRow("garbage") << u"yesterday"_s;
    QTest::newRow("empty") << QString();
}

void TestWallTime::parseWallTime_rejectsImpossibleOrUnlistedText()
{
    QFETCH(QString, text);
    QCOMPARE(parseWallTime(text, kCst, WallTimeSyntax::Service), std::nullopt);
    QCOMPARE(parseWallTime(text, kCst, WallTimeSyntax::Plain), std::nullopt);
}

QTEST_GUILESS_MAIN(TestWallTime)
#include "tst_walltime.moc"
