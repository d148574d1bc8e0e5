// The summary's JSON (an interface for scripts), CSV and text forms.
#include "insight/summaryformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

MailRecord rec(DeliveryStatus status, const QString &to, const QString &classification, qint64 utc)
{
    MailRecord r;
    r.status = status;
    r.toAddress = to;
    r.errorClassification = classification;
    r.utcSeconds = utc;
    r.accountName = u"news@mail.example.com"_s;
    r.message = status == DeliveryStatus::Delivered ? u"250 Send Mail OK"_s : u"550 5.1.1 unknown"_s;
    return r;
}

Summary sample()
{
    Summary summary(QTimeZone(8 * 3600));
    const qint64 day1 = QDateTime(QDate(2026, 11, 3), QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch();
    summary.add(rec(DeliveryStatus::Delivered, u"a@QQ.com"_s, u"SendOk"_s, day1));
    summary.add(rec(DeliveryStatus::Delivered, u"b@qq.com"_s, u"SendOk"_s, day1 + 86400));
    summary.add(rec(DeliveryStatus::InvalidAddress, u"c@163.com"_s, u"Smtp,Nx\"Box"_s, day1 + 86400));
    return summary;
}

} // namespace

class TestSummaryFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_hasExactlyTheDocumentedKeys()
    {
        const QJsonObject json = SummaryFormat::toJson(sample());
        // Plain literals: moc cannot parse raw string literals.
        const QByteArray expected = "{\"classification\":{\"SendOk\":2,\"Smtp,Nx\\\"Box\":1},"
                                    "\"day\":{\"2026-11-03\":1,\"2026-11-04\":2},"
                                    "\"domain\":{\"163.com\":1,\"qq.com\":2},"
                                    "\"status\":{\"delivered\":2,\"failed\":0,\"invalid\":1,\"spam\":0},"
                                    "\"total\":3}";
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
    }

    void json_ofNothing_stillHasTheFourStatuses()
    {
        const QJsonObject json = SummaryFormat::toJson(Summary());
        QCOMPARE(
            QJsonDocument(json).toJson(QJsonDocument::Compact),
            QByteArray("{\"classification\":{},\"day\":{},\"domain\":{},"
                       "\"status\":{\"delivered\":0,\"failed\":0,\"invalid\":0,\"spam\":0},\"total\":0}"));
    }

    void csv_quotesHostileKeys_andListsEverySection()
    {
        const QByteArray csv = SummaryFormat::toCsv(sample());
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("section,key,count,percent\r"));
        QVERIFY(csv.contains("total,,3,100.0\r\n"));
        QVERIFY(csv.contains("status,delivered,2,66.7\r\n"));
        QVERIFY(csv.contains("status,failed,0,0.0\r\n"));
        QVERIFY(csv.contains("classification,\"Smtp,Nx\"\"Box\",1,33.3\r\n"));
        QVERIFY(csv.contains("reply,550 5.1.1,1,33.3\r\n"));
        QVERIFY(csv.contains("domain,qq.com,2,66.7\r\n"));
        QVERIFY(csv.contains("sender,news@mail.example.com,3,100.0\r\n"));
        QVERIFY(csv.contains("day,2026-11-04,2,66.7\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
    }

    void text_showsTotalsSharesAndTops()
    {
        const QString text = SummaryFormat::toText(sample());
        QVERIFY2(text.startsWith(u"Total: 3\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"66.7%"_s), qPrintable(text));
        QVERIFY(text.contains(u"Top recipient domains"_s));
        QVERIFY(text.contains(u"qq.com"_s));
        QVERIFY(text.contains(u"2026-11-04"_s));
    }
};

QTEST_GUILESS_MAIN(TestSummaryFormat)
#include "tst_summaryformat.moc"
