#include "sandbox/sandboxdataset.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

const QDateTime kAnchor = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

bool hasEmoji(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x1F300 && c <= 0x1FAFF)
            return true;
    }
    return false;
}

bool hasCjk(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return han.match(text).hasMatch();
}

// Everything a hostile-text check looks for, over one column of strings.
QSet<QString> hostileTraits(const QStringList &values)
{
    QSet<QString> traits;
    for (const QString &v : values) {
        if (v.contains(u'"'))
            traits << u"quote"_s;
        if (v.contains(u','))
            traits << u"comma"_s;
        if (v.contains(u'\n'))
            traits << u"newline"_s;
        for (QChar lead : {u'=', u'+', u'-', u'@'}) {
            if (v.startsWith(lead))
                traits << QString(lead);
        }
        if (hasCjk(v))
            traits << u"cjk"_s;
        if (hasEmoji(v))
            traits << u"emoji"_s;
        if (v.toUtf8().size() >= 1000)
            traits << u"1kB"_s;
    }
    return traits;
}

} // namespace

class TestSandboxDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generation_sameSeedAndAnchor_isIdentical();
    void generation_otherSeed_differs();
    void generation_fiftyThousandRows_takesUnderASecond();
    void rows_spanThirtyDaysBeforeAnchor();
    void rows_coverEveryStatusAndClassification();
    void rows_containHostileText();
    void rows_haveNullableIpPoolsAndConfigSets();
    void rows_repeatRecipients();
    void rows_shareSecondsInBursts();
    void recordJson_hasTheApiShape();
    void recordJson_lastUpdateTimeIsServiceWallTime();
    void select_filtersMatchEveryRowAndMissNone_data();
    void select_filtersMatchEveryRowAndMissNone();
    void select_newestFirstIsOldestFirstReversed();
    void select_endTimeInclusiveAddsTheEndMinute();
    void select_unknownFilterValue_findsNothing();

private:
    SandboxDataset m_data{7, kAnchor, SandboxDataset::kDefaultRecordCount};
    QStringList column(QString (SandboxDataset::*getter)(int) const) const;
};

QStringList TestSandboxDataset::column(QString (SandboxDataset::*getter)(int) const) const
{
    QStringList values;
    for (int i = 0; i < m_data.size(); ++i)
        values.append((m_data.*getter)(i));
    return values;
}

void TestSandboxDataset::initTestCase()
{
    QCOMPARE(m_data.size(), 50000);
    QCOMPARE(m_data.anchor(), kAnchor);
}

void TestSandboxDataset::generation_sameSeedAndAnchor_isIdentical()
{
    const SandboxDataset a(3, kAnchor, 5000);
    const SandboxDataset b(3, kAnchor, 5000);
    QCOMPARE(a.size(), 5000);
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a.recordJson(i), b.recordJson(i));
}

void TestSandboxDataset::generation_otherSeed_differs()
{
    const SandboxDataset a(3, kAnchor, 5000);
    const SandboxDataset b(4, kAnchor, 5000);
    int same = 0;
    for (int i = 0; i < a.size(); ++i)
        same += a.recordJson(i) == b.recordJson(i) ? 1 : 0;
    QVERIFY2(same < 50, qPrintable(QString::number(same)));
}

