// Counting a result: statuses, classifications, replies, domains, senders and time buckets.
#include "insight/summary.h"
#include "records/pageparser.h"
#include "records/recordstore.h"
#include "sandbox/sandboxdataset.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const qint64 kNoon = QDateTime(QDate(2026, 11, 3), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

MailRecord rec(DeliveryStatus status, const QString &to, const QString &classification = {},
               const QString &message = {}, qint64 utc = kNoon,
               const QString &sender = u"noreply@mail.example.com"_s)
{
    MailRecord r;
    r.status = status;
    r.toAddress = to;
    r.errorClassification = classification;
    r.message = message;
    r.utcSeconds = utc;
    r.accountName = sender;
    return r;
}

using Entries = QList<Summary::Entry>;

} // namespace

Q_DECLARE_METATYPE(QList<MailRecord>)

class TestSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QList<MailRecord>>("records");
        QTest::addColumn<QList<qint64>>("status"); // delivered, invalid, spam, failed, unknown
        QTest::addColumn<Entries>("classifications");
        QTest::addColumn<Entries>("domains");
        QTest::addColumn<Entries>("replies");

        QTest::newRow("empty") << QList<MailRecord>{} << QList<qint64>{0, 0, 0, 0, 0} << Entries{}
                               << Entries{} << Entries{};
        QTest::newRow("one status only") << QList<MailRecord>{rec(DeliveryStatus::Delivered, u"a@qq.com"_s,
                                                                  u"SendOk"_s, u"250 Send Mail OK"_s),
                                                              rec(DeliveryStatus::Delivered, u"b@qq.com"_s,
                                                                  u"SendOk"_s, u"250 Send Mail OK"_s)}
                                         << QList<qint64>{2, 0, 0, 0, 0} << Entries{{u"SendOk"_s, 2}}
                                         << Entries{{u"qq.com"_s, 2}} << Entries{{u"250"_s, 2}};
        QTest::newRow("mixed, ties by key")
            << QList<MailRecord>{rec(DeliveryStatus::InvalidAddress, u"x@Gmail.COM"_s, u"SmtpNxBox"_s,
                                     u"550 5.1.1 user unknown"_s),
                                 rec(DeliveryStatus::InvalidAddress, u"y@gmail.com"_s, u"SmtpNxBox"_s,
                                     u"smtp;550 5.1.1 no such user"_s),
                                 rec(DeliveryStatus::Spam, u"z@163.com"_s, u"SpamBlocked"_s,
                                     u"554 spam detected"_s),
                                 rec(DeliveryStatus::Failed, u"w@126.com"_s, u"Timeout"_s,
                                     u"Connection timed out"_s),
                                 rec(DeliveryStatus::Unknown, u"v@126.com"_s)}
            << QList<qint64>{0, 2, 1, 1, 1}
            << Entries{{u"SmtpNxBox"_s, 2}, {u"SpamBlocked"_s, 1}, {u"Timeout"_s, 1}}
            << Entries{{u"126.com"_s, 2}, {u"gmail.com"_s, 2}, {u"163.com"_s, 1}}
            << Entries{{u"550 5.1.1"_s, 2}, {u"554"_s, 1}};
        QTest::newRow("hostile text")
            << QList<MailRecord>{rec(DeliveryStatus::Failed, u"no-at-sign"_s, u"a,\"b\"\n=cmd"_s,
                                     u"=HYPERLINK(\"x\")"_s),
                                 rec(DeliveryStatus::Failed, u"trailing@"_s, u"a,\"b\"\n=cmd"_s, QString()),
                                 rec(DeliveryStatus::Failed, u"名字@例子.中国"_s, u"ÜmlautClass"_s,
                                     u"421 4.7.0 try later"_s),
                                 rec(DeliveryStatus::Failed, u"two@at@Example.ORG "_s, QString(),
                                     u"5.7.1 blocked"_s)}
            << QList<qint64>{0, 0, 0, 4, 0} << Entries{{u"a,\"b\"\n=cmd"_s, 2}, {u"ÜmlautClass"_s, 1}}
            << Entries{{u"example.org"_s, 1}, {u"例子.中国"_s, 1}}
            << Entries{{u"421 4.7.0"_s, 1}, {u"5.7.1"_s, 1}};
    }

    void counts()
    {
        QFETCH(QList<MailRecord>, records);
        QFETCH(QList<qint64>, status);
        QFETCH(Entries, classifications);
        QFETCH(Entries, domains);
        QFETCH(Entries, replies);
        Summary summary;
        for (const MailRecord &r : records)
            summary.add(r);
        QCOMPARE(summary.total(), qint64(records.size()));
        QCOMPARE(QList<qint64>(summary.statusCounts().cbegin(), summary.statusCounts().cend()), status);
        QCOMPARE(summary.top(Summary::Dimension::Classification), classifications);
        QCOMPARE(summary.top(Summary::Dimension::Domain), domains);
        QCOMPARE(summary.top(Summary::Dimension::SmtpReply), replies);
        qint64 sum = 0;
        for (qint64 n : summary.statusCounts())
            sum += n;
        QCOMPARE(sum, summary.total());
    }

    void aggregatedCounts_equalTheSameRecordsAddedOneByOne()
    {
        const QTimeZone zone(8 * 3600);
        const qint64 day = QDateTime(QDate(2026, 11, 3), QTime(0, 0), zone).toSecsSinceEpoch();
        Summary byRecord(zone);
        for (int i = 0; i < 5; ++i) {
            MailRecord r;
            r.utcSeconds = day + 3600 * i;
            r.status = i < 3 ? DeliveryStatus::Delivered : DeliveryStatus::Spam;
            r.toAddress = QStringLiteral("a%1@qq.com").arg(i);
            byRecord.add(r);
        }
        Summary aggregated(zone);
        aggregated.addCounts(day, DeliveryStatus::Delivered, 3);
        aggregated.addCounts(day, DeliveryStatus::Spam, 2);
        aggregated.addKeyCount(Summary::Dimension::Domain, QStringLiteral("qq.com"), 5);
        aggregated.addKeyCount(Summary::Dimension::Sender, QString(), 5); // no key: not counted
        QCOMPARE(aggregated.total(), byRecord.total());
        QCOMPARE(aggregated.statusCounts(), byRecord.statusCounts());
        QCOMPARE(aggregated.top(Summary::Dimension::Domain), byRecord.top(Summary::Dimension::Domain));
        QVERIFY(aggregated.top(Summary::Dimension::Sender).isEmpty());
        const auto days = aggregated.buckets(Summary::BucketSize::Day);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).label, byRecord.buckets(Summary::BucketSize::Day).at(0).label);
        QCOMPARE(days.at(0).counts, byRecord.buckets(Summary::BucketSize::Day).at(0).counts);
    }

    void top_limitsAndKeepsTheLargest()
    {
        Summary summary;
        for (int i = 0; i < 10; ++i)
            for (int n = 0; n <= i; ++n)
                summary.add(rec(DeliveryStatus::Delivered, u"u@d%1.example"_s.arg(i)));
        const Entries top3 = summary.top(Summary::Dimension::Domain, 3);
        QCOMPARE(top3, (Entries{{u"d9.example"_s, 10}, {u"d8.example"_s, 9}, {u"d7.example"_s, 8}}));
        QCOMPARE(summary.top(Summary::Dimension::Domain).size(), 10);
        QCOMPARE(summary.count(Summary::Dimension::Domain, u"d4.example"_s), qint64(5));
    }

    void share_isOfTheTotal()
    {
        Summary summary;
        QCOMPARE(summary.share(DeliveryStatus::Delivered), 0.0);
        for (int i = 0; i < 3; ++i)
            summary.add(rec(DeliveryStatus::Delivered, u"a@b.c"_s));
        summary.add(rec(DeliveryStatus::Spam, u"a@b.c"_s));
        QCOMPARE(summary.share(DeliveryStatus::Delivered), 0.75);
        QCOMPARE(summary.share(DeliveryStatus::Spam), 0.25);
    }

    void replyGroup_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("group");
        QTest::newRow("code and enhanced") << u"550 5.1.1 <a@b> user unknown"_s << u"550 5.1.1"_s;
        QTest::newRow("wrapped") << u"host mx.example said: 421 4.7.0 try again"_s << u"421 4.7.0"_s;
        QTest::newRow("code only") << u"250 Send Mail OK"_s << u"250"_s;
        QTest::newRow("enhanced only") << u"5.7.1 blocked"_s << u"5.7.1"_s;
        QTest::newRow("none") << u"Connection timed out"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void replyGroup()
    {
        QFETCH(QString, message);
        QFETCH(QString, group);
        QCOMPARE(Summary::replyGroup(message), group);
    }

    void buckets_useTheSummarysZone_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::addColumn<QStringList>("days");
        QTest::addColumn<QStringList>("hours");
        // 2026-11-03 15:30 UTC and 16:30 UTC: either side of midnight in UTC+08:00.
        QTest::newRow("utc") << QTimeZone::utc() << QStringList{u"2026-11-03"_s}
                             << QStringList{u"2026-11-03 15:00"_s, u"2026-11-03 16:00"_s};
        QTest::newRow("service +08:00")
            << QTimeZone(8 * 3600) << QStringList{u"2026-11-03"_s, u"2026-11-04"_s}
            << QStringList{u"2026-11-03 23:00"_s, u"2026-11-04 00:00"_s};
        QTest::newRow("half-hour -03:30") << QTimeZone(-3 * 3600 - 1800) << QStringList{u"2026-11-03"_s}
                                          << QStringList{u"2026-11-03 12:00"_s, u"2026-11-03 13:00"_s};
        QTest::newRow("with DST, Europe/Berlin (winter, +01:00)")
            << QTimeZone("Europe/Berlin") << QStringList{u"2026-11-03"_s}
            << QStringList{u"2026-11-03 16:00"_s, u"2026-11-03 17:00"_s};
    }

    void buckets_useTheSummarysZone()
    {
        QFETCH(QTimeZone, zone);
        QFETCH(QStringList, days);
        QFETCH(QStringList, hours);
        QVERIFY(zone.isValid());
        Summary summary(zone);
        const qint64 t = QDateTime(QDate(2026, 11, 3), QTime(15, 30), QTimeZone::utc()).toSecsSinceEpoch();
        summary.add(rec(DeliveryStatus::Delivered, u"a@b.c"_s, {}, {}, t));
        summary.add(rec(DeliveryStatus::Spam, u"a@b.c"_s, {}, {}, t + 3600));
        summary.add(rec(DeliveryStatus::Spam, u"a@b.c"_s, {}, {}, t + 3600 + 60));
        QStringList dayLabels, hourLabels;
        qint64 total = 0;
        for (const auto &b : summary.buckets(Summary::BucketSize::Day)) {
            dayLabels << b.label;
            total += b.total();
        }
        for (const auto &b : summary.buckets(Summary::BucketSize::Hour))
            hourLabels << b.label;
        QCOMPARE(dayLabels, days);
        QCOMPARE(hourLabels, hours);
        QCOMPARE(total, qint64(3));
        const auto hoursList = summary.buckets(Summary::BucketSize::Hour);
        QCOMPARE(hoursList.last().counts[size_t(Summary::statusIndex(DeliveryStatus::Spam))], qint64(2));
        // The start is the bucket's wall time in the zone, as an instant.
        QCOMPARE(
            QDateTime::fromSecsSinceEpoch(hoursList.first().startUtc, zone).toString(u"yyyy-MM-dd HH:mm"_s),
            hours.first());
    }

    void recordsWithoutTime_countButHaveNoBucket()
    {
        Summary summary;
        summary.add(rec(DeliveryStatus::Delivered, u"a@b.c"_s, {}, {}, 0));
        QCOMPARE(summary.total(), qint64(1));
        QVERIFY(summary.buckets(Summary::BucketSize::Day).isEmpty());
    }

    void pageByPage_equalsAllAtOnce()
    {
        QList<MailRecord> all;
        for (int i = 0; i < 1000; ++i)
            all << rec(DeliveryStatus(i % 7 == 0   ? 4
                                      : i % 5 == 0 ? 2
                                                   : 0),
                       u"u%1@d%2.example"_s.arg(i).arg(i % 13), u"C%1"_s.arg(i % 4),
                       u"%1 reply"_s.arg(i % 2 ? 250 : 550), kNoon + i * 600);
        Summary whole;
        for (const MailRecord &r : all)
            whole.add(r);
        Summary paged;
        for (int start = 0; start < all.size(); start += 100) {
            ParsedPage page;
            for (int i = start; i < start + 100; ++i) {
                ParsedRecord r;
                r.record = all.at(i);
                page.records << r;
            }
            paged.addPage(page);
        }
        QCOMPARE(paged.statusCounts(), whole.statusCounts());
        for (auto d : {Summary::Dimension::Classification, Summary::Dimension::SmtpReply,
                       Summary::Dimension::Domain, Summary::Dimension::Sender})
            QCOMPARE(paged.top(d), whole.top(d));
        QCOMPARE(paged.buckets(Summary::BucketSize::Hour).size(),
                 whole.buckets(Summary::BucketSize::Hour).size());
        paged.clear();
        QCOMPARE(paged.total(), qint64(0));
        QVERIFY(paged.top(Summary::Dimension::Domain).isEmpty());
        QVERIFY(paged.buckets(Summary::BucketSize::Day).isEmpty());
    }

    void addStore_equalsAddingEachRecord_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::newRow("+08:00") << QTimeZone(8 * 3600);
        QTest::newRow("Europe/Berlin") << QTimeZone("Europe/Berlin");
    }

    void addStore_equalsAddingEachRecord()
    {
        QFETCH(QTimeZone, zone);
        // The sandbox's generator: realistic and hostile text (odd domains, unicode, no '@').
        const SandboxDataset data(4, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC), 6000);
        RecordStore store;
        for (int first = 0; first < data.size(); first += 100) {
            QJsonArray items;
            for (int i = first; i < std::min(first + 100, data.size()); ++i)
                items.append(data.recordJson(i));
            store.append(*parsePage(QJsonObject{{u"data"_s, QJsonObject{{u"mailDetail"_s, items}}}}));
        }
        Summary fast(zone), slow(zone);
        fast.addStore(store, 0, store.size() / 2);
        fast.addStore(store, store.size() / 2 + 1, store.size() - 1); // in two parts, like pages
        for (qsizetype row = 0; row < store.size(); ++row)
            slow.add(store.record(row));
        QCOMPARE(fast.total(), slow.total());
        QCOMPARE(fast.statusCounts(), slow.statusCounts());
        for (auto d : {Summary::Dimension::Classification, Summary::Dimension::SmtpReply,
                       Summary::Dimension::Domain, Summary::Dimension::Sender}) {
            QVERIFY(!slow.top(d).isEmpty());
            QCOMPARE(fast.top(d), slow.top(d));
        }
        const auto hours = [](const Summary &s) {
            QList<std::pair<qint64, qint64>> list;
            for (const Summary::Bucket &b : s.buckets(Summary::BucketSize::Hour))
                list.append({b.startUtc, b.total()});
            return list;
        };
        QCOMPARE(hours(fast), hours(slow));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
