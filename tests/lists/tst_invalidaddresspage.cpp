// The invalid-address list's pages: times in seconds or milliseconds, never a wrong one.
#include "lists/invalidaddresses.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestInvalidAddressPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsTheTimeInSecondsOrMilliseconds_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds, a number") << QByteArray("1619166011") << qint64(1619166011);
        QTest::newRow("milliseconds, a number") << QByteArray("1619166011081") << qint64(1619166011);
        QTest::newRow("milliseconds, a string") << QByteArray("\"1619166011081\"") << qint64(1619166011);
        // Found by fuzz_lists: microseconds became a time in the year 7100; now no time at all.
        QTest::newRow("microseconds: no time rather than a wrong one")
            << QByteArray("161916601108123") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(0);
    }

    void parse_readsTheTimeInSecondsOrMilliseconds()
    {
        QFETCH(QByteArray, time);
        QFETCH(qint64, seconds);
        const QByteArray item = time.isEmpty()
                                    ? QByteArray("{\"ToAddress\":\"a@example.org\"}")
                                    : "{\"ToAddress\":\"a@example.org\",\"UtcLastUpdateTime\":" + time + '}';
        const QByteArray body = "{\"RequestId\":\"r\",\"TotalCount\":1,\"data\":{\"mailDetail\":[" + item +
                                ",{\"ToAddress\":\"\"}]}}";
        QString problem;
        const auto page = parseInvalidAddressPage(QJsonDocument::fromJson(body).object(), &problem);
        QVERIFY2(page, qPrintable(problem));
        QCOMPARE(page->items.size(), 1); // the item without an address is left out
        QCOMPARE(page->items.at(0).address, u"a@example.org"_s);
        QCOMPARE(page->items.at(0).utcSeconds, seconds);
    }
};

QTEST_GUILESS_MAIN(TestInvalidAddressPage)
#include "tst_invalidaddresspage.moc"