void TestSandboxDataset::generation_fiftyThousandRows_takesUnderASecond()
{
    QElapsedTimer timer;
    timer.start();
    const SandboxDataset data(11, kAnchor);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(data.size(), 50000);
    QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestSandboxDataset::rows_spanThirtyDaysBeforeAnchor()
{
    const qint64 end = kAnchor.toSecsSinceEpoch();
    const qint64 begin = end - 30 * 24 * 3600;
    qint64 previous = begin;
    for (int i = 0; i < m_data.size(); ++i) {
        QVERIFY(m_data.utcSeconds(i) >= previous); // stored oldest first
        previous = m_data.utcSeconds(i);
    }
    QVERIFY(previous < end);
    QVERIFY(m_data.utcSeconds(0) < begin + 24 * 3600);               // the first day is used
    QVERIFY(m_data.utcSeconds(m_data.size() - 1) > end - 24 * 3600); // and the last one
}

void TestSandboxDataset::rows_coverEveryStatusAndClassification()
{
    QSet<int> statuses;
    for (int i = 0; i < m_data.size(); ++i)
        statuses.insert(m_data.status(i));
    QCOMPARE(statuses, (QSet<int>{0, 2, 3, 4}));
    const QStringList classifications = column(&SandboxDataset::errorClassification);
    for (const QString &expected : {u"SendOk"_s, u"SmtpNxBox"_s, u"SysOutRcptOnAccountLevelBounceList"_s,
                                    u"SpamBlocked"_s, u"MailboxFull"_s, u"Timeout"_s, u"ConnectionRefused"_s})
        QVERIFY2(classifications.contains(expected), qPrintable(expected));
    const QStringList messages = column(&SandboxDataset::message);
    for (const QString &expected : {u"250 Send Mail OK"_s, u"550 5.1.1 User unknown"_s, u"552 Mailbox full"_s,
                                    u"421 4.7.0 Try again later"_s, u"554 spam detected"_s})
        QVERIFY2(messages.contains(expected), qPrintable(expected));
}

void TestSandboxDataset::rows_containHostileText()
{
    const QSet<QString> all = {u"quote"_s, u"comma"_s, u"newline"_s, u"="_s,     u"+"_s,
                               u"-"_s,     u"@"_s,     u"cjk"_s,     u"emoji"_s, u"1kB"_s};
    const QSet<QString> subjects = hostileTraits(column(&SandboxDataset::subject));
    QCOMPARE(subjects, all);
    QSet<QString> addresses = hostileTraits(column(&SandboxDataset::toAddress));
    addresses.remove(u"1kB"_s);
    QCOMPARE(addresses, all - QSet<QString>{u"1kB"_s});
}

void TestSandboxDataset::rows_haveNullableIpPoolsAndConfigSets()
{
    int noPool = 0;
    int noConfigSet = 0;
    for (int i = 0; i < m_data.size(); ++i) {
        noPool += m_data.ipPoolId(i).isEmpty() ? 1 : 0;
        noConfigSet += m_data.configSetId(i).isEmpty() ? 1 : 0;
    }
    QVERIFY(noPool > 1000 && noPool < m_data.size() - 1000);
    QVERIFY(noConfigSet > 1000 && noConfigSet < m_data.size() - 1000);
    for (int i = 0; i < 200; ++i) {
        const QJsonObject record = m_data.recordJson(i);
        QCOMPARE(record.value(u"IpPoolId"_s).isNull(), record.value(u"IpPoolName"_s).isNull());
        QCOMPARE(record.value(u"IpPoolId"_s).isNull(), m_data.ipPoolId(i).isEmpty());
        QCOMPARE(record.value(u"ConfigSetName"_s).isNull(), m_data.configSetId(i).isEmpty());
    }
}

void TestSandboxDataset::rows_repeatRecipients()
{
    QHash<QString, int> perRecipient;
    for (int i = 0; i < m_data.size(); ++i)
        ++perRecipient[m_data.toAddress(i)];
    QVERIFY(perRecipient.size() > 2000);
    int repeated = 0;
    for (int count : std::as_const(perRecipient))
        repeated += count >= 5 ? 1 : 0;
    QVERIFY2(repeated > 100, qPrintable(QString::number(repeated)));
    QVERIFY(perRecipient.value(u"user+tag@example.com"_s) >= 5);
}

void TestSandboxDataset::rows_shareSecondsInBursts()
{
    int ties = 0;
    for (int i = 1; i < m_data.size(); ++i)
        ties += m_data.utcSeconds(i) == m_data.utcSeconds(i - 1) ? 1 : 0;
    QVERIFY2(ties > 100, qPrintable(QString::number(ties)));
}

void TestSandboxDataset::recordJson_hasTheApiShape()
{
    const QStringList keys = {
        u"AccountName"_s, u"ConfigSetId"_s, u"ConfigSetName"_s,  u"ErrorClassification"_s,
        u"IpPoolId"_s,    u"IpPoolName"_s,  u"LastUpdateTime"_s, u"Message"_s,
        u"Status"_s,      u"Subject"_s,     u"ToAddress"_s,      u"UtcLastUpdateTime"_s};
    static const QRegularExpression lastUpdate(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z$"_s);
    for (int i = 0; i < m_data.size(); i += 97) {
        const QJsonObject record = m_data.recordJson(i);
        QCOMPARE(record.keys(), keys);
        QVERIFY(record.value(u"Status"_s).isDouble());
        QCOMPARE(record.value(u"UtcLastUpdateTime"_s).toString(), QString::number(m_data.utcSeconds(i)));
        QVERIFY(lastUpdate.match(record.value(u"LastUpdateTime"_s).toString()).hasMatch());
        QCOMPARE(record.value(u"Subject"_s).toString(), m_data.subject(i));
        QCOMPARE(record.value(u"AccountName"_s).toString(), m_data.accountName(i));
    }
}

void TestSandboxDataset::recordJson_lastUpdateTimeIsServiceWallTime()
{
    // The doc's example pair: 1619601108 = 2021-04-28 09:11:48 UTC is shown as "2021-04-28T17:11Z".
    const QDateTime anchor = QDateTime::fromSecsSinceEpoch(1619601108 + 1, Qt::UTC);
    const SandboxDataset data(1, anchor, 3000);
    const int last = data.size() - 1;
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(data.utcSeconds(last), Qt::UTC);
    QCOMPARE(data.recordJson(last).value(u"LastUpdateTime"_s).toString(),
             utc.addSecs(8 * 3600).toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s));
    QCOMPARE(data.recordJson(last, 0).value(u"LastUpdateTime"_s).toString(),
             utc.toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s));
}

