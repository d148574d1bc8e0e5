// The summary of the rows the table loaded page by page equals, once every page is loaded, the
// summary "Complete" makes of the whole query through the bulk fetcher.
#include "insight/summaryformat.h"
#include "insight/summarysink.h"
#include "pipeline/queryrun.h"
#include "records/recordtablemodel.h"
#include "sandboxapiclient.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sendtrail;

class TestSummaryComplete final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadedRowsSummary_equalsWholeQuerySummary_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("faults");
        QTest::newRow("12 days") << 12 << false;
        QTest::newRow("45 days, faults") << 45 << true;
    }

    void loadedRowsSummary_equalsWholeQuerySummary()
    {
        QFETCH(int, days);
        QFETCH(bool, faults);
        const QDateTime anchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        SandboxServer server(SandboxDataset(17, anchor, 2500));
        QVERIFY(server.listen());
        if (faults) {
            SandboxOptions options;
            options.throttleEvery = 5;
            options.injectedRetryAfterMs = 5;
            options.resetEvery = 11;
            server.setOptions(options);
        }
        test::SandboxApiClient rig(server);
        MailQuery query;
        query.end = anchor.addSecs(-7 * 60);
        query.start = query.end.addDays(-days);
        const QTimeZone zone(8 * 3600);

        // The table, scrolled to the end: page after page through the model.
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Summary loaded(zone);
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    for (int row = first; row <= last; ++row)
                        loaded.add(model.store().record(row));
                });
        model.startQuery(&rig.client, query);
        QVERIFY(QTest::qWaitFor(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.isFinished() || model.hasFailed();
            },
            120000));
        QVERIFY2(!model.hasFailed(), qPrintable(model.lastError().userText()));

        // "Complete": the whole query through the pipeline's bulk fetch into a summary sink.
        SummarySink sink(zone);
        QueryRun::Options options;
        options.bulk.callsPerMinute = 60000;
        QueryRun run(&rig.client, query, options, &sink);
        QSignalSpy finished(&run, &QueryRun::finished);
        run.start();
        QVERIFY(finished.wait(120000));

        QVERIFY(loaded.total() > 300);
        QCOMPARE(sink.summary().total(), loaded.total());
        QCOMPARE(QJsonDocument(SummaryFormat::toJson(sink.summary())).toJson(),
                 QJsonDocument(SummaryFormat::toJson(loaded)).toJson());
        QCOMPARE(SummaryFormat::toCsv(sink.summary()), SummaryFormat::toCsv(loaded));
    }
};

QTEST_GUILESS_MAIN(TestSummaryComplete)
#include "tst_summarycomplete.moc"
