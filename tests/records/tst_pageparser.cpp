#include "records/pageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// The documentation's success example, verbatim.
const QByteArray kDocExample = R"({
  "NextStart": "90f0243616#203#a***@example.net-1658817689#a***@example.net.247141122178",
  "RequestId": "B5AB8EBB-EE64-4BB2-B085-B92CC5DEDC41",
  "data": {
    "mailDetail": [
      {
        "Status": 0,
        "LastUpdateTime": "2021-04-28T17:11Z",
        "Message": "250 Send Mail OK",
        "ToAddress": "b***@example.net",
        "UtcLastUpdateTime": "1619601108",
        "AccountName": "s***@example.net",
        "Subject": "test subject",
        "ErrorClassification": "SendOk",
        "IpPoolId": "xxx",
        "IpPoolName": "xxx",
        "ConfigSetId": "xxx",
        "ConfigSetName": "xxx"
      }
    ]
  }
})";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray withItem(const QByteArray &itemJson)
{
    return R"({"RequestId":"R","data":{"mailDetail":[)" + itemJson + "]}}";
}

} // namespace

class TestPageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePage_docExample_decodesEveryField();
    void parsePage_malformedStructure_failsWithoutRows_data();
    void parsePage_malformedStructure_failsWithoutRows();
    void parsePage_emptyOrAbsentLists_areEmptyPages_data();
    void parsePage_emptyOrAbsentLists_areEmptyPages();
    void parsePage_fieldVariants_decodeAndRoundTrip_data();
    void parsePage_fieldVariants_decodeAndRoundTrip();
    void parsePage_unknownFieldsAndNulls_areKept();
    void parsePage_textIsKeptExactly_data();
    void parsePage_textIsKeptExactly();
    void parsePage_hugePage_keepsEveryRecord();
    void parsePage_mutatedBodies_failCleanlyOrRoundTrip();
};

void TestPageParser::parsePage_docExample_decodesEveryField()
{
    QString error;
    const std::optional<ParsedPage> page = parsePageJson(kDocExample, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->requestId, u"B5AB8EBB-EE64-4BB2-B085-B92CC5DEDC41"_s);
    QCOMPARE(page->nextStart, u"90f0243616#203#a***@example.net-1658817689#a***@example.net.247141122178"_s);
    QCOMPARE(page->records.size(), 1);
    const MailRecord &r = page->records[0].record;
    QCOMPARE(r.status, DeliveryStatus::Delivered);
    QCOMPARE(r.utcSeconds, 1619601108);
    QCOMPARE(r.toAddress, u"b***@example.net"_s);
    QCOMPARE(r.accountName, u"s***@example.net"_s);
    QCOMPARE(r.subject, u"test subject"_s);
    QCOMPARE(r.message, u"250 Send Mail OK"_s);
    QCOMPARE(r.errorClassification, u"SendOk"_s);
    QCOMPARE(r.ipPoolId, u"xxx"_s);
    QCOMPARE(r.configSetName, u"xxx"_s);
    QCOMPARE(r.lastUpdateTime, u"2021-04-28T17:11Z"_s);
    QVERIFY(page->records[0].extras.isEmpty());
    const QJsonObject original = object(kDocExample)[u"data"_s][u"mailDetail"_s][0].toObject();
    QCOMPARE(page->records[0].rawObject(), original);
}