void TestSandboxDataset::select_filtersMatchEveryRowAndMissNone_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("toAddress") << u"toAddress"_s << u"user+tag@example.com"_s;
    QTest::newRow("hostile toAddress") << u"toAddress"_s << u"new\nline@example.com"_s;
    QTest::newRow("accountName") << u"accountName"_s << u"billing@pay.example.net"_s;
    QTest::newRow("tagName") << u"tagName"_s << u"测试 tag*~"_s;
    QTest::newRow("status 3") << u"status"_s << u"3"_s;
    QTest::newRow("ipPoolId") << u"ipPoolId"_s << u"e42a4d8e-66e0-4ea3-88aa-74c66c661cef"_s;
    QTest::newRow("configSetId") << u"configSetId"_s << u"c0ffee00-1234-4abc-8def-0123456789ab"_s;
}

void TestSandboxDataset::select_filtersMatchEveryRowAndMissNone()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SandboxQuery query;
    query.start = kAnchor.addDays(-20);
    query.end = kAnchor.addDays(-5);
    auto valueOf = [&](int row) -> QString {
        if (field == u"toAddress"_s)
            return (query.toAddress = value, m_data.toAddress(row));
        if (field == u"accountName"_s)
            return (query.accountName = value, m_data.accountName(row));
        if (field == u"tagName"_s)
            return (query.tagName = value, m_data.tagName(row));
        if (field == u"status"_s)
            return (query.status = value.toInt(), QString::number(m_data.status(row)));
        if (field == u"ipPoolId"_s)
            return (query.ipPoolId = value, m_data.ipPoolId(row));
        return (query.configSetId = value, m_data.configSetId(row));
    };
    QList<int> bruteForce;
    for (int row = 0; row < m_data.size(); ++row) {
        const qint64 t = m_data.utcSeconds(row);
        if (valueOf(row) == value && t >= query.start.toSecsSinceEpoch() && t < query.end.toSecsSinceEpoch())
            bruteForce.prepend(row); // newest first
    }
    QVERIFY(bruteForce.size() >= 2);
    QCOMPARE(m_data.select(query), bruteForce);
    QCOMPARE(m_data.expectedRecords(query).size(), bruteForce.size());
}

void TestSandboxDataset::select_newestFirstIsOldestFirstReversed()
{
    SandboxQuery query;
    query.accountName = u"营销@邮件.例子.中国"_s;
    QList<int> newest = m_data.select(query);
    query.order = SandboxOrder::OldestFirst;
    const QList<int> oldest = m_data.select(query);
    QVERIFY(oldest.size() > 100);
    std::reverse(newest.begin(), newest.end());
    QCOMPARE(newest, oldest);
    QVERIFY(m_data.utcSeconds(oldest.first()) <= m_data.utcSeconds(oldest.last()));
}

void TestSandboxDataset::select_endTimeInclusiveAddsTheEndMinute()
{
    // Put EndTime on the minute of a row, so that minute holds at least one row.
    const int probe = m_data.size() / 2;
    const qint64 t = m_data.utcSeconds(probe);
    SandboxQuery query;
    query.end = QDateTime::fromSecsSinceEpoch(t - t % 60, Qt::UTC);
    query.start = query.end.addDays(-1);
    const QList<int> exclusive = m_data.select(query);
    query.endTime = SandboxEndTime::Inclusive;
    const QList<int> inclusive = m_data.select(query);
    QVERIFY(inclusive.size() > exclusive.size());
    QVERIFY(inclusive.contains(probe));
    QVERIFY(!exclusive.contains(probe));
    for (int row : inclusive) {
        const bool inEndMinute = m_data.utcSeconds(row) >= query.end.toSecsSinceEpoch();
        QCOMPARE(exclusive.contains(row), !inEndMinute);
        QVERIFY(m_data.utcSeconds(row) < query.end.toSecsSinceEpoch() + 60);
    }
}

void TestSandboxDataset::select_unknownFilterValue_findsNothing()
{
    SandboxQuery query;
    query.toAddress = u"nobody@nowhere.example"_s;
    QVERIFY(m_data.select(query).isEmpty());
    query = {};
    query.tagName = u"NoSuchTag"_s;
    QVERIFY(m_data.select(query).isEmpty());
    query = {};
    query.status = 1;
    QVERIFY(m_data.select(query).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxDataset)
#include "tst_sandboxdataset.moc"
