// The main window's Archive mode against a real SQLite archive: every filter combined over any
// range, rows paged from the archive off the UI thread, SQL sorts, gaps named, the location
// remembered per profile, and the service's table back when the source switches back.
#include "archive/archivedatabase.h"
#include "archive/archivetablemodel.h"
#include "archivemode.h"
#include "archivesyncdialog.h"
#include "archivetestsupport.h"
#include "exportcontroller.h"
#include "queryform.h"
#include "recorddetailpanel.h"
#include "resultsview.h"
#include "summarycontroller.h"
#include "uitestsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace sendtrail;

namespace {

constexpr qint64 kStart = 1'795'000'000; // 2026-11-18
constexpr int kDays = 40;

} // namespace

class TestArchiveMode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<ArchivedRecord> m_records;

    // Archive mode over the test archive, the whole archived range in the form.
    std::unique_ptr<MainWindow> archiveWindow(qint64 startUtc = kStart,
                                              qint64 endUtc = kStart + kDays * 86400)
    {
        auto window = uitest::demoWindow();
        uitest::waitForFirstPage(window.get());
        QueryForm *form = window->queryForm();
        form->findChild<QComboBox *>(u"sourceComboBox"_s)->setCurrentIndex(1);
        auto *location = form->findChild<QLineEdit *>(u"archiveLocationLineEdit"_s);
        location->setText(m_path);
        Q_EMIT location->editingFinished();
        MailQuery range = form->query();
        range.start = QDateTime::fromSecsSinceEpoch(startUtc, QTimeZone::utc());
        range.end = QDateTime::fromSecsSinceEpoch(endUtc, QTimeZone::utc());
        form->setQuery(range);
        return window;
    }

    static void setField(QueryForm *form, const QString &name, const QString &text)
    {
        form->findChild<QLineEdit *>(name)->setText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        uitest::isolateSettings();
        m_path = m_dir.filePath(u"app.sqlite"_s);
        ArchiveLocation location;
        location.path = m_path;
        ArchiveDatabase db(location);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        m_records = test::sampleRecords(kStart, kDays, 3000);
        for (int day = 0; day < kDays; ++day) {
            const qint64 from = kStart + day * 86400;
            QList<ArchivedRecord> records;
            for (const ArchivedRecord &r : std::as_const(m_records)) {
                if (r.record.utcSeconds >= from && r.record.utcSeconds < from + 86400)
                    records << r;
            }
            const ArchiveWindow window{from, from + 86400, from + 90000, qint64(records.size()), true, 1};
            QVERIFY2(db.replaceWindow(window, records, &error), qPrintable(error));
        }
    }

    void combinedFilters_overFortyDays_showOnlyMatchingArchiveRows()
    {
        auto window = archiveWindow();
        QueryForm *form = window->queryForm();
        setField(form, u"archiveTagLineEdit"_s, u"BlackFriday"_s);
        setField(form, u"archiveDomainLineEdit"_s, u"qq.com"_s);
        MailQuery withStatus = form->query();
        withStatus.status = int(DeliveryStatus::Delivered);
        form->setQuery(withStatus);
        qint64 expected = 0;
        for (const ArchivedRecord &r : std::as_const(m_records))
            expected += r.tag == u"BlackFriday"_s && r.record.toAddress.endsWith(u"@qq.com"_s) &&
                        r.record.status == DeliveryStatus::Delivered;
        QVERIFY(expected > 0);
        QVERIFY(form->query().end.toSecsSinceEpoch() - form->query().start.toSecsSinceEpoch() > 30 * 86400);
        window->runQuery();
        ArchiveTableModel *model = window->archiveMode()->model();
        QTRY_COMPARE(model->totalCount(), expected);
        auto *table = window->findChild<QTableView *>(u"resultsTableView"_s);
        QTRY_VERIFY_WITH_TIMEOUT((table->scrollToBottom(), model->isFinished()), 20000);
        QCOMPARE(qint64(model->rowCount()), expected);
        QCOMPARE(qint64(table->model()->rowCount()), expected);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->recordAt(row).tag, u"BlackFriday"_s);
            QCOMPARE(model->recordAt(row).record.status, DeliveryStatus::Delivered);
        }
        auto *status = window->findChild<QLabel *>(u"archiveStatusLabel"_s);
        QVERIFY(status->isVisible());
        QTRY_VERIFY(status->text().contains(QLocale().toString(expected)));
        QVERIFY(!window->findChild<QFrame *>(u"errorBarFrame"_s)->isVisible()); // the range is covered
    }

    void headerClick_sortsTheWholeSelectionInSql()
    {
        auto window = archiveWindow();
        window->runQuery();
        ArchiveTableModel *model = window->archiveMode()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        window->resultsView()->cycleSort(int(Column::Subject));
        QCOMPARE(model->sortKey()->column, Column::Subject);
        auto *header = window->findChild<QTableView *>(u"resultsTableView"_s)->horizontalHeader();
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(Column::Subject));
        QTRY_VERIFY(model->rowCount() > 0 && !model->isLoading());
        ArchiveLocation location;
        location.path = m_path;
        ArchiveDatabase db(location);
        QString error;
        QVERIFY(db.open(&error));
        const auto direct = db.page(*model->filter(), {Column::Subject, false}, {}, 20, &error);
        QVERIFY(direct);
        for (int row = 0; row < direct->rows.size(); ++row)
            QCOMPARE(model->recordAt(row).id, direct->rows.at(row).id);
        QVERIFY(window->findChild<QLabel *>(u"archiveStatusLabel"_s)->text().contains(u"whole selection"_s));
    }

    void rangeWithGaps_namesTheGapsInTheResultsBar()
    {
        auto window = archiveWindow(kStart - 5 * 86400, kStart + 2 * 86400);
        window->runQuery();
        QTRY_COMPARE(window->archiveMode()->gaps().size(), 1);
        QCOMPARE(window->archiveMode()->gaps().at(0).startUtc, kStart - 5 * 86400);
        QCOMPARE(window->archiveMode()->gaps().at(0).endUtc, kStart);
        QVERIFY(window->findChild<QFrame *>(u"errorBarFrame"_s)->isVisible());
        const QString text = window->findChild<QLabel *>(u"errorLabel"_s)->text();
        QVERIFY2(text.contains(u"does not cover"_s), qPrintable(text));
        QVERIFY(!window->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
        QVERIFY(window->findChild<QLabel *>(u"archiveStatusLabel"_s)->text().contains(u"gap"_s));
    }

    void detailAndShareLine_workOnArchiveRows()
    {
        auto window = archiveWindow();
        window->runQuery();
        ArchiveTableModel *model = window->archiveMode()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const MailRecord record = model->recordAt(0).record;
        window->showDetail(0);
        QCOMPARE(window->detailPanel()->fieldValue(u"recipient"_s), record.toAddress);
        QCOMPARE(window->detailPanel()->fieldValue(u"sender"_s), record.accountName);
        window->resultsView()->selectSourceRow(0);
        window->findChild<QAction *>(u"copyShareLineAction"_s)->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(record.toAddress));
    }

    void location_isRememberedPerProfile()
    {
        auto window = archiveWindow();
        const QString profile = window->queryForm()->currentProfile();
        QCOMPARE(QSettings().value(ArchiveMode::settingsKey(profile)).toString(), m_path);
        QVERIFY(QSettings().value(ArchiveMode::settingsKey(profile + u"-other"_s)).toString().isEmpty());
        QCOMPARE(ArchiveMode::defaultLocation().path, ArchiveLocation::defaultSqlitePath());
    }

    void summaryPanel_countsTheWholeSelectionInSql()
    {
        auto window = archiveWindow();
        setField(window->queryForm(), u"archiveSenderLineEdit"_s, u"bills@example.com"_s);
        window->runQuery();
        qint64 total = 0, spam = 0, qq = 0;
        for (const ArchivedRecord &r : std::as_const(m_records)) {
            if (r.record.accountName != u"bills@example.com"_s)
                continue;
            ++total;
            spam += r.record.status == DeliveryStatus::Spam;
            qq += r.record.toAddress.endsWith(u"@qq.com"_s);
        }
        SummaryController *summary = window->summary();
        QTRY_COMPARE(summary->summary().total(), total);
        QVERIFY(summary->showsArchive());
        QCOMPARE(summary->coverage(), SummaryController::Coverage::WholeQuery);
        QVERIFY(!summary->canComplete());
        QCOMPARE(summary->summary().count(DeliveryStatus::Spam), spam);
        QCOMPARE(summary->summary().count(Summary::Dimension::Domain, u"qq.com"_s), qq);
        QCOMPARE(summary->summary().count(Summary::Dimension::Sender, u"bills@example.com"_s), total);
        qint64 inDays = 0;
        for (const Summary::Bucket &day : summary->summary().buckets(Summary::BucketSize::Day))
            inDays += day.total();
        QCOMPARE(inDays, total);
        // Far fewer rows are loaded than counted: the counts came from SQL, not from the table.
        QVERIFY(window->archiveMode()->model()->rowCount() < total);
        window->queryForm()->setSource(QueryForm::Source::Service);
        QVERIFY(!summary->showsArchive());
    }

    void export_writesTheWholeArchiveSelection()
    {
        auto window = archiveWindow();
        setField(window->queryForm(), u"archiveTagLineEdit"_s, u"Welcome"_s);
        window->runQuery();
        ArchiveTableModel *model = window->archiveMode()->model();
        QTRY_VERIFY(model->totalCount() > 0);
        ExportRequest request;
        request.options.format = ExportFormat::Csv;
        request.options.targetPath = m_dir.filePath(u"welcome.csv"_s);
        QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
        window->exporter()->startExport(request);
        QVERIFY(window->exporter()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(1).toLongLong(), model->totalCount()); // every row, not the loaded ones
        QFile file(request.options.targetPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), model->totalCount() + 1);
    }

    void syncArchiveAction_opensTheSyncAndCoverageOfThisArchive()
    {
        auto window = archiveWindow();
        QAction *sync = window->findChild<QAction *>(u"syncArchiveAction"_s);
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        sync->trigger();
        auto *dialog = window->findChild<ArchiveSyncDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled()); // the demo profile
        QTRY_COMPARE(dialog->coverage().size(), kDays);
        QCOMPARE(dialog->findChild<QTableWidget *>(u"coverageTable"_s)->rowCount(), kDays);
    }

    void switchingBackToService_showsTheServiceTableAgain()
    {
        auto window = archiveWindow();
        window->runQuery();
        QTRY_VERIFY(window->archiveMode()->model()->rowCount() > 0);
        QCOMPARE(window->resultsView()->model(),
                 static_cast<RecordListModel *>(window->archiveMode()->model()));
        window->queryForm()->setSource(QueryForm::Source::Service);
        QCOMPARE(window->resultsView()->model(), static_cast<RecordListModel *>(window->model()));
        QVERIFY(!window->findChild<QLabel *>(u"archiveStatusLabel"_s)->isVisible());
        QVERIFY(window->findChild<QComboBox *>(u"filterKindComboBox"_s)->isVisible());
        const int calls = uitest::sandbox(window)->callCount();
        window->runQuery(); // the service is asked again
        QTRY_VERIFY(uitest::sandbox(window)->callCount() > calls);
    }
};

QTEST_MAIN(TestArchiveMode)
#include "tst_archivemode.moc"
