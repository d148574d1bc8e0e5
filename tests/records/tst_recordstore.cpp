#include "records/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

ParsedRecord parseItem(const QJsonObject &item)
{
    const std::optional<ParsedPage> page =
        parsePage(QJsonObject{{u"data"_s, QJsonObject{{u"mailDetail"_s, QJsonArray{item}}}}});
    Q_ASSERT(page && page->records.size() == 1);
    return page->records.first();
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

void compareRecords(const MailRecord &actual, const MailRecord &expected)
{
    QCOMPARE(actual.utcSeconds, expected.utcSeconds);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.toAddress, expected.toAddress);
    QCOMPARE(actual.accountName, expected.accountName);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.errorClassification, expected.errorClassification);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.ipPoolId, expected.ipPoolId);
    QCOMPARE(actual.ipPoolName, expected.ipPoolName);
    QCOMPARE(actual.configSetId, expected.configSetId);
    QCOMPARE(actual.configSetName, expected.configSetName);
    QCOMPARE(actual.lastUpdateTime, expected.lastUpdateTime);
}

// Shaped like a busy account: few senders, campaigns and pools, unique recipients, most
// replies "250 Send Mail OK" and one in ten a bounce naming the recipient.
QJsonObject realisticItem(int n)
{
    static const QStringList classifications = {u"SendOk"_s, u"SmtpNxBox"_s,
                                                u"SysOutRcptOnAccountLevelBounceList"_s};
    const bool bounced = n % 10 == 7;
    const QString to = u"firstname.lastname%1@mail%2.example.com"_s.arg(n).arg(n % 40);
    const qint64 utc = 1717200000 + n * 13;
    return QJsonObject{
        {u"Status"_s, bounced ? 4 : 0},
        {u"LastUpdateTime"_s,
         QDateTime::fromSecsSinceEpoch(utc + 8 * 3600, Qt::UTC).toString(u"yyyy-MM-ddTHH:mmZ"_s)},
        {u"Message"_s, bounced ? u"550 5.1.1 <%1>: Recipient address rejected: User unknown"_s.arg(to)
                               : u"250 Send Mail OK"_s},
        {u"ToAddress"_s, to},
        {u"UtcLastUpdateTime"_s, QString::number(utc)},
        {u"AccountName"_s, u"noreply%1@news.example.com"_s.arg(n % 5)},
        {u"Subject"_s, u"Your weekly digest #%1 from Example Shop"_s.arg(n % 60)},
        {u"ErrorClassification"_s, bounced ? classifications[1 + n % 2] : classifications[0]},
        {u"IpPoolId"_s, n % 3 ? u"e42a4d8e-66e0-4ea3-88aa-74c66c661cef"_s : QString()},
        {u"IpPoolName"_s, n % 3 ? u"dedicated-pool"_s : QString()},
        {u"ConfigSetId"_s, u"95437e39-5433-4c6c-8b66-0c4eac2f4d97"_s},
        {u"ConfigSetName"_s, u"marketing"_s},
    };
}

// Identical but for the recipient.
QJsonObject mailLike(int n)
{
    return QJsonObject{{u"Status"_s, 0},
                       {u"LastUpdateTime"_s, u"2021-04-28T17:11Z"_s},
                       {u"Message"_s, u"250 Send Mail OK"_s},
                       {u"ToAddress"_s, u"user%1@example.net"_s.arg(n)},
                       {u"UtcLastUpdateTime"_s, u"1619601108"_s},
                       {u"AccountName"_s, u"a@example.net"_s},
                       {u"Subject"_s, u"Same subject"_s},
                       {u"ErrorClassification"_s, u"SendOk"_s},
                       {u"ConfigSetId"_s, u"cs"_s},
                       {u"ConfigSetName"_s, u"default"_s}};
}

