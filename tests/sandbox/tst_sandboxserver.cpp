// The sandbox over real loopback HTTP, driven by QNetworkAccessManager and the test's own signer.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;
using namespace sendtrail::test;

using Params = QList<QPair<QString, QString>>;

namespace {

const QDateTime kAnchor = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const QString kErrorPrefix =
    u"Specified signature is not matched with our calculation. server string to sign is:"_s;

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodRequests_areAnswered_data();
    void goodRequests_areAnswered();
    void badSignature_returnsSignatureDoesNotMatchBody();
    void rawPlusInQuery_decodesAsSpaceLikeTheGateway();
    void unknownAccessKey_isNotFound();
    void nonceReuse_isRejected();
    void expiredTimestamp_isRejectedWithServerDate();
    void serverClockAhead_rejectsNowAndSaysSoInDate();
    void gatewayErrors_haveServiceStatuses_data();
    void gatewayErrors_haveServiceStatuses();
    void validationRules_data();
    void validationRules();
    void nextStart_fromAnotherQuery_isRejected();
    void paging_deliversExactlyTheDataset_data();
    void paging_deliversExactlyTheDataset();
    void paging_withHostileFilters_data();
    void paging_withHostileFilters();
    void serviceUtcOffset_movesWindowAndWallTime();
    void injectedFaults_followCallCounters();
    void resetEvery_abortsConnectionWithoutAnswer();
    void rateLimit_throttlesWithRetryAfter();
    void latency_doesNotBlockConcurrentRequests();
    void heldReplies_waitForReleaseThenGoOut();
    void v1WithoutFormat_answersXml();
    void securityToken_isRequiredForStsKeys_data();
    void securityToken_isRequiredForStsKeys();

private:
    TestRequest request(const Params &params, Scheme scheme = Scheme::V3) const;
    TestResponse call(const TestRequest &request);
    void verifyEnvelope(const TestResponse &response) const;
    void verifyError(const TestResponse &response, int status, const QString &code) const;
    Params window(int daysBack = 10, int days = 5) const;
    QList<QJsonObject> pageThrough(Params params, Scheme scheme, SandboxEndMarker marker,
                                   int *pages = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>(SandboxDataset(5, kAnchor, 5000));
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->endpoint(), QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->port())));
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxServer::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

TestRequest TestSandboxServer::request(const Params &params, Scheme scheme) const
{
    TestRequest r;
    r.scheme = scheme;
    r.params = params;
    r.keyId = SandboxServer::demoAccessKeyId();
    r.secret = SandboxServer::demoAccessKeySecret();
    return r;
}

TestResponse TestSandboxServer::call(const TestRequest &r)
{
    return send(*m_manager, m_server->endpoint(), buildRequest(r, u"127.0.0.1:%1"_s.arg(m_server->port())));
}

Params TestSandboxServer::window(int daysBack, int days) const
{
    const QDateTime start = kAnchor.addDays(-daysBack);
    return {{u"StartTime"_s, serviceTime(start)}, {u"EndTime"_s, serviceTime(start.addDays(days))}};
}

void TestSandboxServer::verifyEnvelope(const TestResponse &response) const
{
    checkEnvelope(response, m_server->options().clockOffsetSeconds);
}

void TestSandboxServer::verifyError(const TestResponse &response, int status, const QString &code) const
{
    checkError(response, status, code, m_server->options().clockOffsetSeconds);
}

void TestSandboxServer::goodRequests_areAnswered_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("V3 POST") << int(Scheme::V3) << QByteArray("POST");
    QTest::newRow("V3 GET") << int(Scheme::V3) << QByteArray("GET");
    QTest::newRow("V1 POST query") << int(Scheme::V1Query) << QByteArray("POST");
    QTest::newRow("V1 GET query") << int(Scheme::V1Query) << QByteArray("GET");
    QTest::newRow("V1 POST form body") << int(Scheme::V1Form) << QByteArray("POST");
}

void TestSandboxServer::goodRequests_areAnswered()
{
    QFETCH(int, scheme);
    QFETCH(QByteArray, method);
    TestRequest r = request(window() + Params{{u"Length"_s, u"5"_s}}, Scheme(scheme));
    r.method = method;
    const TestResponse response = call(r);
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    verifyEnvelope(response);
    SandboxQuery query;
    query.start = kAnchor.addDays(-10);
    query.end = query.start.addDays(5);
    QCOMPARE(recordsOf(response), m_server->dataset().expectedRecords(query).mid(0, 5));
    QVERIFY(!response.json.value(u"NextStart"_s).toString().isEmpty());
    QCOMPARE(m_server->callCount(), 1);
}

