// Official-client fidelity for the invalid-address list: the real @alicloud/dm20151123 SDK (V3
// and V1 signing) pages QueryInvalidAddress through lists.mjs, deletes one address with
// DeleteInvalidAddress and pages again; what its models parsed (serialized with their own
// names()) must equal the list rebuilt from the data set, before and after. A key the SDK does
// not know would come back null. (The SDK's model casts a string UtcLastUpdateTime to its
// number, so tst_sandboxinvalid checks the raw JSON type.)
#include "officialclientfixture.h"
#include "sandbox/sandboxserver.h"
#include "sandboxinvalidexpectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

const QString kListed = u"<an address on the list>"_s;

QDate serviceToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
}

} // namespace

class TestOfficialClientInvalid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void officialClient_listsDeletesAndListsAgain_data();
    void officialClient_listsDeletesAndListsAgain();
    void officialClient_readsInvalidAddressErrors_data();
    void officialClient_readsInvalidAddressErrors();

private:
    NodeRun list(const QString &mode, const QStringList &window, int pageSize, const QString &keyword);
    void checkPages(const NodeRun &run, int total, int pageSize);

    OfficialClientFixture m_fixture;
    std::unique_ptr<SandboxServer> m_server;
};

void TestOfficialClientInvalid::initTestCase()
{
    m_fixture.prepare({u"lists.mjs"_s});
}

void TestOfficialClientInvalid::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxDataset(9, SandboxDataset::currentAnchor(), 5000));
    QVERIFY(m_server->listen());
}

void TestOfficialClientInvalid::cleanup()
{
    m_server.reset();
}

NodeRun TestOfficialClientInvalid::list(const QString &mode, const QStringList &window, int pageSize,
                                        const QString &keyword)
{
    QStringList args = QStringList{u"--mode"_s,      mode,
                                   u"--api"_s,       u"invalid"_s,
                                   u"--page-size"_s, QString::number(pageSize)} +
                       window;
    if (!keyword.isEmpty())
        args << u"--keyword"_s << keyword;
    return m_fixture.run(*m_server, u"lists.mjs"_s, args, SandboxServer::demoAccessKeySecret());
}

// Every page counts the whole list; NextStart is a string until the last page, which has none.
void TestOfficialClientInvalid::checkPages(const NodeRun &run, int total, int pageSize)
{
    const QList<QJsonObject> pages = pagesOf(run);
    QCOMPARE(int(pages.size()), qMax(1, (total + pageSize - 1) / pageSize));
    for (int i = 0; i < pages.size(); ++i) {
        const QJsonObject &page = pages.at(i);
        QVERIFY(!page.value(u"RequestId"_s).toString().isEmpty());
        QCOMPARE(page.value(u"TotalCount"_s), QJsonValue(total));
        QCOMPARE(page.value(u"NextStart"_s).isString(), i + 1 < pages.size());
    }
}

void TestOfficialClientInvalid::officialClient_listsDeletesAndListsAgain_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("firstBack");
    QTest::addColumn<int>("lastBack");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("pick"); // which listed address to delete
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        const char *label = m.constData();
        QTest::addRow("%s last 30 days", label) << mode << 29 << 0 << 10 << QString() << 0;
        QTest::addRow("%s oldest days, Length 100", label) << mode << 30 << 1 << 100 << QString() << 17;
        QTest::addRow("%s keyword any case", label) << mode << 29 << 0 << 7 << u"EXAMPLE"_s << 3;
    }
}

