// The four catalogue APIs: request spellings and defensive page parsing.
#include "lists/listquery.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(SENDTRAIL_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestListQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void params_useEachApisSpelling_data()
    {
        QTest::addColumn<ListKind>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("pageKey");
        QTest::addColumn<QString>("keywordKey");
        QTest::newRow("tags") << ListKind::Tags << u"QueryTagByParam"_s << u"PageNo"_s << u"KeyWord"_s;
        QTest::newRow("senders") << ListKind::Senders << u"QueryMailAddressByParam"_s << u"PageNo"_s
                                 << u"KeyWord"_s;
        QTest::newRow("ip pools") << ListKind::IpPools << u"DedicatedIpPoolList"_s << u"PageIndex"_s
                                  << u"Keyword"_s;
        QTest::newRow("config sets") << ListKind::ConfigSets << u"ConfigSetList"_s << u"PageIndex"_s
                                     << u"Keyword"_s;
    }

    void params_useEachApisSpelling()
    {
        QFETCH(ListKind, kind);
        QFETCH(QString, action);
        QFETCH(QString, pageKey);
        QFETCH(QString, keywordKey);
        QCOMPARE(listAction(kind), action);
        QCOMPARE(listKindFromCommand(listCommandName(kind)), std::optional<ListKind>(kind));
        const QueryParams params = listParams({kind, u"news"_s, 20}, 3);
        QVERIFY(params.contains(qMakePair(pageKey, u"3"_s)));
        QVERIFY(params.contains(qMakePair(u"PageSize"_s, u"20"_s)));
        QVERIFY(params.contains(qMakePair(keywordKey, u"news"_s)));
        QCOMPARE(listParams({kind, QString(), 20}, 1).size(), 2); // no empty keyword is sent
    }

    void parse_readsItemsAndPaging_data()
    {
        QTest::addColumn<ListKind>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("hasMore");
        QTest::newRow("tags, more by total")
            << ListKind::Tags << u"tags-page1.json"_s << QStringList{u"Newsletter"_s, u"Reset"_s}
            << QStringList{u"1"_s, u"2"_s} << qint64(3) << true;
        QTest::newRow("senders, last page, counts as strings")
            << ListKind::Senders << u"senders-last.json"_s << QStringList{u"a@b.c"_s} << QStringList{u"9"_s}
            << qint64(3) << false;
        QTest::newRow("ip pools, HasMore wins")
            << ListKind::IpPools << u"pools-hasmore.json"_s << QStringList{u"marketing"_s}
            << QStringList{u"p1"_s} << qint64(9) << false;
        QTest::newRow("config sets, top level, a null item")
            << ListKind::ConfigSets << u"configsets-nulls.json"_s << QStringList{u"tx"_s, u"mk"_s}
            << QStringList{u"c1"_s, u"c2"_s} << qint64(4) << true;
        QTest::newRow("empty, no data at all") << ListKind::Tags << u"tags-nodata.json"_s << QStringList{}
                                               << QStringList{} << qint64(0) << false;
        QTest::newRow("empty page ends it whatever the total says")
            << ListKind::Tags << u"tags-emptypage.json"_s << QStringList{} << QStringList{} << qint64(500)
            << false;
    }

    void parse_readsItemsAndPaging()
    {
        QFETCH(ListKind, kind);
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QStringList, ids);
        QFETCH(qint64, total);
        QFETCH(bool, hasMore);
        QString problem;
        const QJsonObject object = fixture(file);
        QVERIFY(!object.isEmpty());
        const auto page = parseListPage(kind, object, 1, 2, &problem);
        QVERIFY2(page, qPrintable(problem));
        QStringList gotNames, gotIds;
        for (const ListItem &item : page->items) {
            gotNames << item.name;
            gotIds << item.id;
            QVERIFY(!item.raw.isEmpty());
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotIds, ids);
        QCOMPARE(page->total, total);
        QCOMPARE(page->hasMore, hasMore);
    }

    void parse_refusesWhatIsNotAList()
    {
        QString problem;
        QVERIFY(!parseListPage(ListKind::Tags, fixture(u"tags-notalist.json"_s), 1, 10, &problem));
        QVERIFY(problem.contains(u"tag"_s));
        QVERIFY(!parseListPage(ListKind::IpPools, fixture(u"pools-notalist.json"_s), 1, 10, &problem));
    }

    void jsonCount_acceptsNumbersAndNumericStrings()
    {
        QCOMPARE(jsonCount(QJsonValue(12)), std::optional<qint64>(12));
        QCOMPARE(jsonCount(QJsonValue(u" 12 "_s)), std::optional<qint64>(12));
        QCOMPARE(jsonCount(QJsonValue(u"12%"_s)), std::nullopt);
        QCOMPARE(jsonCount(QJsonValue()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