void TestSandboxServer::badSignature_returnsSignatureDoesNotMatchBody()
{
    TestRequest r = request(window());
    r.secret = "not-the-secret";
    const TestResponse v3 = call(r);
    verifyError(v3, 400, u"SignatureDoesNotMatch"_s);
    QVERIFY(v3.json.value(u"Message"_s).toString().startsWith(kErrorPrefix + u"ACS3-HMAC-SHA256\n"_s));
    r.scheme = Scheme::V1Query;
    const TestResponse v1 = call(r);
    verifyError(v1, 400, u"SignatureDoesNotMatch"_s);
    QVERIFY(v1.json.value(u"Message"_s).toString().startsWith(kErrorPrefix + u"POST&%2F&AccessKeyId%3D"_s));
}

void TestSandboxServer::rawPlusInQuery_decodesAsSpaceLikeTheGateway()
{
    // QUrlQuery leaves '+' raw; the gateway reads it as a space, so the signature cannot match.
    const Params params = window() + Params{{u"ToAddress"_s, u"user+tag@example.com"_s}};
    BuiltRequest built =
        buildRequest(request(params, Scheme::V1Query), u"127.0.0.1:%1"_s.arg(m_server->port()));
    QVERIFY(built.query.contains("user%2Btag"));
    built.query.replace("user%2Btag", "user+tag");
    const TestResponse response = send(*m_manager, m_server->endpoint(), built);
    verifyError(response, 400, u"SignatureDoesNotMatch"_s);
    QVERIFY(
        response.json.value(u"Message"_s).toString().contains(u"ToAddress%3Duser%2520tag%2540example.com"_s));
}

void TestSandboxServer::unknownAccessKey_isNotFound()
{
    TestRequest r = request(window());
    r.keyId = u"NoSuchKey"_s;
    verifyError(call(r), 404, u"InvalidAccessKeyId.NotFound"_s);
    r.scheme = Scheme::V1Form;
    verifyError(call(r), 404, u"InvalidAccessKeyId.NotFound"_s);
}

void TestSandboxServer::nonceReuse_isRejected()
{
    for (Scheme scheme : {Scheme::V3, Scheme::V1Query}) {
        TestRequest r = request(window(), scheme);
        r.nonce = u"nonce-%1"_s.arg(int(scheme));
        QCOMPARE(call(r).status, 200);
        verifyError(call(r), 400, u"SignatureNonceUsed"_s);
    }
}

void TestSandboxServer::expiredTimestamp_isRejectedWithServerDate()
{
    TestRequest r = request(window());
    r.timestamp = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
    verifyError(call(r), 400, u"InvalidTimeStamp.Expired"_s);
    r.scheme = Scheme::V1Query;
    r.timestamp = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
    verifyError(call(r), 400, u"InvalidTimeStamp.Expired"_s);
}

void TestSandboxServer::serverClockAhead_rejectsNowAndSaysSoInDate()
{
    SandboxOptions options;
    options.clockOffsetSeconds = 20 * 60;
    m_server->setOptions(options);
    const TestResponse rejected = call(request(window()));
    verifyError(rejected, 400, u"InvalidTimeStamp.Expired"_s); // verifyEnvelope checks Date = now + 20 min
    TestRequest corrected = request(window());
    corrected.timestamp = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
    QCOMPARE(call(corrected).status, 200);
}

void TestSandboxServer::gatewayErrors_haveServiceStatuses_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown action") << u"DescribeRegions"_s << u"2015-11-23"_s << 404
                                    << u"InvalidAction.NotFound"_s;
    QTest::newRow("wrong version") << u"SenderStatisticsDetailByParam"_s << u"2017-06-22"_s << 400
                                   << u"InvalidVersion"_s;
}

void TestSandboxServer::gatewayErrors_haveServiceStatuses()
{
    QFETCH(QString, action);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (Scheme scheme : {Scheme::V3, Scheme::V1Query}) {
        TestRequest r = request(window(), scheme);
        r.action = action;
        r.version = version;
        verifyError(call(r), status, code);
    }
}