QJsonValue randomValue(QRandomGenerator &random)
{
    static const QStringList texts = {u""_s,
                                      u"0"_s,
                                      u"3"_s,
                                      u"03"_s,
                                      u"-1"_s,
                                      u"1619601108"_s,
                                      u"1619601108123"_s,
                                      u" 4"_s,
                                      u"2021-04-28T17:11Z"_s,
                                      u"中文 😀"_s,
                                      u"250 Send Mail OK"_s,
                                      u"null"_s};
    switch (random.bounded(9)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return texts.at(random.bounded(int(texts.size())));
    case 2:
        return qint64(random.bounded(-5, 5)) * qint64(random.bounded(1, 400000000));
    case 3:
        return random.generateDouble() * 1e13;
    case 4:
        return random.bounded(2) == 1;
    case 5:
        return QJsonArray{1, u"x"_s};
    case 6:
        return QJsonObject{{u"k"_s, 2.5}};
    case 7:
        return u"r%1@example.net"_s.arg(random.bounded(50));
    default:
        return 1e300;
    }
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_thenReadBack_isLossless_data();
    void append_thenReadBack_isLossless();
    void append_loneSurrogate_staysExact();
    void text_perColumn_matchesRecord();
    void text_missingStatusAndTime_areEmpty();
    void append_repeatedTexts_areInternedOnce();
    void append_manyRows_keepsEveryRowAddressable();
    void memoryBytes_100kRealisticRows_staysCompact();
    void clear_dropsEverything();
    void append_randomShapes_roundTripExactly();
};

void TestRecordStore::append_thenReadBack_isLossless_data()
{
    QTest::addColumn<QJsonObject>("item");

    QTest::newRow("documentation example")
        << json(R"({"Status":0,"LastUpdateTime":"2021-04-28T17:11Z","Message":"250 Send Mail OK",
            "ToAddress":"b***@example.net","UtcLastUpdateTime":"1619601108","AccountName":"s***@example.net",
            "Subject":"test subject","ErrorClassification":"SendOk","IpPoolId":"xxx","IpPoolName":"xxx",
            "ConfigSetId":"xxx","ConfigSetName":"xxx"})");
    QTest::newRow("realistic") << realisticItem(7);
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("status string, utc number") << json(R"({"Status":"2","UtcLastUpdateTime":1619601108})");
    QTest::newRow("status odd strings") << json(R"({"Status":"03","UtcLastUpdateTime":"+1619601108"})");
    QTest::newRow("status fractional") << json(R"({"Status":3.5})");
    QTest::newRow("status out of range") << json(R"({"Status":70000,"UtcLastUpdateTime":-5})");
    QTest::newRow("milliseconds") << json(R"({"UtcLastUpdateTime":1619601108123,"Status":-1})");
    QTest::newRow("milliseconds string") << json(R"({"UtcLastUpdateTime":"1619601108123"})");
    QTest::newRow("nulls everywhere")
        << json(R"({"Status":null,"LastUpdateTime":null,"Message":null,"ToAddress":null,
            "UtcLastUpdateTime":null,"AccountName":null,"Subject":null,"ErrorClassification":null,
            "IpPoolId":null,"IpPoolName":null,"ConfigSetId":null,"ConfigSetName":null})");
    QTest::newRow("empty strings") << json(
        R"({"Message":"","ToAddress":"","AccountName":"","Subject":"","LastUpdateTime":""})");
    QTest::newRow("wrong types") << json(R"({"ToAddress":7,"Subject":[1,"a"],"Message":{"code":550},
            "IpPoolId":true,"LastUpdateTime":1619601108,"Status":[0]})");
    QTest::newRow("unknown fields") << json(
        R"({"Status":0,"TraceId":"abc","Nested":{"a":[1,2.25,null,{"b":"c"}]},"Big":12345678901234567,
            "Flag":false,"Nothing":null,"Utf":"中文😀"})");
    QTest::newRow("CJK and emoji") << json(R"({"Subject":"测试邮件 🎉","ToAddress":"用户@例子.中国",
            "Message":"250 成功 ✅","AccountName":"发件人@example.net"})");
    QTest::newRow("huge subject") << QJsonObject{{u"Subject"_s, QString(600000, u'y')},
                                                 {u"ToAddress"_s, QString(300000, u'z')}};
}

