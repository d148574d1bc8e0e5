// The table model (pager, parser, client) against a hostile server over real loopback: every
// case ends in one clear error and the rows of the good first page only, never a partial page.
#include "../records/testpages.h"
#include "api/apiclient.h"
#include "clienttestsupport.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"
#include "records/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

namespace {

constexpr int kFirstPageRows = 3;

// Starts the peak-RSS count afresh from the current resident set (Linux 4.0+).
bool resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// The peak resident set of this process (VmHWM), in bytes; -1 if unknown.
qint64 peakRssBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray goodPage(const std::optional<QString> &nextStart = u"page-2"_s)
{
    return compact(pageBody(mailItems(0, kFirstPageRows), nextStart, u"REQ-GOOD"_s));
}

ScriptedReply json(const QByteArray &body)
{
    return ScriptedReply::raw(200, body, "application/json");
}

// A second page whose one record carries `value` (raw JSON text) in place of Message.
QByteArray pageWithMessage(const QByteArray &value)
{
    QByteArray page = compact(pageBody(mailItems(10, 1), std::nullopt, u"REQ-BAD"_s));
    const QByteArray message = "\"250 Send Mail OK\"";
    return page.replace(message, value);
}

// One single-line page of about `bytes` bytes: records until it is big enough.
QByteArray bigPage(qint64 bytes)
{
    QByteArray page = "{\"RequestId\":\"REQ-BIG\",\"data\":{\"mailDetail\":[";
    const QByteArray item = compact(mailItem(20, 1619601100));
    while (page.size() + item.size() + 4 < bytes)
        page += item + ',';
    page.chop(1);
    return page + "]}}";
}

MailQuery hourQuery()
{
    MailQuery query;
    query.start = QDateTime(QDate(2021, 4, 28), QTime(9, 0), QTimeZone::utc());
    query.end = QDateTime(QDate(2021, 4, 28), QTime(10, 0), QTimeZone::utc());
    return query;
}

} // namespace

class tst_HostileServer final : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gigabyteBody_isAbortedAtTheCap_withFlatMemory();
    void secondPageHostile_failsClearly_keepsOnlyTheFirstPage_data();
    void secondPageHostile_failsClearly_keepsOnlyTheFirstPage();
    void byteEveryTenSeconds_overallDeadlineFires();
    void typeSwapsInsideARecord_areKeptLosslessly_data();
    void typeSwapsInsideARecord_areKeptLosslessly();
    void bodyCap_boundary_exactSizeLoadsOneByteMoreFails();
    void bulkExport_hostilePage_writesNoFileAndKeepsTheOldOne_data();
    void bulkExport_hostilePage_writesNoFileAndKeepsTheOldOne();

private:
    void configure(const std::function<void(ClientConfig &)> &change);
    bool loadFirstPage();

    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_HostileServer::init()
{
    QVERIFY(setUpClient());
    configure([](ClientConfig &c) { c.maxAttempts = 1; }); // each case is its own reply
    m_model = std::make_unique<RecordTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
}

void tst_HostileServer::cleanup()
{
    m_tester.reset();
    m_model.reset();
    tearDownClient();
}

void tst_HostileServer::configure(const std::function<void(ClientConfig &)> &change)
{
    ClientConfig config = m_client->config();
    change(config);
    m_client->setSettings(config); // the key stays: config() never carries the secret
}

bool tst_HostileServer::loadFirstPage()
{
    m_server->enqueue(json(goodPage()));
    QSignalSpy loaded(m_model.get(), &RecordTableModel::pageLoaded);
    m_model->startQuery(m_client.get(), hourQuery());
    return loaded.wait(5000) && m_model->rowCount() == kFirstPageRows;
}

