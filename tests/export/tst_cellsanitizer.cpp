#include "export/cellsanitizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestCellSanitizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsLikeFormula_flagsOwaspTriggersOnlyAtTheStart_data();
    void startsLikeFormula_flagsOwaspTriggersOnlyAtTheStart();
    void cappedLength_neverSplitsASurrogatePair_data();
    void cappedLength_neverSplitsASurrogatePair();
    void toXlsxCellText_stripsIllegalAndEscapesExcelEscapes_data();
    void toXlsxCellText_stripsIllegalAndEscapesExcelEscapes();
    void toXlsxCellText_capsAt32767Characters();
    void toXlsxCellText_escapeCountsTowardsTheCap();
};

void TestCellSanitizer::startsLikeFormula_flagsOwaspTriggersOnlyAtTheStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("risky");
    QTest::newRow("equals") << u"=1+1"_s << true;
    QTest::newRow("plus") << u"+SUM(A1)"_s << true;
    QTest::newRow("minus") << u"-2+3"_s << true;
    QTest::newRow("at") << u"@SUM(A1)"_s << true;
    QTest::newRow("tab") << u"\tx"_s << true;
    QTest::newRow("cr") << u"\rx"_s << true;
    QTest::newRow("lf") << u"\nx"_s << true;
    QTest::newRow("nul") << QString(QChar(0)) + u"x"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plain") << u"hello"_s << false;
    QTest::newRow("equals later") << u"a=1"_s << false;
    QTest::newRow("space then equals") << u" =1"_s << false;
    QTest::newRow("apostrophe") << u"'=1"_s << false;
    QTest::newRow("fullwidth equals") << u"\uFF1D1"_s << false;
}

void TestCellSanitizer::startsLikeFormula_flagsOwaspTriggersOnlyAtTheStart()
{
    QFETCH(QString, text);
    QFETCH(bool, risky);
    QCOMPARE(startsLikeFormula(text), risky);
}

void TestCellSanitizer::cappedLength_neverSplitsASurrogatePair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<qsizetype>("expected");
    const QString emoji = u"\U0001F4E6"_s; // two UTF-16 units
    QTest::newRow("short") << u"abc"_s << qsizetype(5) << qsizetype(3);
    QTest::newRow("exact") << u"abcde"_s << qsizetype(5) << qsizetype(5);
    QTest::newRow("cut") << u"abcdef"_s << qsizetype(5) << qsizetype(5);
    QTest::newRow("pair fits") << (u"abc"_s + emoji + u"x"_s) << qsizetype(5) << qsizetype(5);
    QTest::newRow("pair would split") << (u"abcd"_s + emoji) << qsizetype(5) << qsizetype(4);
    QTest::newRow("all emoji, odd limit") << emoji.repeated(20000) << kMaxCellLength << kMaxCellLength - 1;
    QTest::newRow("x then emoji") << (u"x"_s + emoji.repeated(20000)) << kMaxCellLength << kMaxCellLength;
}

void TestCellSanitizer::cappedLength_neverSplitsASurrogatePair()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, limit);
    QFETCH(qsizetype, expected);
    const qsizetype kept = cappedLength(text, limit);
    QCOMPARE(kept, expected);
    QVERIFY(kept == 0 || !text.at(kept - 1).isHighSurrogate());
}

void TestCellSanitizer::toXlsxCellText_stripsIllegalAndEscapesExcelEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("plain") << u"hello"_s << QByteArray("hello");
    QTest::newRow("keeps tab lf cr") << u"a\tb\nc\rd"_s << QByteArray("a\tb\nc\rd");
    QTest::newRow("drops C0 controls")
        << (u"a"_s + QChar(0) + u"b\u0001\u0008\u000B\u000C\u000E\u001Fc"_s) << QByteArray("abc");
    QTest::newRow("drops FFFE FFFF") << u"a\uFFFEb\uFFFFc"_s << QByteArray("abc");
    QTest::newRow("keeps DEL and C1") << u"a\u007F\u0085b"_s
                                      << QByteArray("a\x7F\xC2\x85"
                                                    "b");
    QTest::newRow("CJK and emoji") << u"池一 \U0001F4E6"_s << QByteArray("池一 \xF0\x9F\x93\xA6");
    QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xD83D) + u"b"_s)
                                         << QByteArray("a\xEF\xBF\xBD"
                                                       "b");
    QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xDC00)) << QByteArray("a\xEF\xBF\xBD");
    QTest::newRow("excel escape literal") << u"_x0041_"_s << QByteArray("_x005F_x0041_");
    QTest::newRow("not an escape") << u"_x00G1_ _X0041_ _x041_"_s << QByteArray("_x00G1_ _X0041_ _x041_");
    QTest::newRow("formula stays text") << u"=HYPERLINK(\"x\")"_s << QByteArray("=HYPERLINK(\"x\")");
    // Found by fuzz_cells: the escape check ran before the illegal characters were dropped, so
    // their removal joined an escape that Excel then decoded ("A" instead of "_x0041_").
    QTest::newRow("escape joined by a dropped NUL")
        << (u"_x0041"_s + QChar(0) + u"_"_s) << QByteArray("_x005F_x0041_");
    QTest::newRow("escape joined by a dropped control") << u"_x00\u000141_"_s << QByteArray("_x005F_x0041_");
    QTest::newRow("escape joined by a dropped FFFF") << u"_\uFFFFx0041_"_s << QByteArray("_x005F_x0041_");
}

void TestCellSanitizer::toXlsxCellText_stripsIllegalAndEscapesExcelEscapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, utf8);
    std::string out;
    QVERIFY(!toXlsxCellText(text, out));
    QCOMPARE(QByteArray::fromStdString(out), utf8);
}

void TestCellSanitizer::toXlsxCellText_capsAt32767Characters()
{
    std::string out;
    QVERIFY(toXlsxCellText(QString(40000, u'a'), out));
    QCOMPARE(out.size(), std::size_t(kMaxCellLength));
    // Emoji: the cap counts UTF-16 units (as Excel does) and keeps pairs whole.
    QVERIFY(toXlsxCellText(u"\U0001F4E6"_s.repeated(20000), out));
    QCOMPARE(QString::fromStdString(out).size(), kMaxCellLength - 1);
    // Dropped characters do not count.
    QVERIFY(!toXlsxCellText(QString(kMaxCellLength, u'a') + QChar(1), out));
    QCOMPARE(out.size(), std::size_t(kMaxCellLength));
}

void TestCellSanitizer::toXlsxCellText_escapeCountsTowardsTheCap()
{
    // libxlsxwriter rejects strings over 32,767 characters as written, escapes included.
    std::string out;
    QVERIFY(toXlsxCellText(QString(kMaxCellLength - 3, u'a') + u"_x0041_"_s, out));
    QCOMPARE(out.size(), std::size_t(kMaxCellLength - 3));
}

QTEST_GUILESS_MAIN(TestCellSanitizer)
#include "tst_cellsanitizer.moc"
