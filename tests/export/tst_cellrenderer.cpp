#include "export/cellrenderer.h"
#include "export/exportcolumn.h"
#include "export/exportoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestCellRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cell_status_isAWord_data();
    void cell_status_isAWord();
    void cell_textColumnsMapToTheirFields();
    void cell_unixTime_rendersSignedSeconds();
    void header_timeColumnNamesTheZone();
    void columns_keysRoundTripAndDefaultsAreAllKnown();
};

void TestCellRenderer::cell_status_isAWord_data()
{
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("delivered") << DeliveryStatus::Delivered << u"Delivered"_s;
    QTest::newRow("invalid") << DeliveryStatus::InvalidAddress << u"Invalid address"_s;
    QTest::newRow("spam") << DeliveryStatus::Spam << u"Spam"_s;
    QTest::newRow("failed") << DeliveryStatus::Failed << u"Failed"_s;
    QTest::newRow("unknown") << DeliveryStatus::Unknown << u"Unknown"_s;
}

void TestCellRenderer::cell_status_isAWord()
{
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, word);
    CellRenderer renderer(ExportTimeZone::utc());
    MailRecord record;
    record.status = status;
    QCOMPARE(renderer.cell(record, ExportColumn::Status).toString(), word);
}

void TestCellRenderer::cell_textColumnsMapToTheirFields()
{
    MailRecord r;
    r.utcSeconds = 1619601108;
    r.toAddress = u"to"_s;
    r.accountName = u"from"_s;
    r.subject = u"subject"_s;
    r.errorClassification = u"class"_s;
    r.message = u"message"_s;
    r.ipPoolId = u"pool-id"_s;
    r.ipPoolName = u"pool"_s;
    r.configSetId = u"cs-id"_s;
    r.configSetName = u"cs"_s;
    r.lastUpdateTime = u"2021-04-28T17:11Z"_s;
    CellRenderer renderer(ExportTimeZone::fixedOffset(8 * 3600));
    QStringList cells;
    for (const ExportColumn c : allExportColumns())
        cells << renderer.cell(r, c).toString();
    QCOMPARE(cells, (QStringList{u"2021-04-28 17:11:48"_s, u"Unknown"_s, u"to"_s, u"from"_s, u"subject"_s,
                                 u"class"_s, u"message"_s, u"pool-id"_s, u"pool"_s, u"cs-id"_s, u"cs"_s,
                                 u"2021-04-28T17:11Z"_s, u"1619601108"_s}));
}

void TestCellRenderer::cell_unixTime_rendersSignedSeconds()
{
    CellRenderer renderer(ExportTimeZone::utc());
    MailRecord r;
    for (const qint64 v :
         {qint64(0), qint64(-42), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}) {
        r.utcSeconds = v;
        QCOMPARE(renderer.cell(r, ExportColumn::UnixTime).toString(), QString::number(v));
    }
}

void TestCellRenderer::header_timeColumnNamesTheZone()
{
    QCOMPARE(exportColumnHeader(ExportColumn::Time, ExportTimeZone::fixedOffset(8 * 3600)),
             u"Time (UTC+08:00)"_s);
    QCOMPARE(exportColumnHeader(ExportColumn::Time, ExportTimeZone::utc()), u"Time (UTC)"_s);
    QCOMPARE(exportColumnHeader(ExportColumn::Recipient, ExportTimeZone::utc()), u"Recipient"_s);
    QCOMPARE(exportColumnHeader(ExportColumn::Classification, ExportTimeZone::utc()), u"Classification"_s);
}

void TestCellRenderer::columns_keysRoundTripAndDefaultsAreAllKnown()
{
    const QList<ExportColumn> all = allExportColumns();
    QCOMPARE(all.size(), 13);
    for (const ExportColumn c : all) {
        QCOMPARE(exportColumnFromKey(exportColumnKey(c)), std::optional<ExportColumn>(c));
        QVERIFY(exportColumnWidth(c) >= 10);
    }
    QCOMPARE(exportColumnFromKey(u"SUBJECT"), std::optional<ExportColumn>(ExportColumn::Subject));
    QVERIFY(!exportColumnFromKey(u"nope").has_value());
    const QList<ExportColumn> defaults = defaultExportColumns();
    QCOMPARE(defaults.first(), ExportColumn::Time);
    for (const ExportColumn c : defaults)
        QVERIFY(all.contains(c));
}

QTEST_GUILESS_MAIN(TestCellRenderer)
#include "tst_cellrenderer.moc"