void TestPageParser::parsePage_malformedStructure_failsWithoutRows_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << u"not valid JSON"_s;
    QTest::newRow("truncated") << kDocExample.left(200) << u"not valid JSON"_s;
    QTest::newRow("empty body") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("JSON array") << QByteArray(R"([{"data":{}}])") << u"not an object"_s;
    QTest::newRow("bare JSON string") << QByteArray(R"("data")") << u"not valid JSON"_s;
    QTest::newRow("data array") << QByteArray(R"({"data":[]})") << u"data field"_s;
    QTest::newRow("data string") << QByteArray(R"({"data":"none"})") << u"data field"_s;
    QTest::newRow("data number") << QByteArray(R"({"data":0})") << u"data field"_s;
    QTest::newRow("mailDetail object") << QByteArray(R"({"data":{"mailDetail":{}}})") << u"mailDetail"_s;
    QTest::newRow("mailDetail string") << QByteArray(R"({"data":{"mailDetail":"[]"}})") << u"mailDetail"_s;
    QTest::newRow("MailDetail number") << QByteArray(R"({"Data":{"MailDetail":3}})") << u"mailDetail"_s;
    QTest::newRow("item not object") << QByteArray(
                                            R"({"data":{"mailDetail":[{"Status":0},"x",{"Status":0}]}})")
                                     << u"Record 2"_s;
    QTest::newRow("item null") << QByteArray(R"({"data":{"mailDetail":[null]}})") << u"Record 1"_s;
    QTest::newRow("item array") << QByteArray(R"({"data":{"mailDetail":[{},[]]}})") << u"Record 2"_s;
    QTest::newRow("NextStart object")
        << QByteArray(R"({"NextStart":{},"data":{"mailDetail":[]}})") << u"NextStart"_s;
    QTest::newRow("error body") << QByteArray(R"({"RequestId":"R","Code":"InvalidParameter","Message":"x"})")
                                << u"InvalidParameter"_s;
}

void TestPageParser::parsePage_malformedStructure_failsWithoutRows()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<ParsedPage> page = parsePageJson(json, &error);
    QVERIFY(!page);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QVERIFY(!parsePageJson(json)); // no error sink is fine too
}

void TestPageParser::parsePage_emptyOrAbsentLists_areEmptyPages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("nextStart");

    QTest::newRow("empty object") << QByteArray("{}") << 0 << QString();
    QTest::newRow("data missing") << QByteArray(R"({"RequestId":"R","NextStart":""})") << 0 << QString();
    QTest::newRow("data null") << QByteArray(R"({"data":null,"NextStart":null})") << 0 << QString();
    QTest::newRow("mailDetail missing") << QByteArray(R"({"data":{}})") << 0 << QString();
    QTest::newRow("mailDetail null") << QByteArray(R"({"data":{"mailDetail":null}})") << 0 << QString();
    QTest::newRow("mailDetail empty")
        << QByteArray(R"({"data":{"mailDetail":[]},"NextStart":"a#b"})") << 0 << u"a#b"_s;
    QTest::newRow("capitalised Data/MailDetail")
        << QByteArray(R"({"Data":{"MailDetail":[{"Status":2}]}})") << 1 << QString();
    QTest::newRow("numeric NextStart")
        << QByteArray(R"({"data":{"mailDetail":[{}]},"NextStart":12345})") << 1 << u"12345"_s;
    QTest::newRow("item with no known field")
        << QByteArray(R"({"data":{"mailDetail":[{}]}})") << 1 << QString();
}

void TestPageParser::parsePage_emptyOrAbsentLists_areEmptyPages()
{
    QFETCH(QByteArray, json);
    QFETCH(int, records);
    QFETCH(QString, nextStart);
    QString error;
    const std::optional<ParsedPage> page = parsePageJson(json, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->records.size(), records);
    QCOMPARE(page->nextStart, nextStart);
}