void tst_HostileServer::secondPageHostile_failsClearly_keepsOnlyTheFirstPage_data()
{
    QTest::addColumn<ScriptedReply>("reply");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("words");
    const QByteArray page = compact(pageBody(mailItems(10, 4), std::nullopt, u"REQ-BAD"_s));

    QTest::newRow("close in mid-body")
        << ScriptedReply::shortBody(page, page.size() / 2) << ApiError::Kind::Network << u""_s;
    QTest::newRow("reset in mid-body")
        << ScriptedReply::resetMidBody(page, page.size() / 2) << ApiError::Kind::Network << u"closed"_s;
    ScriptedReply headers = json(page);
    for (int i = 0; i < 10000; ++i)
        headers.withHeader("x-h" + QByteArray::number(i), "v");
    // Qt 6.4 stops reading at its own header limit and leaves the reply open: the inactivity
    // timeout (3 s here) ends it, as one timeout, with no rows.
    QTest::newRow("10,000 headers") << headers << ApiError::Kind::Timeout << u"in time"_s;
    // Invalid UTF-8 inside a string: the page is refused whole (nothing is guessed or replaced).
    QTest::newRow("invalid UTF-8 in a string")
        << json(pageWithMessage("\"250 \xC3\x28 \xFF OK\"")) << ApiError::Kind::Malformed << u"JSON"_s;
    QTest::newRow("overlong UTF-8 in a string")
        << json(pageWithMessage("\"\xC0\xAF\"")) << ApiError::Kind::Malformed << u"JSON"_s;
    QTest::newRow("lone surrogate in UTF-8")
        << json(pageWithMessage("\"\xED\xA0\x80\"")) << ApiError::Kind::Malformed << u"JSON"_s;
    // The envelope's types are structure: a swap there refuses the page.
    QTest::newRow("data is a string")
        << json("{\"RequestId\":\"R\",\"data\":\"[]\"}") << ApiError::Kind::Malformed << u"data"_s;
    QTest::newRow("data is a number")
        << json("{\"RequestId\":\"R\",\"data\":7}") << ApiError::Kind::Malformed << u"data"_s;
    QTest::newRow("mailDetail is a string") << json("{\"RequestId\":\"R\",\"data\":{\"mailDetail\":\"x\"}}")
                                            << ApiError::Kind::Malformed << u"mailDetail"_s;
    QTest::newRow("mailDetail is a number") << json("{\"RequestId\":\"R\",\"data\":{\"mailDetail\":12}}")
                                            << ApiError::Kind::Malformed << u"mailDetail"_s;
    QTest::newRow("a record is a number")
        << json("{\"RequestId\":\"R\",\"data\":{\"mailDetail\":[{\"Status\":0},42]}}")
        << ApiError::Kind::Malformed << u"Record 2"_s;
    QTest::newRow("a record is a string")
        << json("{\"RequestId\":\"R\",\"data\":{\"mailDetail\":[{\"Status\":0},\"x\"]}}")
        << ApiError::Kind::Malformed << u"Record 2"_s;
    QTest::newRow("NextStart is an object")
        << json("{\"RequestId\":\"R\",\"NextStart\":{\"a\":1},\"data\":{\"mailDetail\":[{\"Status\":0}]}}")
        << ApiError::Kind::Malformed << u"NextStart"_s;
    QTest::newRow("NextStart is a list")
        << json("{\"RequestId\":\"R\",\"NextStart\":[1],\"data\":{\"mailDetail\":[{\"Status\":0}]}}")
        << ApiError::Kind::Malformed << u"NextStart"_s;
    // 50 MB on one line, over the default 8 MiB cap: refused before it is read, not parsed.
    QTest::newRow("50 MB single-line JSON") << json(bigPage(50'000'000)) << ApiError::Kind::TooLarge << u""_s;
}

void tst_HostileServer::secondPageHostile_failsClearly_keepsOnlyTheFirstPage()
{
    QFETCH(ScriptedReply, reply);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, words);
    configure([](ClientConfig &c) { c.maxBodyBytes = 8 * 1024 * 1024; }); // production cap
    QVERIFY(loadFirstPage());
    m_server->enqueue(reply);
    QSignalSpy failed(m_model.get(), &RecordTableModel::fetchFailed);
    m_model->fetchMore({});
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    qInfo("%s", qPrintable(error.userText()));
    QCOMPARE(error.kind, kind);
    QVERIFY2(!error.userText().isEmpty() && error.userText().contains(words), qPrintable(error.userText()));
    QCOMPARE(m_model->rowCount(), kFirstPageRows);
    QVERIFY(m_model->hasFailed());
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_HostileServer::gigabyteBody_isAbortedAtTheCap_withFlatMemory()
{
    configure([](ClientConfig &c) { c.maxBodyBytes = 8 * 1024 * 1024; });
    QVERIFY(loadFirstPage());
    QVERIFY(resetPeakRss()); // earlier cases (the 50 MB page) must not hide this one's peak
    const qint64 peakBefore = peakRssBytes();
    QVERIFY(peakBefore > 0);
    // A gigabyte, generated as it is sent, with no length to give it away: only the cap stops it.
    ScriptedReply gigabyte = ScriptedReply::endless(true);
    m_server->enqueue(gigabyte);
    QSignalSpy failed(m_model.get(), &RecordTableModel::fetchFailed);
    m_model->fetchMore({});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::TooLarge);
    const qint64 growth = peakRssBytes() - peakBefore;
    qInfo("peak RSS growth %lld KiB, %lld bytes sent", growth / 1024, m_server->bodyBytesSent());
    QVERIFY2(growth < 100LL * 1024 * 1024, qPrintable(QString::number(growth)));
    QVERIFY(m_server->bodyBytesSent() >= 8 * 1024 * 1024);    // it got to the cap
    QVERIFY(m_server->bodyBytesSent() < 256LL * 1024 * 1024); // and stopped far before 1 GB
    QCOMPARE(m_model->rowCount(), kFirstPageRows);
}

void tst_HostileServer::byteEveryTenSeconds_overallDeadlineFires()
{
    // A byte every 10 s never trips the 30 s inactivity timeout; the 1.5 s overall deadline must.
    configure([](ClientConfig &c) {
        c.transferTimeoutMs = 30000;
        c.deadlineMs = 1500;
    });
    QVERIFY(loadFirstPage());
    m_server->enqueue(ScriptedReply::drip(goodPage(std::nullopt), 10000));
    QSignalSpy failed(m_model.get(), &RecordTableModel::fetchFailed);
    QElapsedTimer clock;
    clock.start();
    m_model->fetchMore({});
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.message.contains(u"deadline"_s), qPrintable(error.message));
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_model->rowCount(), kFirstPageRows);
}

