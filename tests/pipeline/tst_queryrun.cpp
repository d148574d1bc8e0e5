// The one query pipeline against the real sandbox over loopback: what reaches the sink, in
// which order, and how every ending (done, cancelled, fetch failed, write failed) is reported.
#include "api/apiclient.h"
#include "api/clock.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"
#include "pipeline/recordsink.h"
#include "records/recordstore.h"
#include "sandbox/sandboxserver.h"
#include "sandboxapiclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

// Remembers everything a run hands over.
class RecordingSink final : public RecordSink
{
public:
    void appendPage(const ParsedPage &page) override
    {
        ++pages;
        liveRecords += page.records.size();
    }
    void write(std::shared_ptr<const ExportSource> records, QList<qsizetype> order) override
    {
        ++writes;
        for (qsizetype row : order) {
            times.append(records->record(row).utcSeconds);
            raw.append(QJsonDocument(records->rawObject(row)).toJson(QJsonDocument::Compact));
        }
        RecordSink::write(std::move(records), std::move(order));
    }

    int pages = 0;
    qsizetype liveRecords = 0;
    int writes = 0;
    QList<qint64> times;
    QList<QByteArray> raw;
};

using SandboxClient = test::SandboxApiClient;

QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

MailRecord recordAt(qint64 utcSeconds, const QString &to)
{
    MailRecord r;
    r.utcSeconds = utcSeconds;
    r.toAddress = to;
    r.status = DeliveryStatus::Delivered;
    return r;
}

} // namespace

class TestQueryRun final : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

    MailQuery queryOver(int days) const
    {
        MailQuery query;
        query.end = m_anchor.addSecs(-7 * 60);
        query.start = query.end.addDays(-days);
        query.pageSize = 100;
        return query;
    }