void TestPageParser::parsePage_fieldVariants_decodeAndRoundTrip_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<int>("status"); // DeliveryStatus as int
    QTest::addColumn<qint64>("utcSeconds");

    const int unknown = int(DeliveryStatus::Unknown);
    QTest::newRow("status number") << QByteArray(R"({"Status":3,"UtcLastUpdateTime":1619601108})") << 3
                                   << qint64(1619601108);
    QTest::newRow("status string") << QByteArray(R"({"Status":"3","UtcLastUpdateTime":"1619601108"})") << 3
                                   << qint64(1619601108);
    QTest::newRow("status padded string") << QByteArray(R"({"Status":" 04"})") << 4 << qint64(0);
    QTest::newRow("status 2.0") << QByteArray(R"({"Status":2.0})") << 2 << qint64(0);
    QTest::newRow("status 2.5") << QByteArray(R"({"Status":2.5})") << unknown << qint64(0);
    QTest::newRow("status 1 unknown code") << QByteArray(R"({"Status":1})") << unknown << qint64(0);
    QTest::newRow("status huge") << QByteArray(R"({"Status":1e12})") << unknown << qint64(0);
    QTest::newRow("status word") << QByteArray(R"({"Status":"sent"})") << unknown << qint64(0);
    QTest::newRow("status bool") << QByteArray(R"({"Status":true})") << unknown << qint64(0);
    QTest::newRow("status null") << QByteArray(R"({"Status":null})") << unknown << qint64(0);
    QTest::newRow("status missing") << QByteArray(R"({"Subject":"s"})") << unknown << qint64(0);
    QTest::newRow("utc milliseconds number")
        << QByteArray(R"({"UtcLastUpdateTime":1619601108123})") << unknown << qint64(1619601108);
    QTest::newRow("utc milliseconds string")
        << QByteArray(R"({"UtcLastUpdateTime":"1619601108999"})") << unknown << qint64(1619601108);
    QTest::newRow("utc fractional") << QByteArray(R"({"UtcLastUpdateTime":1619601108.75})") << unknown
                                    << qint64(1619601108);
    QTest::newRow("utc padded string")
        << QByteArray(R"({"UtcLastUpdateTime":" 1619601108"})") << unknown << qint64(1619601108);
    QTest::newRow("utc missing: from UTC+8 LastUpdateTime")
        << QByteArray(R"({"LastUpdateTime":"2021-04-28T17:11Z"})") << unknown << qint64(1619601060);
    QTest::newRow("utc null: from LastUpdateTime seconds")
        << QByteArray(R"({"UtcLastUpdateTime":null,"LastUpdateTime":"2021-04-28T17:11:48Z"})") << unknown
        << qint64(1619601108);
    QTest::newRow("utc garbage: from LastUpdateTime ms")
        << QByteArray(R"({"UtcLastUpdateTime":"soon","LastUpdateTime":"1619601108000"})") << unknown
        << qint64(1619601108);
    QTest::newRow("no usable time") << QByteArray(R"({"LastUpdateTime":"yesterday"})") << unknown
                                    << qint64(0);
    QTest::newRow("utc object") << QByteArray(R"({"UtcLastUpdateTime":{"s":1}})") << unknown << qint64(0);
    QTest::newRow("utc beyond 2^53") << QByteArray(R"({"UtcLastUpdateTime":"99999999999999999"})") << unknown
                                     << qint64(99999999999999);
}

void TestPageParser::parsePage_fieldVariants_decodeAndRoundTrip()
{
    QFETCH(QByteArray, item);
    QFETCH(int, status);
    QFETCH(qint64, utcSeconds);
    QString error;
    const std::optional<ParsedPage> page = parsePageJson(withItem(item), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->records.size(), 1);
    const ParsedRecord &parsed = page->records[0];
    QCOMPARE(int(parsed.record.status), status);
    QCOMPARE(parsed.record.utcSeconds, utcSeconds);
    QCOMPARE(parsed.shape.has(RecordShape::TimeUnknown), utcSeconds == 0);
    QCOMPARE(parsed.rawObject(), object(item));
}

void TestPageParser::parsePage_unknownFieldsAndNulls_areKept()
{
    const QByteArray item = R"({"Status":0,"ToAddress":"a@b.c","IpPoolId":null,"IpPoolName":null,
        "Subject":42,"Message":["250","OK"],"ConfigSetId":{"id":1},"AccountName":false,
        "TraceId":"t-1","Extra":{"nested":[1,2.5,null,"x"]},"status":"lowercase key is unknown"})";
    const std::optional<ParsedPage> page = parsePageJson(withItem(item));
    QVERIFY(page);
    const ParsedRecord &parsed = page->records[0];
    QCOMPARE(parsed.shape.state(Field::IpPoolId), FieldState::Null);
    QCOMPARE(parsed.shape.state(Field::ConfigSetName), FieldState::Missing);
    QCOMPARE(parsed.shape.state(Field::Subject), FieldState::Extra);
    QCOMPARE(parsed.shape.state(Field::ToAddress), FieldState::Value);
    QCOMPARE(parsed.record.subject, u"42"_s); // shown as text, kept as a number
    QCOMPARE(parsed.record.message, u"[\"250\",\"OK\"]"_s);
    QCOMPARE(parsed.record.accountName, u"false"_s);
    QCOMPARE(parsed.record.ipPoolId, QString());
    QVERIFY(parsed.extras.contains(u"TraceId"_s));
    QVERIFY(parsed.extras.contains(u"status"_s));
    QVERIFY(!parsed.extras.contains(u"ToAddress"_s));
    QCOMPARE(parsed.rawObject(), object(item));
}