void TestRecordStore::append_thenReadBack_isLossless()
{
    QFETCH(QJsonObject, item);
    const ParsedRecord parsed = parseItem(item);
    RecordStore store;
    store.append(parseItem(realisticItem(1))); // neighbours must not bleed into each other
    store.append(parsed);
    store.append(parseItem(realisticItem(2)));

    QCOMPARE(store.size(), 3);
    QCOMPARE(store.rawObject(1), item);
    compareRecords(store.record(1), parsed.record);
    QCOMPARE(store.utcSeconds(1), parsed.record.utcSeconds);
    QCOMPARE(store.status(1), parsed.record.status);
    QCOMPARE(store.rawObject(0), realisticItem(1));
    QCOMPARE(store.rawObject(2), realisticItem(2));
}

void TestRecordStore::append_loneSurrogate_staysExact()
{
    // UTF-8 cannot carry a lone surrogate; the original must come back anyway.
    const QString broken = u"ok "_s + QChar(0xD83D) + u" end"_s;
    const QJsonObject item{{u"Subject"_s, broken}, {u"ToAddress"_s, broken}, {u"Status"_s, 0}};
    RecordStore store;
    store.append(parseItem(item));
    QCOMPARE(store.rawObject(0), item);
    QVERIFY(store.text(0, Column::Subject).startsWith(u"ok "_s));
}

void TestRecordStore::text_perColumn_matchesRecord()
{
    RecordStore store;
    store.append(parseItem(realisticItem(7)));
    const MailRecord record = store.record(0);
    QCOMPARE(store.text(0, Column::Time), u"2024-06-01 00:01:31"_s);
    QCOMPARE(record.utcSeconds, 1717200091);
    QCOMPARE(store.text(0, Column::Status), u"Failed"_s);
    QCOMPARE(store.text(0, Column::ToAddress), record.toAddress);
    QCOMPARE(store.text(0, Column::AccountName), u"noreply2@news.example.com"_s);
    QCOMPARE(store.text(0, Column::Subject), u"Your weekly digest #7 from Example Shop"_s);
    QCOMPARE(store.text(0, Column::ErrorClassification), u"SysOutRcptOnAccountLevelBounceList"_s);
    QVERIFY(store.text(0, Column::Message).startsWith(u"550 5.1.1 <firstname.lastname7@"_s));
    QCOMPARE(store.text(0, Column::IpPoolName), u"dedicated-pool"_s);
    QCOMPARE(store.text(0, Column::IpPoolId), u"e42a4d8e-66e0-4ea3-88aa-74c66c661cef"_s);
    QCOMPARE(store.text(0, Column::ConfigSetName), u"marketing"_s);
    QCOMPARE(store.text(0, Column::ConfigSetId), u"95437e39-5433-4c6c-8b66-0c4eac2f4d97"_s);
    QCOMPARE(store.text(0, Column::LastUpdateTime), u"2024-06-01T08:01Z"_s);
}

void TestRecordStore::text_missingStatusAndTime_areEmpty()
{
    RecordStore store;
    store.append(parseItem(json(R"({"ToAddress":"a@b.c"})")));
    store.append(parseItem(json(R"({"Status":9,"UtcLastUpdateTime":0})")));
    QCOMPARE(store.text(0, Column::Status), QString());
    QCOMPARE(store.text(0, Column::Time), QString());
    QVERIFY(!store.hasTime(0));
    QCOMPARE(store.status(0), DeliveryStatus::Unknown);
    QCOMPARE(store.text(1, Column::Status), u"Unknown (9)"_s);
    QCOMPARE(store.text(1, Column::Time), u"1970-01-01 00:00:00"_s);
    QVERIFY(store.hasTime(1));
}