void tst_HostileServer::typeSwapsInsideARecord_areKeptLosslessly_data()
{
    // Inside a record a value of the other type is no reason to drop the page: it is shown as
    // text and the original survives untouched in the raw object (exports write it back).
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    const QStringList strings = {u"LastUpdateTime"_s, u"Message"_s,          u"ToAddress"_s,
                                 u"AccountName"_s,    u"Subject"_s,          u"ErrorClassification"_s,
                                 u"IpPoolId"_s,       u"IpPoolName"_s,       u"ConfigSetId"_s,
                                 u"ConfigSetName"_s,  u"UtcLastUpdateTime"_s};
    for (const QString &field : strings)
        QTest::addRow("%s as a number", qPrintable(field)) << field << QJsonValue(12345);
    QTest::newRow("Status as a string") << u"Status"_s << QJsonValue(u"4"_s);
    QTest::newRow("Status as words") << u"Status"_s << QJsonValue(u"delivered"_s);
    QTest::newRow("Status as a list") << u"Status"_s << QJsonValue(QJsonArray{1});
    QTest::newRow("Message as an object") << u"Message"_s << QJsonValue(QJsonObject{{u"a"_s, 1}});
    QTest::newRow("ToAddress as a bool") << u"ToAddress"_s << QJsonValue(true);
}

void tst_HostileServer::typeSwapsInsideARecord_areKeptLosslessly()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QVERIFY(loadFirstPage());
    QJsonObject item = mailItem(10, 1619601100);
    item.insert(field, value);
    m_server->enqueue(json(compact(pageBody({item}, std::nullopt, u"REQ-SWAP"_s))));
    QSignalSpy loaded(m_model.get(), &RecordTableModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), kFirstPageRows + 1);
    QCOMPARE(m_model->store().rawObject(kFirstPageRows), item);
}

void tst_HostileServer::bodyCap_boundary_exactSizeLoadsOneByteMoreFails()
{
    const QByteArray page = bigPage(1024 * 1024); // one line, 1 MiB
    configure([&page](ClientConfig &c) { c.maxBodyBytes = page.size(); });
    QVERIFY(loadFirstPage());
    m_server->enqueue(json(page));
    QSignalSpy loaded(m_model.get(), &RecordTableModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(loaded.wait(5000));
    const int rowsAtCap = m_model->rowCount();
    QVERIFY(rowsAtCap > kFirstPageRows + 1000);

    // The same body one byte over the cap (a trailing space) is refused whole.
    m_model->startQuery(m_client.get(), hourQuery());
    m_server->enqueue(json(goodPage()));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), kFirstPageRows);
    m_server->enqueue(json(page + ' '));
    QSignalSpy failed(m_model.get(), &RecordTableModel::fetchFailed);
    m_model->fetchMore({});
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::TooLarge);
    QCOMPARE(m_model->rowCount(), kFirstPageRows);
}

void tst_HostileServer::bulkExport_hostilePage_writesNoFileAndKeepsTheOldOne_data()
{
    QTest::addColumn<ScriptedReply>("reply");
    QTest::addColumn<ApiError::Kind>("kind");
    const QByteArray page = compact(pageBody(mailItems(10, 4), std::nullopt, u"REQ-BAD"_s));
    QTest::newRow("close in mid-body")
        << ScriptedReply::shortBody(page, page.size() / 2) << ApiError::Kind::Network;
    QTest::newRow("invalid UTF-8") << json(pageWithMessage("\"\xFF\xFE\"")) << ApiError::Kind::Malformed;
    QTest::newRow("mailDetail is a number")
        << json("{\"RequestId\":\"R\",\"data\":{\"mailDetail\":12}}") << ApiError::Kind::Malformed;
    QTest::newRow("1 GB body") << ScriptedReply::endless(true) << ApiError::Kind::TooLarge;
}

void tst_HostileServer::bulkExport_hostilePage_writesNoFileAndKeepsTheOldOne()
{
    // The export's fetch: a good page, then the hostile one (and again on every retry).
    QFETCH(ScriptedReply, reply);
    QFETCH(ApiError::Kind, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.jsonl"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export\n");
    }
    m_server->enqueue(json(goodPage()));
    m_server->setFallback(reply);
    ExportOptions options;
    options.format = ExportFormat::Jsonl;
    options.targetPath = path;
    auto *sink = new ExportSink(options);
    QueryRun::Options runOptions;
    runOptions.bulk.pageRetries = 1;
    QueryRun run(m_client.get(), hourQuery(), runOptions, sink);
    sink->setParent(&run);
    QSignalSpy failed(&run, &QueryRun::fetchFailed);
    QSignalSpy finished(&run, &QueryRun::finished);
    run.start();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, kind);
    QCOMPARE(finished.size(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"export.jsonl"_s});
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