void TestPageParser::parsePage_textIsKeptExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("CJK") << u"测试邮件：您的订单已发货"_s;
    QTest::addRow("emoji") << u"Sale 🎉🔥 today 👩‍👩‍👧"_s;
    QTest::addRow("RTL and combining") << u"שלום e\u0301"_s;
    QTest::addRow("control characters") << u"line1\nline2\t\"quoted\"\\"_s;
    QTest::addRow("empty") << QString();
    QTest::addRow("1 MiB") << QString(1 << 20, u'x');
    QTest::addRow("200k CJK") << QString(200000, QChar(0x4E2D));
}

void TestPageParser::parsePage_textIsKeptExactly()
{
    QFETCH(QString, text);
    const QJsonObject item{{u"Subject"_s, text}, {u"Message"_s, text}, {u"ToAddress"_s, text}};
    const QJsonObject body{{u"data"_s, QJsonObject{{u"mailDetail"_s, QJsonArray{item}}}}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const std::optional<ParsedPage> page = parsePageJson(json);
    QVERIFY(page);
    QCOMPARE(page->records[0].record.subject, text);
    QCOMPARE(page->records[0].record.toAddress, text);
    QCOMPARE(page->records[0].rawObject(), item);
}

void TestPageParser::parsePage_hugePage_keepsEveryRecord()
{
    QJsonArray items;
    for (int i = 0; i < 5000; ++i)
        items.append(QJsonObject{{u"ToAddress"_s, u"u%1@example.net"_s.arg(i)}, {u"Status"_s, i % 5}});
    const std::optional<ParsedPage> page =
        parsePage(QJsonObject{{u"data"_s, QJsonObject{{u"mailDetail"_s, items}}}});
    QVERIFY(page);
    QCOMPARE(page->records.size(), 5000);
    QCOMPARE(page->records[4999].record.toAddress, u"u4999@example.net"_s);
    QCOMPARE(page->records[4999].record.status, DeliveryStatus::Failed);
    QCOMPARE(page->records[4998].record.status, DeliveryStatus::Spam);
}

void TestPageParser::parsePage_mutatedBodies_failCleanlyOrRoundTrip()
{
    // Byte-level mutations of a real page: whatever still parses as JSON must either be
    // rejected with a message or give back every item exactly.
    QRandomGenerator random(20240501);
    const QByteArray alphabet = R"({}[]":,0123456789.-eE tnulfrs\\ZT#@+)";
    int parsed = 0;
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray json = kDocExample;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random.bounded(int(json.size())));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                json[at] = c;
                break;
            case 1:
                json.insert(at, c);
                break;
            default:
                json.remove(at, 1);
            }
        }
        QString error;
        const std::optional<ParsedPage> page = parsePageJson(json, &error);
        if (!page) {
            QVERIFY2(!error.isEmpty(), json.constData());
            ++rejected;
            continue;
        }
        ++parsed;
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        QJsonValue list = body.value(u"data"_s).toObject().value(u"mailDetail"_s);
        const QJsonArray items = list.toArray();
        QCOMPARE(page->records.size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i)
            QCOMPARE(page->records[i].rawObject(), items.at(i).toObject());
    }
    QVERIFY(parsed > 100);
    QVERIFY(rejected > 100);
}

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
