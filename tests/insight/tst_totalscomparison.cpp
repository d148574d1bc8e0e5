// The service's daily totals beside the counted records, and the verdict in words.
#include "insight/totalscomparison.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QTimeZone kService(8 * 3600);

MailRecord at(const QDate &day, DeliveryStatus status)
{
    MailRecord r;
    r.status = status;
    r.toAddress = u"a@b.c"_s;
    r.utcSeconds = QDateTime(day, QTime(12, 0), kService).toSecsSinceEpoch();
    return r;
}

DailyStat stat(const QDate &day, qint64 requests, qint64 successes)
{
    DailyStat s;
    s.day = day;
    s.requests = requests;
    s.successes = successes;
    return s;
}

} // namespace

class TestTotalsComparison final : public QObject
{
    Q_OBJECT

private:
    const QDate m_d1{2026, 11, 3};
    const QDate m_d2{2026, 11, 4};

    Summary counted() const
    {
        Summary summary(kService);
        summary.add(at(m_d1, DeliveryStatus::Delivered));
        summary.add(at(m_d1, DeliveryStatus::Spam));
        summary.add(at(m_d2, DeliveryStatus::Delivered));
        return summary;
    }

private Q_SLOTS:
    void agreeingDays_sayTheyAgree()
    {
        const TotalsComparison c(counted(), {stat(m_d1, 2, 1), stat(m_d2, 1, 1)}, m_d1, m_d2, true);
        QCOMPARE(c.days().size(), 2);
        QCOMPARE(c.disagreements(), 0);
        QVERIFY2(c.verdict().contains(u"agree on all 2 days"_s), qPrintable(c.verdict()));
    }

    void aDayWithoutServiceMail_countsAsZero()
    {
        const TotalsComparison c(counted(), {stat(m_d1, 2, 1)}, m_d1, m_d2, true);
        QCOMPARE(c.days().at(1).serviceRequests, qint64(0));
        QCOMPARE(c.disagreements(), 1);
    }

    void disagreement_namesTheDayAndTheNumbers_andWhy_data()
    {
        QTest::addColumn<bool>("wholeQuery");
        QTest::addColumn<QString>("why");
        QTest::newRow("whole query") << true << u"last status change"_s;
        QTest::newRow("loaded rows only") << false << u"Complete"_s;
    }

    void disagreement_namesTheDayAndTheNumbers_andWhy()
    {
        QFETCH(bool, wholeQuery);
        QFETCH(QString, why);
        const TotalsComparison c(counted(), {stat(m_d1, 5, 4), stat(m_d2, 1, 1)}, m_d1, m_d2, wholeQuery);
        QCOMPARE(c.disagreements(), 1);
        const QString v = c.verdict();
        QVERIFY2(v.contains(u"differ on 1 of 2 days"_s), qPrintable(v));
        QVERIFY2(v.contains(u"counts 5 sent and 4 delivered, the records 2 and 1"_s), qPrintable(v));
        QVERIFY2(v.contains(why), qPrintable(v));
    }

    void noDays_saysTheServiceKeepsOnly30()
    {
        const TotalsComparison c(counted(), {}, m_d2, m_d1, true);
        QVERIFY(c.days().isEmpty());
        QVERIFY(c.verdict().contains(u"30 days"_s));
    }
};

QTEST_GUILESS_MAIN(TestTotalsComparison)
#include "tst_totalscomparison.moc"
