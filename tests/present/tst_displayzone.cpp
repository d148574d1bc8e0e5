#include "present/displayzone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sendtrail::DisplayZone;
using sendtrail::DisplayZones;

namespace {

// The C library reads TZ for "local time"; setting it before main() (ctest sets TZ=UTC) makes Local
// a zone of its own: POSIX "NST+3:30" is UTC-03:30 all year, no DST, and needs no tzdata.
void useFixedLocalZone()
{
    qputenv("TZ", "NST+3:30");
}
Q_CONSTRUCTOR_FUNCTION(useFixedLocalZone)

constexpr int kLocalOffset = -(3 * 3600 + 30 * 60);
constexpr qint64 kMay1 = 1714572189;    // 2024-05-01 14:03:09 UTC
constexpr qint64 kNewYear = 1704076200; // 2024-01-01 02:30:00 UTC

} // namespace

class TestDisplayZone final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeZone_fixedZones_haveTheirOffset_data();
    void timeZone_fixedZones_haveTheirOffset();
    void timeZone_local_isTheSystemZone();
    void toZone_keepsTheInstantAndTakesTheZoneOffset_data();
    void toZone_keepsTheInstantAndTakesTheZoneOffset();
    void format_showsWallTimeInTheZone_data();
    void format_showsWallTimeInTheZone();
    void offsetText_signedHoursAndMinutes_data();
    void offsetText_signedHoursAndMinutes();
    void label_namesZoneAndOffset_data();
    void label_namesZoneAndOffset();
    void key_fromKey_roundTrip_data();
    void key_fromKey_roundTrip();
    void fromKey_unknownKey_isLocal_data();
    void fromKey_unknownKey_isLocal();
};

void TestDisplayZone::timeZone_fixedZones_haveTheirOffset_data()
{
    QTest::addColumn<DisplayZone>("zone");
    QTest::addColumn<int>("serviceOffset");
    QTest::addColumn<int>("expectedOffset");

    QTest::newRow("utc ignores the service offset") << DisplayZone::Utc << 8 * 3600 << 0;
    QTest::newRow("service +08:00") << DisplayZone::Service << 8 * 3600 << 8 * 3600;
    QTest::newRow("service 00:00") << DisplayZone::Service << 0 << 0;
    QTest::newRow("service -05:00") << DisplayZone::Service << -5 * 3600 << -5 * 3600;
    QTest::newRow("service +05:30") << DisplayZone::Service << 19800 << 19800;
    QTest::newRow("service -03:30") << DisplayZone::Service << -12600 << -12600;
    QTest::newRow("service +05:45") << DisplayZone::Service << 20700 << 20700;
    QTest::newRow("service +14:00") << DisplayZone::Service << 14 * 3600 << 14 * 3600;
    QTest::newRow("service -12:00") << DisplayZone::Service << -12 * 3600 << -12 * 3600;
}

void TestDisplayZone::timeZone_fixedZones_haveTheirOffset()
{
    QFETCH(DisplayZone, zone);
    QFETCH(int, serviceOffset);
    QFETCH(int, expectedOffset);
    const QTimeZone tz = DisplayZones::timeZone(zone, serviceOffset);
    QVERIFY(tz.isValid());
    // A fixed offset: the same in winter and summer.
    for (const qint64 at : {kMay1, kNewYear})
        QCOMPARE(tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())), expectedOffset);
}

void TestDisplayZone::timeZone_local_isTheSystemZone()
{
    QCOMPARE(DisplayZones::timeZone(DisplayZone::Local, 8 * 3600), QTimeZone::systemTimeZone());
}

void TestDisplayZone::toZone_keepsTheInstantAndTakesTheZoneOffset_data()
{
    QTest::addColumn<DisplayZone>("zone");
    QTest::addColumn<int>("serviceOffset");
    QTest::addColumn<int>("expectedOffset");

    QTest::newRow("local ignores the service offset") << DisplayZone::Local << 8 * 3600 << kLocalOffset;
    QTest::newRow("utc") << DisplayZone::Utc << 8 * 3600 << 0;
    QTest::newRow("service +08:00") << DisplayZone::Service << 8 * 3600 << 8 * 3600;
    QTest::newRow("service -05:00") << DisplayZone::Service << -5 * 3600 << -5 * 3600;
    QTest::newRow("service +05:30") << DisplayZone::Service << 19800 << 19800;
    QTest::newRow("service -00:30") << DisplayZone::Service << -1800 << -1800;
}

void TestDisplayZone::toZone_keepsTheInstantAndTakesTheZoneOffset()
{
    QFETCH(DisplayZone, zone);
    QFETCH(int, serviceOffset);
    QFETCH(int, expectedOffset);
    const QDateTime instant = QDateTime::fromSecsSinceEpoch(kMay1, QTimeZone::utc());
    const QDateTime shown = DisplayZones::toZone(instant, zone, serviceOffset);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.toSecsSinceEpoch(), kMay1);
    QCOMPARE(shown.offsetFromUtc(), expectedOffset);
}

