// The pickers' catalogue against the real sandbox: case-insensitive lookups, the per-profile
// session cache, and a slow or failing list API that never holds anything up.
#include "lists/catalog.h"
#include "sandboxapiclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QStringList names(const QList<QVariant> &signal)
{
    QStringList result;
    for (const ListItem &item : signal.at(2).value<QList<ListItem>>())
        result << item.name;
    return result;
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(SandboxDataset(3, QDateTime::currentDateTimeUtc(), 500));
        QVERIFY(m_server->listen());
    }

    void tags_matchWhateverTheCase_andComeFromTheCacheTheSecondTime()
    {
        test::SandboxApiClient rig(*m_server);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy ready(&catalog, &Catalog::suggestionsReady);
        catalog.request(ListKind::Tags, u"newsletter"_s);
        QVERIFY(ready.wait(10000));
        QVERIFY2(names(ready.first()).contains(u"Newsletter"_s), qPrintable(names(ready.first()).join(u',')));
        QCOMPARE(ready.first().at(1).toString(), u"newsletter"_s);
        const int calls = m_server->callCount();
        QVERIFY(catalog.isCached(ListKind::Tags, u"NEWSLETTER "_s));
        catalog.request(ListKind::Tags, u"NEWSLETTER "_s);
        QCOMPARE(ready.size(), 1); // never re-entrant, even from the cache
        QVERIFY(ready.wait(5000));
        QCOMPARE(names(ready.at(1)), names(ready.first()));
        QCOMPARE(m_server->callCount(), calls); // the cache answered
    }

    void anotherProfile_hasItsOwnCache()
    {
        test::SandboxApiClient rig(*m_server);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy ready(&catalog, &Catalog::suggestionsReady);
        catalog.request(ListKind::Senders, {});
        QVERIFY(ready.wait(10000));
        catalog.setConnection(&rig.client, u"other"_s);
        QVERIFY(!catalog.isCached(ListKind::Senders, {}));
        const int calls = m_server->callCount();
        catalog.request(ListKind::Senders, {});
        QVERIFY(ready.wait(10000));
        QVERIFY(m_server->callCount() > calls);
    }

    void pools_andConfigSets_areWholeLists_whateverIsTyped()
    {
        test::SandboxApiClient rig(*m_server);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy ready(&catalog, &Catalog::suggestionsReady);
        catalog.request(ListKind::IpPools, u"zzz-no-such-pool"_s);
        QVERIFY(ready.wait(10000));
        QVERIFY(!names(ready.first()).isEmpty());
        for (const ListItem &item : ready.first().at(2).value<QList<ListItem>>())
            QVERIFY(!item.id.isEmpty());
        QVERIFY(catalog.isCached(ListKind::IpPools, u"anything"_s));
        catalog.request(ListKind::ConfigSets, {});
        QVERIFY(ready.wait(10000));
        QVERIFY(!names(ready.last()).isEmpty());
    }

    void slowListApi_answersLater_andNeverInsideTheRequest()
    {
        SandboxOptions slow;
        slow.latencyMs = 1500;
        m_server->setOptions(slow);
        test::SandboxApiClient rig(*m_server);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy ready(&catalog, &Catalog::suggestionsReady);
        for (const QString &typed : {u"n"_s, u"ne"_s, u"new"_s})
            catalog.request(ListKind::Tags, typed); // each returns at once
        QCOMPARE(ready.size(), 0);
        QVERIFY(ready.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 15000);
    }

    void failingListApi_saysWhy_andIsNotCached()
    {
        test::SandboxApiClient rig(*m_server);
        ClientConfig config = rig.client.config();
        config.key.secret = "not-the-secret";
        rig.client.setConfig(config);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy failed(&catalog, &Catalog::suggestionsFailed);
        catalog.request(ListKind::Tags, u"news"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(2).value<ApiError>().code.isEmpty());
        QVERIFY(!catalog.isCached(ListKind::Tags, u"news"_s));
    }

    void switchingProfiles_dropsAnswersStillOnTheirWay()
    {
        SandboxOptions slow;
        slow.latencyMs = 300;
        m_server->setOptions(slow);
        test::SandboxApiClient rig(*m_server);
        Catalog catalog;
        catalog.setConnection(&rig.client, u"work"_s);
        QSignalSpy ready(&catalog, &Catalog::suggestionsReady);
        catalog.request(ListKind::Tags, u"news"_s);
        catalog.setConnection(&rig.client, u"other"_s);
        catalog.request(ListKind::Senders, {});
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().at(0).value<ListKind>(), ListKind::Senders);
        QVERIFY(!catalog.isCached(ListKind::Tags, u"news"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