void TestRecordStore::append_repeatedTexts_areInternedOnce()
{
    RecordStore store;
    ParsedPage page;
    for (int i = 0; i < 1000; ++i)
        page.records.append(parseItem(mailLike(i)));
    store.append(page);
    QCOMPARE(store.size(), 1000);
    // "", the message, sender, subject, classification, config set id/name, service time.
    QCOMPARE(store.distinctStrings(), 8);
    const qsizetype before = store.memoryBytes();
    store.append(page);
    QCOMPARE(store.distinctStrings(), 8);
    // Only rows and recipients grow: 64 bytes a row, 1 MiB arena chunks.
    QVERIFY2(store.memoryBytes() - before <= 1000 * 64 + (1 << 20),
             qPrintable(QString::number(store.memoryBytes() - before)));
    QCOMPARE(store.text(1999, Column::Subject), u"Same subject"_s);
    QCOMPARE(store.text(1999, Column::ToAddress), u"user999@example.net"_s);
}

void TestRecordStore::append_manyRows_keepsEveryRowAddressable()
{
    RecordStore store;
    const int rows = 3 * 4096 + 17; // spans row blocks
    for (int i = 0; i < rows; ++i)
        store.append(
            parseItem(QJsonObject{{u"ToAddress"_s, u"r%1@x.org"_s.arg(i)}, {u"UtcLastUpdateTime"_s, i}}));
    QCOMPARE(store.size(), rows);
    for (int i : {0, 4095, 4096, 8191, 8192, rows - 1}) {
        QCOMPARE(store.text(i, Column::ToAddress), u"r%1@x.org"_s.arg(i));
        QCOMPARE(store.utcSeconds(i), i);
    }
}

void TestRecordStore::memoryBytes_100kRealisticRows_staysCompact()
{
    RecordStore store;
    const int rows = 100000;
    for (int i = 0; i < rows; ++i)
        store.append(parseItem(realisticItem(i)));
    QCOMPARE(store.size(), rows);
    const double perRow = double(store.memoryBytes()) / rows;
    qInfo("RecordStore: %.1f bytes/row at %d rows, %lld distinct strings", perRow, rows,
          qlonglong(store.distinctStrings()));
    QVERIFY2(perRow >= 64, "cannot be below the fixed row size");
    QVERIFY2(perRow <= 150, qPrintable(QString::number(perRow)));
    QCOMPARE(store.rawObject(54321), realisticItem(54321));
}

void TestRecordStore::clear_dropsEverything()
{
    RecordStore store;
    for (int i = 0; i < 100; ++i)
        store.append(parseItem(realisticItem(i)));
    const qsizetype empty = RecordStore().memoryBytes();
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.distinctStrings(), 1);
    QCOMPARE(store.memoryBytes(), empty);
    store.append(parseItem(realisticItem(3)));
    QCOMPARE(store.rawObject(0), realisticItem(3));
}

void TestRecordStore::append_randomShapes_roundTripExactly()
{
    // Every known key absent, null or of any JSON type, plus stray keys: all come back exact.
    QRandomGenerator random(7);
    RecordStore store;
    QList<QJsonObject> items;
    for (int n = 0; n < 3000; ++n) {
        QJsonObject item;
        for (int f = 0; f < kFieldCount; ++f) {
            if (random.bounded(4) != 0)
                item.insert(fieldKey(Field(f)), randomValue(random));
        }
        if (random.bounded(5) == 0)
            item.insert(u"Extra%1"_s.arg(random.bounded(3)), randomValue(random));
        items.append(item);
        store.append(parseItem(item));
    }
    for (qsizetype row = 0; row < store.size(); ++row) {
        QCOMPARE(store.rawObject(row), items.at(row));
        compareRecords(store.record(row), parseItem(items.at(row)).record);
    }
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