void TestSandboxServer::validationRules_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("code"); // empty = accepted
    const QString start = serviceTime(kAnchor.addDays(-20));
    const QString end = serviceTime(kAnchor.addDays(-19));
    const Params times = {{u"StartTime"_s, start}, {u"EndTime"_s, end}};
    auto with = [&](const Params &extra) {
        return times + extra;
    };
    QTest::newRow("two filters") << with({{u"AccountName"_s, u"news@mail.example.com"_s},
                                          {u"ToAddress"_s, u"a@example.com"_s}})
                                 << u"InvalidParameter"_s;
    QTest::newRow("three filters") << with({{u"AccountName"_s, u"a"_s},
                                            {u"ToAddress"_s, u"b"_s},
                                            {u"TagName"_s, u"c"_s}})
                                   << u"InvalidParameter"_s;
    QTest::newRow("empty filters count as absent")
        << with({{u"AccountName"_s, QString()}, {u"TagName"_s, u"x"_s}}) << QString();
    QTest::newRow("no StartTime") << Params{{u"EndTime"_s, end}} << u"MissingParameter"_s;
    QTest::newRow("no EndTime") << Params{{u"StartTime"_s, start}} << u"MissingParameter"_s;
    QTest::newRow("StartTime with T") << Params{{u"StartTime"_s, u"2024-04-10T00:00"_s}, {u"EndTime"_s, end}}
                                      << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("StartTime with seconds")
        << Params{{u"StartTime"_s, start + u":00"_s}, {u"EndTime"_s, end}} << u"InvalidStartTime.Malformed"_s;
    QTest::newRow("EndTime month 13")
        << Params{{u"StartTime"_s, start}, {u"EndTime"_s, u"2024-13-01 00:00"_s}}
        << u"InvalidEndTime.Malformed"_s;
    QTest::newRow("start after end") << Params{{u"StartTime"_s, end}, {u"EndTime"_s, start}}
                                     << u"InvalidBetweenTime.Malformed"_s;
    QTest::newRow("start equals end") << Params{{u"StartTime"_s, start}, {u"EndTime"_s, start}} << QString();
    QTest::newRow("exactly 30 days") << Params{{u"StartTime"_s, u"2024-04-01 00:00"_s},
                                               {u"EndTime"_s, u"2024-05-01 00:00"_s}}
                                     << QString();
    QTest::newRow("30 days and a minute")
        << Params{{u"StartTime"_s, u"2024-04-01 00:00"_s}, {u"EndTime"_s, u"2024-05-01 00:01"_s}}
        << u"InvalidBetweenTime.Malformed"_s;
    QTest::newRow("Length 0") << with({{u"Length"_s, u"0"_s}}) << u"InvalidParameter"_s;
    QTest::newRow("Length 101") << with({{u"Length"_s, u"101"_s}}) << u"InvalidParameter"_s;
    QTest::newRow("Length abc") << with({{u"Length"_s, u"abc"_s}}) << u"InvalidParameter"_s;
    QTest::newRow("Length 1") << with({{u"Length"_s, u"1"_s}}) << QString();
    QTest::newRow("Length 100") << with({{u"Length"_s, u"100"_s}}) << QString();
    QTest::newRow("Status 1") << with({{u"Status"_s, u"1"_s}}) << u"InvalidParameter"_s;
    QTest::newRow("Status x") << with({{u"Status"_s, u"x"_s}}) << u"InvalidParameter"_s;
    for (const QString &status : {u"0"_s, u"2"_s, u"3"_s, u"4"_s})
        QTest::addRow("Status %s", qPrintable(status)) << with({{u"Status"_s, status}}) << QString();
    QTest::newRow("NextStart garbage") << with({{u"NextStart"_s, u"garbage"_s}}) << u"InvalidParameter"_s;
    QTest::newRow("NextStart forged") << with({{u"NextStart"_s, u"90f0243616#203#a***@example.net-1658817837#"
                                                                "a***@example.net.247475288187"_s}})
                                      << u"InvalidParameter"_s;
}

void TestSandboxServer::validationRules()
{
    QFETCH(Params, params);
    QFETCH(QString, code);
    const TestResponse response = call(request(params));
    if (code.isEmpty()) {
        QCOMPARE(response.status, 200);
        verifyEnvelope(response);
    } else {
        verifyError(response, 400, code);
    }
}

