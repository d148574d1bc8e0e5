// The service's daily totals: whole-day windows of at most 7 days, no older than 30 days.
#include "lists/dailystats.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

using Windows = QList<std::pair<QDate, QDate>>;

class TestDailyStats final : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 12, 1};

private Q_SLOTS:
    void plan_splitsAndClamps_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<Windows>("windows");
        QTest::addColumn<bool>("clamped");
        const QDate t = m_today;
        QTest::newRow("one day") << t << t << Windows{{t, t}} << false;
        QTest::newRow("exactly seven") << t.addDays(-6) << t << Windows{{t.addDays(-6), t}} << false;
        QTest::newRow("eight days: two calls")
            << t.addDays(-7) << t << Windows{{t.addDays(-7), t.addDays(-1)}, {t, t}} << false;
        QTest::newRow("older than 30 days: clamped")
            << t.addDays(-45) << t.addDays(-20)
            << Windows{{t.addDays(-30), t.addDays(-24)}, {t.addDays(-23), t.addDays(-20)}} << true;
        QTest::newRow("wholly too old") << t.addDays(-60) << t.addDays(-40) << Windows{} << true;
        QTest::newRow("future days dropped")
            << t.addDays(-1) << t.addDays(5) << Windows{{t.addDays(-1), t}} << false;
    }

    void plan_splitsAndClamps()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(Windows, windows);
        QFETCH(bool, clamped);
        const StatsPlan plan = planStats({start, end, {}, {}}, m_today);
        QCOMPARE(plan.windows, windows);
        QCOMPARE(plan.clamped, clamped);
        for (const auto &[from, to] : plan.windows)
            QVERIFY(from.daysTo(to) < StatsPlan::kMaxSpanDays);
    }

    void params_areWholeDays_withTheFilter()
    {
        const QueryParams p =
            statsParams({{}, {}, u"Newsletter"_s, {}}, QDate(2026, 11, 3), QDate(2026, 11, 9));
        QVERIFY(p.contains(qMakePair(u"StartTime"_s, u"2026-11-03"_s)));
        QVERIFY(p.contains(qMakePair(u"EndTime"_s, u"2026-11-09"_s)));
        QVERIFY(p.contains(qMakePair(u"TagName"_s, u"Newsletter"_s)));
        QCOMPARE(p.size(), 3);
    }

    void parse_readsStringCounts_andSkipsUnreadableDays()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(
                "{\"RequestId\":\"r\",\"TotalCount\":2,\"data\":{\"stat\":["
                "{\"CreateTime\":\"2026-11-03\",\"requestCount\":\"10\",\"successCount\":\"8\","
                "\"faildCount\":\"1\",\"unavailableCount\":\"1\",\"succeededPercent\":\"80.00%\"},"
                "{\"CreateTime\":\"someday\",\"requestCount\":\"3\"},"
                "{\"CreateTime\":\"2026-11-04T00:00:00Z\",\"requestCount\":5}]}}")
                .object();
        QString problem;
        const auto days = parseStatsPage(body, &problem);
        QVERIFY2(days, qPrintable(problem));
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).day, QDate(2026, 11, 3));
        QCOMPARE(days->at(0).requests, qint64(10));
        QCOMPARE(days->at(0).successes, qint64(8));
        QCOMPARE(days->at(0).failures, qint64(1));
        QCOMPARE(days->at(0).unavailable, qint64(1));
        QCOMPARE(days->at(0).raw.value(u"succeededPercent"_s).toString(), u"80.00%"_s);
        QCOMPARE(days->at(1).day, QDate(2026, 11, 4));
        QCOMPARE(days->at(1).requests, qint64(5));
        QCOMPARE(days->at(1).successes, qint64(0));
        QVERIFY(!parseStatsPage(QJsonDocument::fromJson("{\"data\":{\"stat\":7}}").object(), &problem));
        QVERIFY(parseStatsPage(QJsonObject{}, &problem)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDailyStats)
#include "tst_dailystats.moc"
