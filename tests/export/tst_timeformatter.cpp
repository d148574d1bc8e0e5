#include "export/exportoptions.h"
#include "export/timeformatter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestTimeFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_knownInstants_data();
    void format_knownInstants();
    void format_matchesQDateTimeAcrossDstTransitions_data();
    void format_matchesQDateTimeAcrossDstTransitions();
    void format_outOfRangeYearsFallBackToQDateTime();
    void label_namesTheZone_data();
    void label_namesTheZone();
};

void TestTimeFormatter::format_knownInstants_data()
{
    QTest::addColumn<ExportTimeZone>("zone");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    // The API doc's example: UtcLastUpdateTime 1619601108 is LastUpdateTime 2021-04-28T17:11 (UTC+8).
    QTest::newRow("doc example UTC") << ExportTimeZone::utc() << qint64(1619601108)
                                     << u"2021-04-28 09:11:48"_s;
    QTest::newRow("doc example UTC+8")
        << ExportTimeZone::fixedOffset(8 * 3600) << qint64(1619601108) << u"2021-04-28 17:11:48"_s;
    QTest::newRow("epoch") << ExportTimeZone::utc() << qint64(0) << u"1970-01-01 00:00:00"_s;
    QTest::newRow("before epoch") << ExportTimeZone::utc() << qint64(-1) << u"1969-12-31 23:59:59"_s;
    QTest::newRow("leap day") << ExportTimeZone::utc() << qint64(1709164800) << u"2024-02-29 00:00:00"_s;
    QTest::newRow("new year west") << ExportTimeZone::fixedOffset(-(3 * 3600 + 1800)) << qint64(1577836800)
                                   << u"2019-12-31 20:30:00"_s;
    QTest::newRow("local is UTC here")
        << ExportTimeZone::local() << qint64(1619601108) << u"2021-04-28 09:11:48"_s;
}

void TestTimeFormatter::format_knownInstants()
{
    QFETCH(ExportTimeZone, zone);
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    if (zone.kind == ExportTimeZone::Kind::Local)
        QCOMPARE(qgetenv("TZ"), QByteArray("UTC")); // the test helper runs every test with TZ=UTC
    TimeFormatter formatter(zone);
    QCOMPARE(formatter.format(seconds).toString(), text);
}

void TestTimeFormatter::format_matchesQDateTimeAcrossDstTransitions_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("America/New_York") << QByteArray("America/New_York");
    QTest::newRow("Australia/Lord_Howe") << QByteArray("Australia/Lord_Howe"); // 30-minute DST
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
}

void TestTimeFormatter::format_matchesQDateTimeAcrossDstTransitions()
{
    QFETCH(QByteArray, zoneId);
    const QTimeZone zone(zoneId);
    QVERIFY2(zone.isValid(), zoneId.constData());
    TimeFormatter formatter(zone);
    const auto check = [&](qint64 s) {
        const QString expected = QDateTime::fromSecsSinceEpoch(s, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        QCOMPARE(formatter.format(s).toString(), expected);
    };
    // Every transition of 2023-2024, probed on both sides, in a back-and-forth order so the
    // offset cache is entered from both directions.
    const auto transitions = zone.transitions(QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                              QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        const qint64 t = it->atUtc.toSecsSinceEpoch();
        for (const qint64 delta : {0LL, -1LL, 1LL, -3600LL, 3600LL, -86400LL})
            check(t + delta);
    }
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i)
        check(1600000000 + qint64(random.bounded(200000000)));
}

void TestTimeFormatter::format_outOfRangeYearsFallBackToQDateTime()
{
    TimeFormatter formatter(ExportTimeZone::utc());
    const qint64 year10000 = 253402300800; // 10000-01-01 00:00:00 UTC
    QCOMPARE(formatter.format(year10000).toString(),
             QDateTime::fromSecsSinceEpoch(year10000, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(formatter.format(year10000 - 86401).toString(), u"9999-12-30 23:59:59"_s);
}

void TestTimeFormatter::label_namesTheZone_data()
{
    QTest::addColumn<ExportTimeZone>("zone");
    QTest::addColumn<QString>("label");
    QTest::newRow("utc") << ExportTimeZone::utc() << u"UTC"_s;
    QTest::newRow("service") << ExportTimeZone::fixedOffset(8 * 3600) << u"UTC+08:00"_s;
    QTest::newRow("zero offset") << ExportTimeZone::fixedOffset(0) << u"UTC+00:00"_s;
    QTest::newRow("negative half hour") << ExportTimeZone::fixedOffset(-(3 * 3600 + 1800)) << u"UTC-03:30"_s;
    QTest::newRow("nepal") << ExportTimeZone::fixedOffset(5 * 3600 + 45 * 60) << u"UTC+05:45"_s;
    QTest::newRow("local") << ExportTimeZone::local() << u"UTC"_s; // TZ=UTC under ctest
}

void TestTimeFormatter::label_namesTheZone()
{
    QFETCH(ExportTimeZone, zone);
    QFETCH(QString, label);
    QCOMPARE(zone.label(), label);
}

QTEST_GUILESS_MAIN(TestTimeFormatter)
#include "tst_timeformatter.moc"
