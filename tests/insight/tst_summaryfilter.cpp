// A click on a summary entry shows exactly the rows that entry counted.
#include "insight/summaryfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QList<MailRecord> sample()
{
    QList<MailRecord> records;
    const qint64 base = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const QStringList domains{u"QQ.com"_s, u"163.com"_s, u"gmail.com"_s, u"no-at"_s};
    const QStringList messages{u"250 OK"_s, u"550 5.1.1 unknown"_s, u"smtp;550 5.1.1 gone"_s, u"timeout"_s};
    for (int i = 0; i < 400; ++i) {
        MailRecord r;
        r.status = DeliveryStatus(QList<int>{0, 2, 3, 4, -1}.at(i % 5));
        r.toAddress = u"u%1@"_s.arg(i) + domains.at(i % 4);
        r.errorClassification = i % 3 ? u"SendOk"_s : u"SmtpNxBox"_s;
        r.message = messages.at(i % 4);
        r.accountName = i % 2 ? u"a@x.example"_s : u"b@x.example"_s;
        r.utcSeconds = i % 11 == 0 ? 0 : base + i * 977;
        records << r;
    }
    return records;
}

qint64 matching(const QList<MailRecord> &records, const SummaryFilter &filter)
{
    return std::count_if(records.cbegin(), records.cend(),
                         [&filter](const MailRecord &r) { return filter.matches(r); });
}

} // namespace

class TestSummaryFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntry_matchesExactlyTheRowsItCounted_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::newRow("utc") << QTimeZone::utc();
        QTest::newRow("+08:00") << QTimeZone(8 * 3600);
        QTest::newRow("Europe/Berlin") << QTimeZone("Europe/Berlin");
    }

    void everyEntry_matchesExactlyTheRowsItCounted()
    {
        QFETCH(QTimeZone, zone);
        const QList<MailRecord> records = sample();
        Summary summary(zone);
        for (const MailRecord &r : records)
            summary.add(r);
        for (int i = 0; i < 5; ++i) {
            const DeliveryStatus status = Summary::statusAt(i);
            QCOMPARE(matching(records, SummaryFilter::byStatus(status)), summary.count(status));
        }
        for (auto d : {Summary::Dimension::Classification, Summary::Dimension::SmtpReply,
                       Summary::Dimension::Domain, Summary::Dimension::Sender}) {
            const auto entries = summary.top(d);
            QVERIFY(!entries.isEmpty());
            for (const Summary::Entry &e : entries)
                QCOMPARE(matching(records, SummaryFilter::byKey(d, e.key)), e.count);
        }
        for (auto size : {Summary::BucketSize::Hour, Summary::BucketSize::Day}) {
            qint64 total = 0;
            for (const Summary::Bucket &b : summary.buckets(size)) {
                QVERIFY(b.endUtc > b.startUtc);
                QCOMPARE(matching(records, SummaryFilter::byTime(b.startUtc, b.endUtc)), b.total());
                total += b.total();
            }
            QCOMPARE(total, matching(records, SummaryFilter::byTime(1, std::numeric_limits<qint64>::max())));
        }
    }

    void description_namesTheCriterion()
    {
        QCOMPARE(SummaryFilter::byKey(Summary::Dimension::Domain, u"qq.com"_s).description(QTimeZone::utc()),
                 u"Domain: qq.com"_s);
        QVERIFY(
            SummaryFilter::byStatus(DeliveryStatus::Spam).description(QTimeZone::utc()).contains(u"Spam"_s));
        const qint64 t = QDateTime(QDate(2026, 11, 3), QTime(6, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(SummaryFilter::byTime(t, t + 3600).description(QTimeZone(8 * 3600)),
                 u"Time: 2026-11-03 14:00 – 2026-11-03 15:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestSummaryFilter)
#include "tst_summaryfilter.moc"