void TestSandboxServer::nextStart_fromAnotherQuery_isRejected()
{
    const TestResponse first = call(request(window() + Params{{u"Length"_s, u"3"_s}}));
    const QString token = first.json.value(u"NextStart"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(call(request(window() + Params{{u"Length"_s, u"3"_s}, {u"NextStart"_s, token}})).status, 200);
    const TestResponse other = call(request(window(12, 5) + Params{{u"NextStart"_s, token}}));
    verifyError(other, 400, u"InvalidParameter"_s);
    QVERIFY(other.json.value(u"Message"_s).toString().contains(u"NextStart"_s));
}

QList<QJsonObject> TestSandboxServer::pageThrough(Params params, Scheme scheme, SandboxEndMarker marker,
                                                  int *pages)
{
    static const QRegularExpression shape(u"^[0-9a-f]{10}#20[0234]#.*-\\d+#.*\\.\\d+$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<QJsonObject> records;
    QString next;
    for (int page = 1; page < 1000; ++page) {
        Params paged = params;
        if (!next.isEmpty())
            paged.append({u"NextStart"_s, next});
        const TestResponse response = call(request(paged, scheme));
        if (response.status != 200)
            qWarning() << response.body;
        [&] {
            QCOMPARE(response.status, 200);
        }();
        records += recordsOf(response);
        const bool hasNext = response.json.contains(u"NextStart"_s);
        next = response.json.value(u"NextStart"_s).toString();
        if (next.isEmpty()) {
            // The last page: the marker is exactly what the switch says.
            [&] {
                QCOMPARE(hasNext, marker == SandboxEndMarker::Empty);
            }();
            if (pages)
                *pages = page;
            return records;
        }
        [&] {
            QVERIFY2(shape.match(next).hasMatch(), qPrintable(next));
        }();
    }
    return {};
}

void TestSandboxServer::paging_deliversExactlyTheDataset_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("marker");
    QTest::addColumn<int>("endTime");
    for (int order : {0, 1}) {
        for (int marker : {0, 1}) {
            for (int endTime : {0, 1}) {
                QTest::addRow("V3 order%d marker%d end%d", order, marker, endTime)
                    << int(Scheme::V3) << order << marker << endTime;
            }
        }
    }
    QTest::newRow("V1 query oldest empty inclusive") << int(Scheme::V1Query) << 1 << 1 << 1;
    QTest::newRow("V1 form newest absent exclusive") << int(Scheme::V1Form) << 0 << 0 << 0;
}

void TestSandboxServer::paging_deliversExactlyTheDataset()
{
    QFETCH(int, scheme);
    QFETCH(int, order);
    QFETCH(int, marker);
    QFETCH(int, endTime);
    SandboxOptions options;
    options.order = SandboxOrder(order);
    options.endMarker = SandboxEndMarker(marker);
    options.endTime = SandboxEndTime(endTime);
    m_server->setOptions(options);
    // End the window on a minute that holds a row, so both EndTime semantics differ.
    const SandboxDataset &data = m_server->dataset();
    const qint64 t = data.utcSeconds(data.size() * 2 / 3);
    SandboxQuery query;
    query.end = QDateTime::fromSecsSinceEpoch(t - t % 60, Qt::UTC);
    query.start = query.end.addDays(-8);
    query.order = options.order;
    query.endTime = options.endTime;
    const QList<QJsonObject> expected = data.expectedRecords(query);
    QVERIFY(expected.size() > 1000);
    int pages = 0;
    const Params params = {{u"StartTime"_s, serviceTime(query.start)},
                           {u"EndTime"_s, serviceTime(query.end)},
                           {u"Length"_s, u"100"_s}};
    const QList<QJsonObject> got = pageThrough(params, Scheme(scheme), options.endMarker, &pages);
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    QCOMPARE(pages, int((expected.size() + 99) / 100));
    QCOMPARE(m_server->callCount(), pages);
}

void TestSandboxServer::paging_withHostileFilters_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    for (int scheme : {int(Scheme::V3), int(Scheme::V1Query)}) {
        const char *label = scheme == int(Scheme::V3) ? "V3" : "V1";
        QTest::addRow("%s plus address", label) << scheme << u"ToAddress"_s << u"user+tag@example.com"_s;
        QTest::addRow("%s newline address", label) << scheme << u"ToAddress"_s << u"new\nline@example.com"_s;
        QTest::addRow("%s CJK tag", label) << scheme << u"TagName"_s << u"测试 tag*~"_s;
        QTest::addRow("%s quoted tag", label) << scheme << u"TagName"_s << u"promo,2024 \"spring\""_s;
        QTest::addRow("%s CJK account", label) << scheme << u"AccountName"_s << u"营销@邮件.例子.中国"_s;
        QTest::addRow("%s ip pool", label)
            << scheme << u"IpPoolId"_s << u"8b1f0a77-2c1d-4d8e-9f3a-5b6c7d8e9f01"_s;
    }
}