void TestOfficialClientInvalid::officialClient_listsDeletesAndListsAgain()
{
    QFETCH(QString, mode);
    QFETCH(int, firstBack);
    QFETCH(int, lastBack);
    QFETCH(int, pageSize);
    QFETCH(QString, keyword);
    QFETCH(int, pick);
    const QDate first = serviceToday().addDays(-firstBack);
    const QDate last = serviceToday().addDays(-lastBack);
    const QStringList window = {u"--start"_s, first.toString(Qt::ISODate), u"--end"_s,
                                last.toString(Qt::ISODate)};
    const SandboxDataset &data = m_server->dataset();

    const NodeRun before = list(mode, window, pageSize, keyword);
    QVERIFY2(before.exitCode == 0, qPrintable(before.stderrText));
    const QList<QJsonObject> expected = expectedInvalidAddresses(data, {first, last, keyword, {}});
    QVERIFY(expected.size() > pick);
    QCOMPARE(before.records, expected);
    checkPages(before, int(expected.size()), pageSize);
    if (QTest::currentTestFailed())
        return;

    const QString address = expected.at(pick).value(u"ToAddress"_s).toString();
    const QStringList target = {u"--mode"_s, mode, u"--api"_s, u"delete-invalid"_s, u"--to"_s, address};
    const NodeRun deleted =
        m_fixture.run(*m_server, u"lists.mjs"_s, target, SandboxServer::demoAccessKeySecret());
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.stderrText));
    QVERIFY(deleted.records.isEmpty());
    const QList<QJsonObject> reply = pagesOf(deleted);
    QCOMPARE(int(reply.size()), 1);
    QCOMPARE(reply.constFirst().keys(), QStringList{u"RequestId"_s});
    QVERIFY(!reply.constFirst().value(u"RequestId"_s).toString().isEmpty());

    const NodeRun after = list(mode, window, pageSize, keyword);
    QVERIFY2(after.exitCode == 0, qPrintable(after.stderrText));
    const QList<QJsonObject> remaining = expectedInvalidAddresses(data, {first, last, keyword, {address}});
    QCOMPARE(after.records, remaining);
    QCOMPARE(remaining.size(), expected.size() - 1);
    checkPages(after, int(remaining.size()), pageSize);

    m_fixture.checkRefused(*m_server, u"lists.mjs"_s, target, SandboxServer::demoAccessKeySecret(), 0,
                           u"code=InvalidAddress.NotFound status=400"_s);
}

void TestOfficialClientInvalid::officialClient_readsInvalidAddressErrors_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("throttleEvery");
    QTest::addColumn<QString>("expected");
    const QByteArray demo = SandboxServer::demoAccessKeySecret();
    const auto day = [](int back) {
        return serviceToday().addDays(-back).toString(Qt::ISODate);
    };
    const QStringList lastMonth = {u"--api"_s, u"invalid"_s, u"--start"_s, day(29), u"--end"_s, day(0)};
    // The server is made per row (init), after this table: the test function names the address.
    const QStringList remove = {u"--api"_s, u"delete-invalid"_s, u"--to"_s, kListed};
    for (const QString &mode : {u"v3"_s, u"v1"_s}) {
        const QByteArray m = mode.toLatin1();
        const char *label = m.constData();
        QTest::addRow("%s span of 31 days", label)
            << mode << QStringList{u"--api"_s, u"invalid"_s, u"--start"_s, day(30), u"--end"_s, day(0)}
            << demo << 0 << u"code=InvalidBetweenTime.Malformed status=400"_s;
        QTest::addRow("%s start too old", label)
            << mode << QStringList{u"--api"_s, u"invalid"_s, u"--start"_s, day(31), u"--end"_s, day(30)}
            << demo << 0 << u"code=InvalidStartTime.Malformed status=400"_s;
        QTest::addRow("%s Length 101", label) << mode << lastMonth + QStringList{u"--page-size"_s, u"101"_s}
                                              << demo << 0 << u"code=InvalidParameter status=400"_s;
        QTest::addRow("%s delete, wrong secret", label)
            << mode << remove << QByteArray("wrong") << 0 << u"code=SignatureDoesNotMatch status=400"_s;
        QTest::addRow("%s delete, throttled", label)
            << mode << remove << demo << 1 << u"code=Throttling status=400"_s;
        QTest::addRow("%s delete, never invalid", label)
            << mode << QStringList{u"--api"_s, u"delete-invalid"_s, u"--to"_s, u"nobody@nowhere.example"_s}
            << demo << 0 << u"code=InvalidAddress.NotFound status=400"_s;
    }
}

void TestOfficialClientInvalid::officialClient_readsInvalidAddressErrors()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, secret);
    QFETCH(int, throttleEvery);
    QFETCH(QString, expected);
    args.replaceInStrings(kListed, invalidAddresses(m_server->dataset()).constFirst());
    m_fixture.checkRefused(*m_server, u"lists.mjs"_s, QStringList{u"--mode"_s, mode} + args, secret,
                           throttleEvery, expected);
}

QTEST_GUILESS_MAIN(TestOfficialClientInvalid)
#include "tst_officialclient_invalid.moc"
