#include "records/mailquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

Q_DECLARE_METATYPE(sendtrail::MailQuery)
Q_DECLARE_METATYPE(sendtrail::QueryParams)

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

MailQuery validQuery()
{
    MailQuery query;
    query.start = utc(u"2024-05-01T00:00:00Z"_s);
    query.end = utc(u"2024-05-02T00:00:00Z"_s);
    return query;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

constexpr qint64 kDay = 86400;

} // namespace

class TestMailQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateQuery_reportsEachProblem_data();
    void validateQuery_reportsEachProblem();
    void validateQuery_messagesAreSentences();
    void splitWindows_cutsNewestFirst_data();
    void splitWindows_cutsNewestFirst();
    void splitWindows_roundsStartDownAndEndUp();
    void splitWindows_startAfterEnd_isEmpty();
    void formatServiceTime_usesServiceOffset_data();
    void formatServiceTime_usesServiceOffset();
    void queryParams_buildsOnlyWhatIsSet_data();
    void queryParams_buildsOnlyWhatIsSet();
    void queryParams_keepsNextStartVerbatim();
    void parseUserTime_acceptsServiceAndIsoTimes_data();
    void parseUserTime_acceptsServiceAndIsoTimes();
};

void TestMailQuery::validateQuery_reportsEachProblem_data()
{
    QTest::addColumn<MailQuery>("query");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("valid") << validQuery() << QStringList();
    MailQuery q = validQuery();
    q.end = q.start;
    QTest::newRow("start equals end") << q << QStringList();
    q = validQuery();
    q.start = q.end.addDays(-95);
    QTest::newRow("95 days is split, not refused") << q << QStringList();
    q = validQuery();
    q.start = {};
    QTest::newRow("no start") << q << QStringList{u"start"_s};
    q = validQuery();
    q.end = {};
    QTest::newRow("no end") << q << QStringList{u"end"_s};
    q = validQuery();
    q.start = q.end.addSecs(60);
    QTest::newRow("start after end") << q << QStringList{u"end"_s};
    q = validQuery();
    q.accountName = u"a@example.net"_s;
    q.toAddress = u"b@example.net"_s;
    QTest::newRow("sender and recipient") << q << QStringList{u"filter"_s};
    q.tagName = u"tag"_s;
    QTest::newRow("all three filters") << q << QStringList{u"filter"_s};
    q = validQuery();
    q.accountName = u"a@example.net"_s;
    q.toAddress = u"   "_s;
    QTest::newRow("blank filter does not count") << q << QStringList();
    q = validQuery();
    q.tagName = u"tag"_s;
    QTest::newRow("tag alone") << q << QStringList();
    for (int status : {0, 2, 3, 4}) {
        q = validQuery();
        q.status = status;
        QTest::addRow("status %d", status) << q << QStringList();
    }
    for (int status : {-1, 1, 5}) {
        q = validQuery();
        q.status = status;
        QTest::addRow("status %d", status) << q << QStringList{u"status"_s};
    }
    for (int size : {1, 100}) {
        q = validQuery();
        q.pageSize = size;
        QTest::addRow("page size %d", size) << q << QStringList();
    }
    for (int size : {0, -5, 101}) {
        q = validQuery();
        q.pageSize = size;
        QTest::addRow("page size %d", size) << q << QStringList{u"pageSize"_s};
    }
    q = validQuery();
    q.serviceUtcOffsetSeconds = 30;
    QTest::newRow("offset not whole minutes") << q << QStringList{u"serviceZone"_s};
    q.serviceUtcOffsetSeconds = 15 * 3600;
    QTest::newRow("offset beyond 14h") << q << QStringList{u"serviceZone"_s};
    q.serviceUtcOffsetSeconds = -(5 * 3600 + 45 * 60);
    QTest::newRow("offset -05:45") << q << QStringList();
    q = MailQuery{};
    q.pageSize = 0;
    q.accountName = u"a"_s;
    q.tagName = u"b"_s;
    QTest::newRow("everything wrong") << q << QStringList{u"start"_s, u"end"_s, u"filter"_s, u"pageSize"_s};
}

void TestMailQuery::validateQuery_reportsEachProblem()
{
    QFETCH(MailQuery, query);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldsOf(validateQuery(query)), fields);
}

void TestMailQuery::validateQuery_messagesAreSentences()
{
    MailQuery q;
    q.pageSize = 500;
    q.status = 9;
    q.accountName = u"a"_s;
    q.toAddress = u"b"_s;
    const QList<FieldError> errors = validateQuery(q);
    QCOMPARE(errors.size(), 5);
    for (const FieldError &error : errors) {
        QVERIFY2(error.message.size() > 15, qPrintable(error.message));
        QVERIFY2(error.message.endsWith(u'.'), qPrintable(error.message));
        QVERIFY2(error.message.at(0).isUpper(), qPrintable(error.message));
    }
    QVERIFY(errors.at(4).message.contains(u"100"_s));
}