void TestSandboxServer::paging_withHostileFilters()
{
    QFETCH(int, scheme);
    QFETCH(QString, name);
    QFETCH(QString, value);
    SandboxQuery query;
    query.start = kAnchor.addDays(-30);
    query.end = kAnchor;
    (name == u"ToAddress"_s     ? query.toAddress
     : name == u"TagName"_s     ? query.tagName
     : name == u"AccountName"_s ? query.accountName
                                : query.ipPoolId) = value;
    const QList<QJsonObject> expected = m_server->dataset().expectedRecords(query);
    QVERIFY(expected.size() >= 3);
    const Params params = {{u"StartTime"_s, serviceTime(query.start)},
                           {u"EndTime"_s, serviceTime(query.end)},
                           {u"Length"_s, u"7"_s},
                           {name, value}};
    QCOMPARE(pageThrough(params, Scheme(scheme), SandboxEndMarker::Absent), expected);
}

void TestSandboxServer::serviceUtcOffset_movesWindowAndWallTime()
{
    SandboxOptions options;
    options.serviceUtcOffsetSeconds = 0;
    m_server->setOptions(options);
    SandboxQuery query;
    query.start = kAnchor.addDays(-3);
    query.end = kAnchor.addDays(-2);
    const Params params = {{u"StartTime"_s, serviceTime(query.start, 0)},
                           {u"EndTime"_s, serviceTime(query.end, 0)},
                           {u"Length"_s, u"100"_s}};
    const QList<QJsonObject> got = pageThrough(params, Scheme::V3, SandboxEndMarker::Absent);
    QCOMPARE(got, m_server->dataset().expectedRecords(query, 0));
    const QJsonObject first = got.constFirst();
    const QDateTime utc =
        QDateTime::fromSecsSinceEpoch(first.value(u"UtcLastUpdateTime"_s).toString().toLongLong(), Qt::UTC);
    QCOMPARE(first.value(u"LastUpdateTime"_s).toString(), utc.toString(u"yyyy-MM-dd'T'HH:mm'Z'"_s));
}

void TestSandboxServer::injectedFaults_followCallCounters()
{
    SandboxOptions options;
    options.throttleEvery = 3;
    options.unavailableEvery = 5;
    m_server->setOptions(options);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    for (int callNumber = 1; callNumber <= 15; ++callNumber) {
        const TestResponse response = call(request(window()));
        if (callNumber % 5 == 0) {
            verifyError(response, 503, u"ServiceUnavailable"_s);
        } else if (callNumber % 3 == 0) {
            verifyError(response, 400, u"Throttling"_s);
            QVERIFY(response.header("x-acs-retry-after").toInt() > 0);
        } else {
            QCOMPARE(response.status, 200);
        }
    }
    QCOMPARE(m_server->callCount(), 15);
    QCOMPARE(handled.size(), 15);
    QCOMPARE(handled.at(4).at(1).toInt(), 503);
    QCOMPARE(handled.at(5).at(2).toString(), u"Throttling"_s);
}

void TestSandboxServer::resetEvery_abortsConnectionWithoutAnswer()
{
    SandboxOptions options;
    options.resetEvery = 2;
    m_server->setOptions(options);
    auto rawCall = [this](QByteArray *received) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return QAbstractSocket::UnknownSocketError;
        socket.write("GET /?Action=SenderStatisticsDetailByParam HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
        [[maybe_unused]] const bool ended =
            QTest::qWaitFor([&] { return socket.bytesAvailable() > 0 || !errors.isEmpty(); }, 5000);
        QTest::qWait(50);
        *received = socket.readAll();
        return socket.error();
    };
    QByteArray first;
    QByteArray second;
    rawCall(&first);
    const auto secondError = rawCall(&second);
    QVERIFY(first.startsWith("HTTP/1.1 400 "));
    QVERIFY(first.contains("MissingParameter"));
    QVERIFY(second.isEmpty());
    QCOMPARE(secondError, QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(m_server->callCount(), 2);
}

void TestSandboxServer::rateLimit_throttlesWithRetryAfter()
{
    SandboxOptions options;
    options.rateLimitPerMinute = 3;
    m_server->setOptions(options);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(request(window())).status, 200);
    const TestResponse limited = call(request(window()));
    verifyError(limited, 400, u"Throttling.User"_s);
    const int retryAfter = limited.header("x-acs-retry-after").toInt();
    QVERIFY2(retryAfter > 50000 && retryAfter <= 60000, limited.header("x-acs-retry-after").constData());
    options.rateLimitPerMinute = 0;
    m_server->setOptions(options);
    QCOMPARE(call(request(window())).status, 200);
}

