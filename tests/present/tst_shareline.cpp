// A record's share line reads well in a ticket and opens the same record again when pasted.
#include "present/shareline.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

MailRecord sample(const QString &subject)
{
    MailRecord r;
    r.utcSeconds = QDateTime(QDate(2026, 11, 30), QTime(2, 0, 5), QTimeZone::utc()).toSecsSinceEpoch();
    r.toAddress = u"alice@example.com"_s;
    r.subject = subject;
    r.status = DeliveryStatus::Delivered;
    return r;
}

} // namespace

class TestShareLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_readsLikeASentence()
    {
        QCOMPARE(ShareLine::format(sample(u"Spring sale"_s), u"5D2C-11"_s),
                 u"Sendtrail: 2026-11-30 02:00:05 UTC · to alice@example.com · \"Spring sale\" · Delivered · "
                 "RequestId 5D2C-11"_s);
    }

    void formatThenParse_roundTrips_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("plain") << u"Spring sale"_s << u"5D2C-11"_s;
        QTest::newRow("quotes and separators in the subject") << u"\"Hi\" · 50% off · \"now\""_s << u"A-1"_s;
        QTest::newRow("no RequestId") << u"Invoice 42"_s << QString();
        QTest::newRow("Chinese subject") << u"您的订单已发货"_s << u"B-2"_s;
        QTest::newRow("empty subject") << QString() << u"C-3"_s;
    }

    void formatThenParse_roundTrips()
    {
        QFETCH(QString, subject);
        QFETCH(QString, requestId);
        const MailRecord record = sample(subject);
        const auto line = ShareLine::parse(ShareLine::format(record, requestId));
        QVERIFY(line);
        QCOMPARE(line->time.toSecsSinceEpoch(), record.utcSeconds);
        QCOMPARE(line->toAddress, record.toAddress);
        QCOMPARE(line->subject, subject);
        QCOMPARE(line->status, u"Delivered"_s);
        QCOMPARE(line->requestId, requestId);
        QVERIFY(line->matches(record));
    }

    void parse_acceptsMangledLines_andRefusesOthers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ticket system ate the separators")
            << u"see 2026-11-30T02:00:05Z alice@example.com delivered?"_s << true;
        QTest::newRow("surrounding whitespace")
            << u"  Sendtrail: 2026-11-30 02:00:05 UTC · to alice@example.com · \"x\" · Spam · RequestId R  \n"_s
            << true;
        QTest::newRow("no address") << u"2026-11-30 02:00:05 UTC"_s << false;
        QTest::newRow("no time") << u"to alice@example.com"_s << false;
        QTest::newRow("impossible date") << u"2026-13-45 02:00:05 alice@example.com"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void parse_acceptsMangledLines_andRefusesOthers()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const auto line = ShareLine::parse(text);
        QCOMPARE(line.has_value(), accepted);
        if (accepted) {
            QCOMPARE(line->toAddress, u"alice@example.com"_s);
            QCOMPARE(line->time, QDateTime(QDate(2026, 11, 30), QTime(2, 0, 5), QTimeZone::utc()));
        }
    }

    void query_coversTheRecordsMinuteForItsRecipient()
    {
        const auto line = ShareLine::parse(ShareLine::format(sample(u"s"_s), {}));
        QVERIFY(line);
        const MailQuery query = line->query();
        QCOMPARE(query.toAddress, u"alice@example.com"_s);
        QVERIFY(query.start <= line->time && line->time < query.end);
        QCOMPARE(query.start.time().second(), 0);
        QCOMPARE(query.end.time().second(), 0);
        QVERIFY(query.accountName.isEmpty() && query.tagName.isEmpty() && !query.status);
    }

    void matches_rejectsAnotherRecordAtTheSameTime()
    {
        const auto line = ShareLine::parse(ShareLine::format(sample(u"Spring sale"_s), {}));
        QVERIFY(line);
        MailRecord other = sample(u"Autumn sale"_s);
        QVERIFY(!line->matches(other));
        other = sample(u"Spring sale"_s);
        other.toAddress = u"bob@example.com"_s;
        QVERIFY(!line->matches(other));
    }
};

QTEST_GUILESS_MAIN(TestShareLine)
#include "tst_shareline.moc"