void TestMailQuery::splitWindows_cutsNewestFirst_data()
{
    QTest::addColumn<qint64>("spanSeconds");
    QTest::addColumn<QList<qint64>>("windowLengths"); // newest first

    QTest::newRow("one day") << kDay << QList<qint64>{kDay};
    QTest::newRow("exactly 30 days") << 30 * kDay << QList<qint64>{30 * kDay};
    QTest::newRow("30 days + 1 min") << 30 * kDay + 60 << QList<qint64>{30 * kDay, 60};
    QTest::newRow("60 days") << 60 * kDay << QList<qint64>{30 * kDay, 30 * kDay};
    QTest::newRow("95 days") << 95 * kDay << QList<qint64>{30 * kDay, 30 * kDay, 30 * kDay, 5 * kDay};
    QTest::newRow("empty range") << qint64(0) << QList<qint64>{0};
}

void TestMailQuery::splitWindows_cutsNewestFirst()
{
    QFETCH(qint64, spanSeconds);
    QFETCH(QList<qint64>, windowLengths);
    const QDateTime end = utc(u"2024-06-30T12:00:00Z"_s);
    const QDateTime start = end.addSecs(-spanSeconds);

    const QList<TimeWindow> windows = splitWindows(start, end);

    QCOMPARE(windows.size(), windowLengths.size());
    QCOMPARE(windows.first().end, end);
    QCOMPARE(windows.last().start, start);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QCOMPARE(windows[i].start.secsTo(windows[i].end), windowLengths[i]);
        QVERIFY(windows[i].start.secsTo(windows[i].end) <= 30 * kDay);
        if (i > 0)
            QCOMPARE(windows[i].end, windows[i - 1].start); // contiguous, older after newer
    }
}

void TestMailQuery::splitWindows_roundsStartDownAndEndUp()
{
    const QList<TimeWindow> windows =
        splitWindows(utc(u"2024-05-01T10:00:59Z"_s), utc(u"2024-05-01T11:30:01Z"_s));
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows[0].start, utc(u"2024-05-01T10:00:00Z"_s));
    QCOMPARE(windows[0].end, utc(u"2024-05-01T11:31:00Z"_s));

    // Widening can push a range of just under 30 days over the limit: a second window.
    const QList<TimeWindow> wide =
        splitWindows(utc(u"2024-05-01T00:00:30Z"_s), utc(u"2024-05-31T00:00:15Z"_s));
    QCOMPARE(wide.size(), 2);
    QCOMPARE(wide[0].start, utc(u"2024-05-01T00:01:00Z"_s));
    QCOMPARE(wide[0].end, utc(u"2024-05-31T00:01:00Z"_s));
    QCOMPARE(wide[1].start, utc(u"2024-05-01T00:00:00Z"_s));
    QCOMPARE(wide[1].end, utc(u"2024-05-01T00:01:00Z"_s));
}

void TestMailQuery::splitWindows_startAfterEnd_isEmpty()
{
    QVERIFY(splitWindows(utc(u"2024-05-02T00:00:00Z"_s), utc(u"2024-05-01T00:00:00Z"_s)).isEmpty());
    QVERIFY(splitWindows(QDateTime(), utc(u"2024-05-01T00:00:00Z"_s)).isEmpty());
}

void TestMailQuery::formatServiceTime_usesServiceOffset_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("doc example +8") << QDateTime::fromSecsSinceEpoch(1619601108, Qt::UTC) << 8 * 3600
                                    << u"2021-04-28 17:11"_s;
    QTest::newRow("UTC") << utc(u"2021-04-28T09:11:48Z"_s) << 0 << u"2021-04-28 09:11"_s;
    QTest::newRow("crosses midnight") << utc(u"2021-04-28T20:00:00Z"_s) << 8 * 3600 << u"2021-04-29 04:00"_s;
    QTest::newRow("negative offset") << utc(u"2021-01-01T02:00:00Z"_s) << -5 * 3600 << u"2020-12-31 21:00"_s;
    QTest::newRow("offset instant in") << QDateTime::fromString(u"2021-04-28T17:11:00+08:00"_s, Qt::ISODate)
                                       << 8 * 3600 << u"2021-04-28 17:11"_s;
    QTest::newRow("invalid") << QDateTime() << 0 << QString();
}

void TestMailQuery::formatServiceTime_usesServiceOffset()
{
    QFETCH(QDateTime, instant);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QCOMPARE(formatServiceTime(instant, offset), expected);
}