void TestSandboxServer::latency_doesNotBlockConcurrentRequests()
{
    SandboxOptions options;
    options.latencyMs = 800;
    m_server->setOptions(options);
    const QString host = u"127.0.0.1:%1"_s.arg(m_server->port());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *a = sendAsync(*m_manager, m_server->endpoint(), buildRequest(request(window()), host));
    QNetworkReply *b = sendAsync(*m_manager, m_server->endpoint(), buildRequest(request(window(5)), host));
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 5000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(collect(a).status, 200);
    QCOMPARE(collect(b).status, 200);
    QVERIFY2(elapsed >= 790, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed))); // overlapped, not 1600 ms in a row
}

void TestSandboxServer::heldReplies_waitForReleaseThenGoOut()
{
    m_server->holdReplies();
    const QString host = u"127.0.0.1:%1"_s.arg(m_server->port());
    QNetworkReply *a = sendAsync(*m_manager, m_server->endpoint(), buildRequest(request(window()), host));
    QNetworkReply *b = sendAsync(*m_manager, m_server->endpoint(), buildRequest(request(window(5)), host));
    QList<QNetworkReply *> finished;
    for (QNetworkReply *reply : {a, b})
        connect(reply, &QNetworkReply::finished, this, [&finished, reply] { finished.append(reply); });
    QTRY_COMPARE(m_server->heldReplies(), 2); // both answered, neither sent
    QCOMPARE(m_server->callCount(), 2);
    QVERIFY(!a->isFinished() && !b->isFinished());
    m_server->releaseHeldReplies();
    QCOMPARE(m_server->heldReplies(), 0);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(collect(a).status, 200);
    QCOMPARE(collect(b).status, 200);
    // Holding stopped with the release: the next request is answered at once.
    const TestResponse next = call(request(window()));
    QCOMPARE(next.status, 200);
    QCOMPARE(m_server->heldReplies(), 0);
}

void TestSandboxServer::v1WithoutFormat_answersXml()
{
    TestRequest r = request(window() + Params{{u"Length"_s, u"2"_s}}, Scheme::V1Query);
    r.format.clear();
    const TestResponse ok = call(r);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.header("Content-Type").startsWith("text/xml"));
    QVERIFY(ok.body.startsWith("<?xml"));
    QCOMPARE(ok.body.count("<mailDetail>"), 2);
    r.secret = "wrong";
    const TestResponse failed = call(r);
    QCOMPARE(failed.status, 400);
    QVERIFY(failed.body.contains("<Code>SignatureDoesNotMatch</Code>"));
}

void TestSandboxServer::securityToken_isRequiredForStsKeys_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (int scheme : {int(Scheme::V3), int(Scheme::V1Query)}) {
        const char *label = scheme == int(Scheme::V3) ? "V3" : "V1";
        QTest::addRow("%s right token", label) << scheme << u"sts-token"_s << 200 << QString();
        QTest::addRow("%s wrong token", label)
            << scheme << u"other"_s << 400 << u"InvalidSecurityToken.MismatchWithAccessKey"_s;
        QTest::addRow("%s no token", label) << scheme << QString() << 400 << u"MissingSecurityToken"_s;
    }
}

void TestSandboxServer::securityToken_isRequiredForStsKeys()
{
    QFETCH(int, scheme);
    QFETCH(QString, sent);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxOptions options;
    options.accessKeys = {{u"STS.sandbox"_s, "sts-secret", u"sts-token"_s}};
    m_server->setOptions(options);
    TestRequest r = request(window(), Scheme(scheme));
    r.keyId = u"STS.sandbox"_s;
    r.secret = "sts-secret";
    r.securityToken = sent;
    const TestResponse response = call(r);
    if (code.isEmpty())
        QCOMPARE(response.status, status);
    else
        verifyError(response, status, code);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
