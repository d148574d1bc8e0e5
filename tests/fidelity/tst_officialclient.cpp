// Official-client fidelity: the real @alicloud/dm20151123 SDK (V3 and V1 signing) pages through the
// in-process sandbox and must get exactly the data set's records. npm must be present: no skip.
#include "officialclientfixture.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

const QDateTime kAnchor = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QString serviceTime(const QDateTime &instant)
{
    return instant.toUTC().addSecs(8 * 3600).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

class TestOfficialClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagingWithOfficialClient_matchesDataset_data();
    void pagingWithOfficialClient_matchesDataset();
    void officialClient_readsErrorBodies_data();
    void officialClient_readsErrorBodies();

private:
    NodeRun runPage(SandboxServer &server, const QStringList &args, const QByteArray &secret)
    {
        return m_fixture.run(server, u"page.mjs"_s, args, secret);
    }

    OfficialClientFixture m_fixture;
};

void TestOfficialClient::initTestCase()
{
    m_fixture.prepare({u"page.mjs"_s});
}

void TestOfficialClient::pagingWithOfficialClient_matchesDataset_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("marker");
    QTest::addColumn<int>("endTime");
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("%s window", m.constData()) << mode << QString() << QString() << 0 << 0 << 0;
        QTest::addRow("%s oldest, empty marker, inclusive", m.constData())
            << mode << QString() << QString() << 1 << 1 << 1;
        QTest::addRow("%s plus address", m.constData())
            << mode << u"to"_s << u"user+tag@example.com"_s << 0 << 0 << 0;
        QTest::addRow("%s CJK tag", m.constData()) << mode << u"tag"_s << u"测试 tag*~"_s << 0 << 1 << 0;
        QTest::addRow("%s quoted tag", m.constData())
            << mode << u"tag"_s << u"promo,2024 \"spring\""_s << 1 << 0 << 1;
        QTest::addRow("%s status 2", m.constData()) << mode << u"status"_s << u"2"_s << 0 << 0 << 0;
    }
}

void TestOfficialClient::pagingWithOfficialClient_matchesDataset()
{
    QFETCH(QString, mode);
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(int, order);
    QFETCH(int, marker);
    QFETCH(int, endTime);
    SandboxServer server(SandboxDataset(9, kAnchor, 5000));
    SandboxOptions options;
    options.order = SandboxOrder(order);
    options.endMarker = SandboxEndMarker(marker);
    options.endTime = SandboxEndTime(endTime);
    server.setOptions(options);
    QVERIFY(server.listen());

    SandboxQuery query;
    query.order = options.order;
    query.endTime = options.endTime;
    const qint64 t = server.dataset().utcSeconds(2500); // end on a minute that holds a row
    query.end = QDateTime::fromSecsSinceEpoch(t - t % 60, Qt::UTC);
    query.start = query.end.addDays(filter.isEmpty() ? -4 : -30);
    QStringList args = {
        u"--mode"_s,   mode,    u"--start"_s, serviceTime(query.start), u"--end"_s, serviceTime(query.end),
        u"--length"_s, u"100"_s};
    if (filter == u"to"_s)
        query.toAddress = value;
    else if (filter == u"tag"_s)
        query.tagName = value;
    else if (filter == u"status"_s)
        query.status = value.toInt();
    if (!filter.isEmpty())
        args << u"--"_s + filter << value;
    const QList<QJsonObject> expected = server.dataset().expectedRecords(query);
    QVERIFY(expected.size() > 3);

    const NodeRun run = runPage(server, args, SandboxServer::demoAccessKeySecret());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(run.records.size(), expected.size());
    QCOMPARE(run.records, expected);
    const int pages = int((expected.size() + 99) / 100);
    QVERIFY2(run.stderrText.contains(u"pages=%1"_s.arg(pages)), qPrintable(run.stderrText));
    QCOMPARE(server.callCount(), pages);
}

void TestOfficialClient::officialClient_readsErrorBodies_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("throttleEvery");
    QTest::addColumn<QString>("expected");
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("%s wrong secret", m.constData())
            << mode << QByteArray("wrong") << 0 << u"code=SignatureDoesNotMatch status=400"_s;
        QTest::addRow("%s throttled", m.constData())
            << mode << SandboxServer::demoAccessKeySecret() << 1 << u"code=Throttling status=400"_s;
    }
}

void TestOfficialClient::officialClient_readsErrorBodies()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, secret);
    QFETCH(int, throttleEvery);
    QFETCH(QString, expected);
    SandboxServer server(SandboxDataset(9, kAnchor, 500));
    SandboxOptions options;
    options.throttleEvery = throttleEvery;
    server.setOptions(options);
    QVERIFY(server.listen());
    const NodeRun run = runPage(
        server, {u"--mode"_s, mode, u"--start"_s, u"2024-04-20 00:00"_s, u"--end"_s, u"2024-04-21 00:00"_s},
        secret);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText.contains(expected), qPrintable(run.stderrText));
    QVERIFY2(run.stderrText.contains(u"request id: "_s), qPrintable(run.stderrText));
    QCOMPARE(server.callCount(), 1); // the SDK does not retry by default
}

QTEST_GUILESS_MAIN(TestOfficialClient)
#include "tst_officialclient.moc"
