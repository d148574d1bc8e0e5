#include "export/jsonlexporter.h"
#include "exporttestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::testsupport;

namespace {
const QString kDataDir = QStringLiteral(SENDTRAIL_TEST_DATA_DIR);
}

class TestJsonlExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_hostileInput_matchesGoldenBytes();
    void write_eachLineParsesBackToTheOriginalObject();
    void write_followsRowOrderAndIgnoresColumns();
    void write_synthesizesObjectsForRecordOnlySources();
    void write_cancelFlag_stops();
};

void TestJsonlExporter::write_hostileInput_matchesGoldenBytes()
{
    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = JsonlExporter::write(*source, ExportOptions{}, buffer);
    QVERIFY(result.ok());
    QCOMPARE(result.rowsWritten, 11);
    QCOMPARE(result.truncatedCells, 0); // lossless: the 40 kB subject stays whole

    const QString golden = kDataDir + u"/hostile_records.jsonl"_s;
    if (qEnvironmentVariableIsSet("SENDTRAIL_UPDATE_GOLDENS")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(buffer.data()) == buffer.data().size());
    }
    QCOMPARE(buffer.data(), readAll(golden));
    QVERIFY(!buffer.data().contains('\r'));
    QCOMPARE(buffer.data().count('\n'), 11);
}

void TestJsonlExporter::write_eachLineParsesBackToTheOriginalObject()
{
    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(JsonlExporter::write(*source, ExportOptions{}, buffer).ok());
    QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with LF
    QCOMPARE(lines.size(), source->count());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), source->rawObject(i));
    }
    // Nulls stay nulls, a missing key stays missing, numbers stay numbers.
    const QJsonObject nulls = QJsonDocument::fromJson(lines.at(6)).object();
    QVERIFY(nulls.value(u"Subject").isNull());
    QVERIFY(!nulls.contains(u"Message"));
    QVERIFY(nulls.value(u"UtcLastUpdateTime").isDouble());
    QCOMPARE(QJsonDocument::fromJson(lines.at(10)).object().value(u"Subject").toString().size(), 40000);
}

void TestJsonlExporter::write_followsRowOrderAndIgnoresColumns()
{
    const auto source = loadJsonlSource(kDataDir + u"/hostile_input.jsonl"_s);
    ExportOptions options;
    options.columns = {ExportColumn::Status};
    options.rowOrder = QList<qsizetype>{5, 0};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(JsonlExporter::write(*source, options, buffer).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(), source->rawObject(5));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object(), source->rawObject(0));
}

void TestJsonlExporter::write_synthesizesObjectsForRecordOnlySources()
{
    VectorExportSource source;
    MailRecord r;
    r.utcSeconds = 1619601108;
    r.status = DeliveryStatus::Spam;
    r.subject = u"s"_s;
    source.append(r);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(JsonlExporter::write(source, ExportOptions{}, buffer).ok());
    const QJsonObject o = QJsonDocument::fromJson(buffer.data()).object();
    QCOMPARE(o.value(u"UtcLastUpdateTime").toString(), u"1619601108"_s);
    QCOMPARE(o.value(u"Status").toInt(), 3);
    QCOMPARE(o.value(u"Subject").toString(), u"s"_s);
}

void TestJsonlExporter::write_cancelFlag_stops()
{
    const auto source = makeRealisticSource(20000);
    std::atomic_bool cancel{true};
    ExportControl control;
    control.cancelRequested = &cancel;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const ExportResult result = JsonlExporter::write(*source, ExportOptions{}, buffer, control);
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(result.rowsWritten, 0);
}

QTEST_GUILESS_MAIN(TestJsonlExporter)
#include "tst_jsonlexporter.moc"