private Q_SLOTS:
    void wholeQuery_reachesSinkNewestFirst_data()
    {
        QTest::addColumn<QueryRun::Fetch>("fetch");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("faults");
        QTest::newRow("bulk/45d") << QueryRun::Fetch::Bulk << 45 << false;
        QTest::newRow("bulk/45d/faults") << QueryRun::Fetch::Bulk << 45 << true;
        QTest::newRow("paged/45d") << QueryRun::Fetch::Paged << 45 << false;
        QTest::newRow("paged/12d/faults") << QueryRun::Fetch::Paged << 12 << true;
    }

    void wholeQuery_reachesSinkNewestFirst()
    {
        QFETCH(QueryRun::Fetch, fetch);
        QFETCH(int, days);
        QFETCH(bool, faults);
        SandboxServer server(SandboxDataset(5, m_anchor, 2500));
        QVERIFY(server.listen());
        if (faults) {
            SandboxOptions options;
            options.throttleEvery = 4;
            options.injectedRetryAfterMs = 5;
            options.unavailableEvery = 7;
            server.setOptions(options);
        }
        SandboxClient rig(server);
        const MailQuery query = queryOver(days);
        QueryRun::Options options;
        options.fetch = fetch;
        options.bulk.callsPerMinute = 60000;
        RecordingSink sink;
        QueryRun run(&rig.client, query, options, &sink);
        QSignalSpy progressed(&run, &QueryRun::fetchProgressed);
        QSignalSpy fetched(&run, &QueryRun::fetched);
        QSignalSpy finished(&run, &QueryRun::finished);
        QSignalSpy failed(&run, &QueryRun::fetchFailed);
        run.start();
        QVERIFY(run.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<ApiError>().userText()));
        QVERIFY(!run.isRunning());

        SandboxQuery single;
        single.start = query.start;
        single.end = query.end;
        QList<QByteArray> expected;
        for (const QJsonObject &o : server.dataset().expectedRecords(single))
            expected.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
        QVERIFY(expected.size() > 200);
        QCOMPARE(sink.writes, 1);
        QCOMPARE(sink.liveRecords, expected.size());
        QCOMPARE(sorted(sink.raw), sorted(expected));
        QVERIFY(std::is_sorted(sink.times.crbegin(), sink.times.crend())); // newest first
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(expected.size()));
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().first().toLongLong(), qint64(expected.size()));
        QCOMPARE(fetched.first().at(1).toInt(), sink.pages);
        QVERIFY(!progressed.isEmpty());
        const auto last = progressed.last().first().value<RunProgress>();
        QCOMPARE(last.records, qint64(expected.size()));
        QVERIFY(last.fraction > 0.5);
        QCOMPARE(run.store()->size(), expected.size());
    }

    void snapshotRun_ordersRowsNewestFirst_withoutTheService()
    {
        auto rows = std::make_shared<VectorExportSource>();
        rows->append(recordAt(200, u"b@example.com"_s));
        rows->append(recordAt(300, u"c@example.com"_s));
        rows->append(recordAt(100, u"a@example.com"_s));
        rows->append(recordAt(300, u"d@example.com"_s)); // a tie keeps arrival order
        RecordingSink sink;
        QueryRun run(rows, &sink);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QCOMPARE(finished.size(), 1); // a live-only sink reports at once
        QCOMPARE(finished.first().at(1).toLongLong(), 4);
        QCOMPARE(sink.times, (QList<qint64>{300, 300, 200, 100}));
        QCOMPARE(QueryRun::newestFirst(*rows), (QList<qsizetype>{1, 3, 0, 2}));
        QCOMPARE(sink.pages, 0);
    }

    void cancelWhileFetching_endsCancelled_andNothingIsWritten()
    {
        SandboxServer server(SandboxDataset(5, m_anchor, 2500));
        QVERIFY(server.listen());
        SandboxOptions slow;
        slow.latencyMs = 100;
        server.setOptions(slow);
        SandboxClient rig(server);
        RecordingSink sink;
        QueryRun run(&rig.client, queryOver(45), {}, &sink);
        QSignalSpy progressed(&run, &QueryRun::fetchProgressed);
        QSignalSpy cancelled(&run, &QueryRun::cancelled);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QVERIFY(progressed.wait(20000)); // a page arrived: fetching is under way
        run.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!run.isRunning());
        run.cancel(); // a second cancel is a no-op
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(sink.writes, 0);
    }

    void fetchFailure_reportsTheServiceError_andNothingIsWritten()
    {
        SandboxServer server(SandboxDataset(5, m_anchor, 500));
        QVERIFY(server.listen());
        SandboxClient rig(server);
        ClientConfig config = rig.client.config();
        config.key.secret = "not-the-secret";
        rig.client.setConfig(config);
        RecordingSink sink;
        QueryRun run(&rig.client, queryOver(10), {}, &sink);
        QSignalSpy failed(&run, &QueryRun::fetchFailed);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Service);
        QVERIFY(!error.code.isEmpty());
        QVERIFY(!run.isRunning());
        QCOMPARE(sink.writes, 0);
        QCOMPARE(finished.size(), 0);
    }

    void exportSink_writesTheFileInRunOrder()
    {
        SandboxServer server(SandboxDataset(9, m_anchor, 800));
        QVERIFY(server.listen());
        SandboxClient rig(server);
        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.targetPath = dir.filePath(u"all.jsonl"_s);
        ExportSink sink(options);
        QueryRun run(&rig.client, queryOver(40), {}, &sink);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), options.targetPath);
        const qint64 rows = finished.first().at(1).toLongLong();
        QCOMPARE(sink.result().rowsWritten, rows);
        QFile file(options.targetPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), rows);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QByteArray &line : lines) {
            const qint64 t =
                QJsonDocument::fromJson(line).object().value(u"UtcLastUpdateTime"_s).toVariant().toLongLong();
            QVERIFY(t <= previous);
            previous = t;
        }
    }

    void writeFailure_reportsTheMessage_andEnds()
    {
        auto rows = std::make_shared<VectorExportSource>();
        rows->append(recordAt(100, u"a@example.com"_s));
        ExportOptions options;
        options.targetPath = u"/nonexistent-folder-for-sendtrail/out.csv"_s;
        ExportSink sink(options);
        QueryRun run(rows, &sink);
        QSignalSpy failed(&run, &QueryRun::writeFailed);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(u"nonexistent-folder-for-sendtrail"_s));
        QVERIFY(!run.isRunning());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(sink.result().outcome, ExportResult::Outcome::Failed);
    }

    void cancelWhileWriting_leavesNoFile()
    {
        auto rows = std::make_shared<VectorExportSource>();
        rows->reserve(300000);
        for (int i = 0; i < 300000; ++i)
            rows->append(recordAt(1700000000 + i, u"user%1@example.com"_s.arg(i)));
        QTemporaryDir dir;
        ExportOptions options;
        options.targetPath = dir.filePath(u"big.csv"_s);
        ExportSink sink(options);
        QueryRun run(rows, &sink);
        QSignalSpy cancelled(&run, &QueryRun::cancelled);
        QSignalSpy finished(&run, &QueryRun::finished);
        connect(&run, &QueryRun::writeProgressed, &run, [&run] { run.cancel(); });
        run.start();
        QVERIFY(run.isWriting());
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), 60000);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!QFile::exists(options.targetPath));
        QCOMPARE(sink.result().outcome, ExportResult::Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestQueryRun)
#include "tst_queryrun.moc"