void TestMailQuery::queryParams_buildsOnlyWhatIsSet_data()
{
    QTest::addColumn<MailQuery>("query");
    QTest::addColumn<QString>("nextStart");
    QTest::addColumn<QueryParams>("expected");

    MailQuery q = validQuery();
    QTest::newRow("minimal") << q << QString()
                             << QueryParams{{u"StartTime"_s, u"2024-05-02 00:00"_s},
                                            {u"EndTime"_s, u"2024-05-03 00:00"_s},
                                            {u"Length"_s, u"100"_s}};
    q.accountName = u"  sender@example.net "_s;
    q.status = 0;
    q.pageSize = 25;
    q.ipPoolId = u"pool-1"_s;
    q.configSetId = u"cs-9"_s;
    QTest::newRow("filters") << q << u"tok"_s
                             << QueryParams{{u"StartTime"_s, u"2024-05-02 00:00"_s},
                                            {u"EndTime"_s, u"2024-05-03 00:00"_s},
                                            {u"AccountName"_s, u"sender@example.net"_s},
                                            {u"IpPoolId"_s, u"pool-1"_s},
                                            {u"ConfigSetId"_s, u"cs-9"_s},
                                            {u"Status"_s, u"0"_s},
                                            {u"Length"_s, u"25"_s},
                                            {u"NextStart"_s, u"tok"_s}};
    q = validQuery();
    q.serviceUtcOffsetSeconds = 0;
    q.toAddress = u"b@example.net"_s;
    q.tagName = QString();
    QTest::newRow("UTC service, recipient") << q << QString()
                                            << QueryParams{{u"StartTime"_s, u"2024-05-01 16:00"_s},
                                                           {u"EndTime"_s, u"2024-05-02 16:00"_s},
                                                           {u"ToAddress"_s, u"b@example.net"_s},
                                                           {u"Length"_s, u"100"_s}};
}

void TestMailQuery::queryParams_buildsOnlyWhatIsSet()
{
    QFETCH(MailQuery, query);
    QFETCH(QString, nextStart);
    QFETCH(QueryParams, expected);
    const TimeWindow window{utc(u"2024-05-01T16:00:00Z"_s), utc(u"2024-05-02T16:00:00Z"_s)};
    QCOMPARE(queryParams(query, window, nextStart), expected);
}

void TestMailQuery::queryParams_keepsNextStartVerbatim()
{
    const QString token = u"90f0243616#203#a***@example.net-1658817689#b+c@example.net.247141122178 "_s;
    const QueryParams params =
        queryParams(validQuery(), {utc(u"2024-05-01T00:00:00Z"_s), utc(u"2024-05-02T00:00:00Z"_s)}, token);
    QCOMPARE(params.last().first, u"NextStart"_s);
    QCOMPARE(params.last().second, token);
}

void TestMailQuery::parseUserTime_acceptsServiceAndIsoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const int cst = 8 * 3600;
    QTest::newRow("service minutes") << u"2024-05-01 10:00"_s << cst << utc(u"2024-05-01T02:00:00Z"_s);
    QTest::newRow("service seconds") << u"2024-05-01 10:00:30"_s << cst << utc(u"2024-05-01T02:00:30Z"_s);
    QTest::newRow("service before midnight")
        << u"2024-05-01 03:00"_s << cst << utc(u"2024-04-30T19:00:00Z"_s);
    QTest::newRow("UTC service") << u"2024-05-01 10:00"_s << 0 << utc(u"2024-05-01T10:00:00Z"_s);
    QTest::newRow("surrounding spaces") << u"  2024-05-01 10:00\n"_s << cst << utc(u"2024-05-01T02:00:00Z"_s);
    QTest::newRow("ISO Z") << u"2024-05-01T10:00:00Z"_s << cst << utc(u"2024-05-01T10:00:00Z"_s);
    QTest::newRow("ISO Z minutes") << u"2024-05-01T10:00Z"_s << cst << utc(u"2024-05-01T10:00:00Z"_s);
    QTest::newRow("ISO offset") << u"2024-05-01T10:00:00+02:00"_s << cst << utc(u"2024-05-01T08:00:00Z"_s);
    QTest::newRow("ISO negative offset")
        << u"2024-05-01T10:00-05:00"_s << cst << utc(u"2024-05-01T15:00:00Z"_s);
    QTest::newRow("ISO milliseconds")
        << u"2024-05-01T10:00:00.250Z"_s << cst << utc(u"2024-05-01T10:00:00Z"_s).addMSecs(250);
    QTest::newRow("ISO without offset") << u"2024-05-01T10:00:00"_s << cst << QDateTime();
    QTest::newRow("date only") << u"2024-05-01"_s << cst << QDateTime();
    QTest::newRow("impossible date") << u"2024-02-30 10:00"_s << cst << QDateTime();
    QTest::newRow("impossible hour") << u"2024-05-01 24:00"_s << cst << QDateTime();
    QTest::newRow("one-digit month") << u"2024-5-01 10:00"_s << cst << QDateTime();
    QTest::newRow("garbage") << u"yesterday"_s << cst << QDateTime();
    QTest::newRow("empty") << QString() << cst << QDateTime();
}

void TestMailQuery::parseUserTime_acceptsServiceAndIsoTimes()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseUserTime(text, offset);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestMailQuery)
#include "tst_mailquery.moc"
