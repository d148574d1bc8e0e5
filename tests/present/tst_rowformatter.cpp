#include "present/rowformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using sendtrail::RowFormatter;

using Rows = QList<QStringList>;
using Records = QList<QJsonObject>;

class TestRowFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCell_replacesTabsAndLineBreaksWithSpaces_data();
    void cleanCell_replacesTabsAndLineBreaksWithSpaces();
    void toTsv_oneLinePerRowWithCleanCells_data();
    void toTsv_oneLinePerRowWithCleanCells();
    void toJson_parsesBackToTheSameRecords_data();
    void toJson_parsesBackToTheSameRecords();
    void toJson_keepsNonAsciiAsUtf8();
};

void TestRowFormatter::cleanCell_replacesTabsAndLineBreaksWithSpaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"user@example.com"_s << u"user@example.com"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"a b"_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"a b"_s;
    QTest::newRow("crlf is two spaces") << u"a\r\nb"_s << u"a  b"_s;
    QTest::newRow("at both ends") << u"\tpadded\n"_s << u" padded "_s;
    QTest::newRow("only breaks") << u"\t\n\r"_s << u"   "_s;
    QTest::newRow("other whitespace kept") << u"a b\u00a0c\vd"_s << u"a b\u00a0c\vd"_s;
    QTest::newRow("non-ascii kept") << u"退信\t原因"_s << u"退信 原因"_s;
}

void TestRowFormatter::cleanCell_replacesTabsAndLineBreaksWithSpaces()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RowFormatter::cleanCell(text), expected);
}

void TestRowFormatter::toTsv_oneLinePerRowWithCleanCells_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("expected");

    const QStringList headers{u"Recipient"_s, u"Status"_s};
    QTest::newRow("header and rows")
        << headers << Rows{{u"a@example.com"_s, u"Delivered"_s}, {u"b@example.com"_s, u"Failed"_s}}
        << u"Recipient\tStatus\na@example.com\tDelivered\nb@example.com\tFailed\n"_s;
    QTest::newRow("tabs and newlines in cells")
        << headers << Rows{{u"a@example.com"_s, u"550\tUser unknown\r\nrejected"_s}}
        << u"Recipient\tStatus\na@example.com\t550 User unknown  rejected\n"_s;
    QTest::newRow("tab in a header") << QStringList{u"Sent\tat"_s} << Rows{{u"x"_s}} << u"Sent at\nx\n"_s;
    QTest::newRow("empty cells keep their columns")
        << headers << Rows{{QString(), u"Delivered"_s}, {u"c@example.com"_s, QString()}}
        << u"Recipient\tStatus\n\tDelivered\nc@example.com\t\n"_s;
    QTest::newRow("no headers: rows only") << QStringList() << Rows{{u"a"_s, u"b"_s}} << u"a\tb\n"_s;
    QTest::newRow("no rows: header only") << headers << Rows() << u"Recipient\tStatus\n"_s;
}

void TestRowFormatter::toTsv_oneLinePerRowWithCleanCells()
{
    QFETCH(QStringList, headers);
    QFETCH(Rows, rows);
    QFETCH(QString, expected);
    const QString tsv = RowFormatter::toTsv(headers, rows);
    QCOMPARE(tsv, expected);
    QCOMPARE(tsv.count(u'\n'), rows.size() + (headers.isEmpty() ? 0 : 1));
}

void TestRowFormatter::toJson_parsesBackToTheSameRecords_data()
{
    QTest::addColumn<Records>("records");

    const QJsonObject delivered{{u"ToAddress"_s, u"a@example.com"_s},
                                {u"Status"_s, 0},
                                {u"LastUpdateTime"_s, u"2024-05-01T14:03Z"_s}};
    const QJsonObject bounced{{u"ToAddress"_s, u"b@example.com"_s},
                              {u"Status"_s, 3},
                              {u"Message"_s, u"550 5.1.1 \"quoted\"\n\tand a backslash \\"_s},
                              {u"Subject"_s, u"发票 – invoice ✓"_s}};
    const QJsonObject typed{{u"null"_s, QJsonValue::Null},
                            {u"bool"_s, true},
                            {u"double"_s, 1.5},
                            {u"big"_s, 9007199254740991.0},
                            {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, u"two"_s, false}}}},
                            {u"empty"_s, QJsonObject()}};

    QTest::newRow("none") << Records();
    QTest::newRow("one") << Records{delivered};
    QTest::newRow("escapes and non-ascii") << Records{bounced};
    QTest::newRow("every json type") << Records{typed};
    QTest::newRow("several, in order") << Records{bounced, delivered, typed};
    QTest::newRow("empty object") << Records{QJsonObject()};
}

void TestRowFormatter::toJson_parsesBackToTheSameRecords()
{
    QFETCH(Records, records);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(RowFormatter::toJson(records).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsed.isArray());
    const QJsonArray array = parsed.array();
    QCOMPARE(array.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY(array.at(i).isObject());
        QCOMPARE(array.at(i).toObject(), records.at(i));
    }
}

void TestRowFormatter::toJson_keepsNonAsciiAsUtf8()
{
    const QString json = RowFormatter::toJson({QJsonObject{{u"Subject"_s, u"发票"_s}}});
    QVERIFY2(json.contains(u"发票"_s), qPrintable(json)); // readable when pasted, not \uXXXX
}

QTEST_GUILESS_MAIN(TestRowFormatter)
#include "tst_rowformatter.moc"