void TestDisplayZone::format_showsWallTimeInTheZone_data()
{
    QTest::addColumn<qint64>("utcSeconds");
    QTest::addColumn<DisplayZone>("zone");
    QTest::addColumn<int>("serviceOffset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << kMay1 << DisplayZone::Utc << 8 * 3600 << u"2024-05-01 14:03:09"_s;
    QTest::newRow("service +08:00") << kMay1 << DisplayZone::Service << 8 * 3600 << u"2024-05-01 22:03:09"_s;
    QTest::newRow("service -05:00") << kMay1 << DisplayZone::Service << -5 * 3600 << u"2024-05-01 09:03:09"_s;
    QTest::newRow("service +05:30") << kMay1 << DisplayZone::Service << 19800 << u"2024-05-01 19:33:09"_s;
    QTest::newRow("service +05:45") << kMay1 << DisplayZone::Service << 20700 << u"2024-05-01 19:48:09"_s;
    QTest::newRow("service -00:30") << kMay1 << DisplayZone::Service << -1800 << u"2024-05-01 13:33:09"_s;
    QTest::newRow("service +14:00 crosses into the next day")
        << kMay1 << DisplayZone::Service << 14 * 3600 << u"2024-05-02 04:03:09"_s;
    QTest::newRow("service -05:00 crosses into the previous year")
        << kNewYear << DisplayZone::Service << -5 * 3600 << u"2023-12-31 21:30:00"_s;
    QTest::newRow("service -03:30 at midnight")
        << kNewYear << DisplayZone::Service << -12600 << u"2023-12-31 23:00:00"_s;
    QTest::newRow("local -03:30, service offset ignored")
        << kMay1 << DisplayZone::Local << 8 * 3600 << u"2024-05-01 10:33:09"_s;
}

void TestDisplayZone::format_showsWallTimeInTheZone()
{
    QFETCH(qint64, utcSeconds);
    QFETCH(DisplayZone, zone);
    QFETCH(int, serviceOffset);
    QFETCH(QString, expected);
    QCOMPARE(DisplayZones::format(utcSeconds, zone, serviceOffset), expected);
}

void TestDisplayZone::offsetText_signedHoursAndMinutes_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0 << u"UTC+00:00"_s;
    QTest::newRow("+08:00") << 8 * 3600 << u"UTC+08:00"_s;
    QTest::newRow("-05:00") << -5 * 3600 << u"UTC-05:00"_s;
    QTest::newRow("+05:30") << 19800 << u"UTC+05:30"_s;
    QTest::newRow("-03:30") << -12600 << u"UTC-03:30"_s;
    QTest::newRow("+05:45") << 20700 << u"UTC+05:45"_s;
    QTest::newRow("-00:30 keeps its sign") << -1800 << u"UTC-00:30"_s;
    QTest::newRow("+14:00") << 14 * 3600 << u"UTC+14:00"_s;
    QTest::newRow("-12:00") << -12 * 3600 << u"UTC-12:00"_s;
}

void TestDisplayZone::offsetText_signedHoursAndMinutes()
{
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QCOMPARE(DisplayZones::offsetText(offset), expected);
}

void TestDisplayZone::label_namesZoneAndOffset_data()
{
    QTest::addColumn<DisplayZone>("zone");
    QTest::addColumn<int>("serviceOffset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("local") << DisplayZone::Local << 8 * 3600 << u"Local (UTC-03:30)"_s;
    QTest::newRow("utc") << DisplayZone::Utc << 8 * 3600 << u"UTC"_s;
    QTest::newRow("service +08:00") << DisplayZone::Service << 8 * 3600 << u"Service (UTC+08:00)"_s;
    QTest::newRow("service -05:00") << DisplayZone::Service << -5 * 3600 << u"Service (UTC-05:00)"_s;
}

void TestDisplayZone::label_namesZoneAndOffset()
{
    QFETCH(DisplayZone, zone);
    QFETCH(int, serviceOffset);
    QFETCH(QString, expected);
    QCOMPARE(DisplayZones::label(zone, serviceOffset), expected);
}

void TestDisplayZone::key_fromKey_roundTrip_data()
{
    QTest::addColumn<DisplayZone>("zone");
    QTest::addColumn<QString>("key");

    QTest::newRow("local") << DisplayZone::Local << u"local"_s;
    QTest::newRow("utc") << DisplayZone::Utc << u"utc"_s;
    QTest::newRow("service") << DisplayZone::Service << u"service"_s;
}

void TestDisplayZone::key_fromKey_roundTrip()
{
    QFETCH(DisplayZone, zone);
    QFETCH(QString, key);
    QCOMPARE(DisplayZones::key(zone), key); // stored in QSettings: must never change
    QCOMPARE(DisplayZones::fromKey(key), zone);
}

void TestDisplayZone::fromKey_unknownKey_isLocal_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("unknown word") << u"gmt"_s;
    QTest::newRow("offset text") << u"UTC+08:00"_s;
    QTest::newRow("padded") << u" utc "_s;
}

void TestDisplayZone::fromKey_unknownKey_isLocal()
{
    QFETCH(QString, key);
    QCOMPARE(DisplayZones::fromKey(key), DisplayZone::Local);
}

QTEST_GUILESS_MAIN(TestDisplayZone)
#include "tst_displayzone.moc"
