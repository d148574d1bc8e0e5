// The main window's Archive mode against a real SQLite archive (and, where the engine matters,
// the same records on a real PostgreSQL): every filter combined over any range, rows paged from
// the archive off the UI thread, SQL sorts, the summary of the whole selection as the service's
// rows would give it, gaps named (export refused over them), the location remembered per
// profile, old readers retired without a wait, and the service's table back, as it was, when the
// source switches back.
#include "archive/archivedatabase.h"
#include "archive/archivereader.h"
#include "archive/archivetablemodel.h"
#include "archivemode.h"
#include "archivesyncdialog.h"
#include "archivetestsupport.h"
#include "exportcontroller.h"
#include "queryform.h"
#include "recorddetailpanel.h"
#include "records/recordtablemodel.h"
#include "resultsview.h"
#include "statusbarpresenter.h"
#include "summarycontroller.h"
#include "uitestsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

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
    test::ArchiveEngines m_engines;
    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, ArchiveLocation> m_locations; // engine → the test archive on it
    QList<ArchivedRecord> m_records;

    // Every record in one day window per day, as a sync leaves them.
    bool fill(const ArchiveLocation &location, QString *error)
    {
        ArchiveDatabase db(location);
        if (!db.open(error))
            return false;
        for (int day = 0; day < kDays; ++day) {
            const qint64 from = kStart + day * 86400;
            QList<ArchivedRecord> records;
            for (const ArchivedRecord &r : std::as_const(m_records)) {
                if (r.record.utcSeconds >= from && r.record.utcSeconds < from + 86400)
                    records << r;
            }
            const ArchiveWindow window{from, from + 86400, from + 90000, qint64(records.size()), true, 1};
            if (!db.replaceWindow(window, records, error))
                return false;
        }
        return true;
    }

    static void setLocation(MainWindow *window, const QString &text)
    {
        auto *location = window->queryForm()->findChild<QLineEdit *>(u"archiveLocationLineEdit"_s);
        location->setText(text);
        Q_EMIT location->editingFinished();
    }

    // Archive mode over the test archive, the whole archived range in the form.
    std::unique_ptr<MainWindow> archiveWindow(qint64 startUtc = kStart,
                                              qint64 endUtc = kStart + kDays * 86400,
                                              const QString &engine = u"sqlite"_s)
    {
        auto window = uitest::demoWindow();
        uitest::waitForFirstPage(window.get());
        QueryForm *form = window->queryForm();
        form->findChild<QComboBox *>(u"sourceComboBox"_s)->setCurrentIndex(1);
        setLocation(window.get(), m_locations.value(engine).displayName());
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

    // Every count a Summary panel shows: totals, each dimension's entries, hours and days.
    static void compareSummaries(const Summary &actual, const Summary &expected)
    {
        QCOMPARE(actual.total(), expected.total());
        QCOMPARE(actual.statusCounts(), expected.statusCounts());
        for (int d = 0; d < Summary::kDimensionCount; ++d)
            QCOMPARE(actual.top(Summary::Dimension(d)), expected.top(Summary::Dimension(d)));
        for (const auto size : {Summary::BucketSize::Hour, Summary::BucketSize::Day}) {
            const QList<Summary::Bucket> got = actual.buckets(size);
            const QList<Summary::Bucket> want = expected.buckets(size);
            QCOMPARE(got.size(), want.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                QCOMPARE(got.at(i).label, want.at(i).label);
                QCOMPARE(got.at(i).startUtc, want.at(i).startUtc);
                QCOMPARE(got.at(i).endUtc, want.at(i).endUtc);
                QCOMPARE(got.at(i).counts, want.at(i).counts);
            }
        }
    }

    // The service's table, summary and status labels, to compare after a visit to the archive.
    struct ServiceView
    {
        QStringList cells;
        QList<QList<Summary::Entry>> entries;
        StatusCounts statuses{};
        QStringList status;
        bool operator==(const ServiceView &) const = default;
    };
    static ServiceView serviceView(MainWindow *window)
    {
        ServiceView view;
        RecordTableModel *model = window->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (const Column column : {Column::Time, Column::ToAddress, Column::Status, Column::Message})
                view.cells << model->index(row, int(column)).data().toString();
        const Summary &summary = window->summary()->summary();
        for (int d = 0; d < Summary::kDimensionCount; ++d)
            view.entries << summary.top(Summary::Dimension(d));
        view.statuses = summary.statusCounts();
        const auto *presenter = window->findChild<StatusBarPresenter *>();
        view.status = {presenter->rowsText(), presenter->stateText(), presenter->sortText(),
                       presenter->timingText()};
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        uitest::isolateSettings();
        m_path = m_dir.filePath(u"app.sqlite"_s);
        QString error;
        QVERIFY2(m_engines.start(&error), qPrintable(error)); // no PostgreSQL: a failure, not a skip
        m_locations.insert(u"sqlite"_s, ArchiveLocation{});
        m_locations[u"sqlite"_s].path = m_path;
        m_locations.insert(u"postgres"_s, m_engines.postgres().createDatabase(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_records = test::sampleRecords(kStart, kDays, 3000);
        for (const ArchiveLocation &location : std::as_const(m_locations))
            QVERIFY2(fill(location, &error), qPrintable(error));
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

    // The archive's SQL aggregates give the panel what the service's rows would: the same records
    // added one by one to a Summary, every dimension (the SMTP replies too) and every hour and
    // day, in a zone half an hour off the UTC hours too, with ragged ends on both sides.
    void summary_equalsTheSummaryOfTheSameRecordsRowByRow_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("days");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("sender");
        for (const QString &engine : {u"sqlite"_s, u"postgres"_s}) {
            for (const int days : {1, 10}) {
                for (const QByteArray &zone : {QByteArray("UTC"), QByteArray("Asia/Kolkata")})
                    QTest::addRow("%s, %d day(s), %s", qPrintable(engine), days, zone.constData())
                        << engine << days << zone << QString();
            }
            QTest::addRow("%s, 10 days, Asia/Kolkata, one sender", qPrintable(engine))
                << engine << 10 << QByteArray("Asia/Kolkata") << u"bills@example.com"_s;
        }
    }

    void summary_equalsTheSummaryOfTheSameRecordsRowByRow()
    {
        QFETCH(QString, engine);
        QFETCH(int, days);
        QFETCH(QByteArray, zone);
        QFETCH(QString, sender);
        const qint64 start = kStart + 3 * 86400 + 1234; // neither a quarter hour nor a midnight
        const qint64 end = start + days * 86400 - 777;
        auto window = archiveWindow(start, end, engine);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        window->archiveMode()->setDisplayTimeZone(timeZone, 8 * 3600);
        setField(window->queryForm(), u"archiveSenderLineEdit"_s, sender);
        std::optional<Summary> answered;
        connect(window->archiveMode(), &ArchiveMode::summaryLoaded, this,
                [&](const Summary &summary) { answered = summary; });
        window->runQuery();
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 20000);
        Summary expected(timeZone);
        for (const ArchivedRecord &r : std::as_const(m_records)) {
            const MailRecord &record = r.record;
            if (record.utcSeconds >= start && record.utcSeconds < end &&
                (sender.isEmpty() || record.accountName == sender))
                expected.add(record);
        }
        QVERIFY(expected.total() > 0);
        QVERIFY(!expected.top(Summary::Dimension::SmtpReply).isEmpty());
        compareSummaries(*answered, expected);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window->summary()->showsArchive());
        compareSummaries(window->summary()->summary(), expected); // what the panel shows
    }

    // Another archive while a query of the old one is held in flight: the switch returns at once,
    // the new archive answers meanwhile, and the old readers go once their query has ended.
    void switchingTheArchive_returnsAtOnceAndRetiresTheOldReaders_data()
    {
        test::ArchiveEngines::addEngineRows();
    }

    void switchingTheArchive_returnsAtOnceAndRetiresTheOldReaders()
    {
        QFETCH(QString, engine);
        const auto retired = [] {
            return QCoreApplication::instance()
                ->findChildren<ArchiveReader *>(Qt::FindDirectChildrenOnly)
                .size();
        };
        const qsizetype before = retired();
        auto window = archiveWindow(kStart, kStart + kDays * 86400, engine);
        // Held before the window's first connection to it: SQLite's exclusive lock needs no
        // other connection open, and the reader then waits in its first query.
        test::ArchiveHold hold;
        QString error;
        QVERIFY2(hold.hold(m_locations.value(engine), &error), qPrintable(error));
        window->runQuery(); // the mode's reader: the coverage, held
        ArchiveTableModel *model = window->archiveMode()->model();
        if (engine == u"postgres"_s)
            QTRY_VERIFY(hold.waiters() > 0); // the query is in the server, waiting for the lock
        const ArchiveLocation other = m_engines.fresh(engine);
        QElapsedTimer switching;
        switching.start();
        setLocation(window.get(), other.displayName());
        window->runQuery();
        QVERIFY2(switching.elapsed() < 5000,
                 qPrintable(QString::number(switching.elapsed()))); // < busy timeout
        QCOMPARE(retired(), before + 2); // the mode's reader still in its query, and the table's
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == 0 && model->isFinished(), 20000); // the new archive
        QCOMPARE(model->location()->displayName(), other.displayName());
        if (engine == u"postgres"_s)
            QVERIFY(hold.waiters() > 0); // still held: nothing waited for them
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(retired(), before, 20000);
    }

    // The service's rows stay while the archive is shown: back in Service mode, the same rows,
    // the same summary, the same status; in Archive mode only the archive's answers show.
    void visitingTheArchive_keepsTheServiceRowsSummaryAndStatus_data()
    {
        test::ArchiveEngines::addEngineRows();
    }

    void visitingTheArchive_keepsTheServiceRowsSummaryAndStatus()
    {
        QFETCH(QString, engine);
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        const ServiceView service = serviceView(window.get());
        QVERIFY(!service.cells.isEmpty());
        QCOMPARE(service.entries.size(), Summary::kDimensionCount);
        SummaryController *summary = window->summary();
        QVERIFY(summary->summary().total() > 0);
        window->queryForm()->setSource(QueryForm::Source::Archive);
        QVERIFY(summary->showsArchive());
        QCOMPARE(summary->summary().total(), 0); // nothing of the service's rows
        setLocation(window.get(), m_locations.value(engine).displayName());
        MailQuery range = window->queryForm()->query();
        range.start = QDateTime::fromSecsSinceEpoch(kStart, QTimeZone::utc());
        range.end = QDateTime::fromSecsSinceEpoch(kStart + kDays * 86400, QTimeZone::utc());
        window->queryForm()->setQuery(range);
        window->runQuery();
        QCOMPARE(summary->summary().total(), 0); // until the archive answers
        QTRY_COMPARE_WITH_TIMEOUT(summary->summary().total(), qint64(m_records.size()), 20000);
        for (const QString &name : {u"rowsLabel"_s, u"stateLabel"_s, u"sortLabel"_s, u"elapsedLabel"_s})
            QVERIFY2(!window->findChild<QLabel *>(name)->isVisible(), qPrintable(name));
        QVERIFY(window->findChild<QLabel *>(u"archiveStatusLabel"_s)->isVisible());
        QTRY_VERIFY(window->archiveMode()->model()->rowCount() > 0);
        window->queryForm()->setSource(QueryForm::Source::Service);
        QVERIFY(!summary->showsArchive());
        QCOMPARE(window->resultsView()->model(), static_cast<RecordListModel *>(window->model()));
        QVERIFY(serviceView(window.get()) == service);
        window->queryForm()->setSource(QueryForm::Source::Archive); // the archive's answer again
        QCOMPARE(summary->summary().total(), qint64(m_records.size()));
    }

    // Export over a range the archive does not fully cover is refused in a box naming the gaps:
    // its one answer writes nothing, and no export dialog follows.
    void exportOverAGap_isRefusedNamingTheGapsAndWritesNothing_data()
    {
        test::ArchiveEngines::addEngineRows();
    }

    void exportOverAGap_isRefusedNamingTheGapsAndWritesNothing()
    {
        QFETCH(QString, engine);
        auto window = archiveWindow(kStart - 5 * 86400, kStart + 2 * 86400, engine);
        window->runQuery();
        QTRY_COMPARE(window->archiveMode()->gaps().size(), 1);
        QTRY_VERIFY(window->archiveMode()->model()->totalCount() > 0);
        QString text;
        QList<QMessageBox::StandardButton> buttons;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (!box || !box->isVisible())
                    continue;
                text = box->text();
                for (QAbstractButton *button : box->buttons())
                    buttons << box->standardButton(button);
                box->button(QMessageBox::Ok)->click();
            }
        });
        const QDir folder(m_dir.path());
        const QStringList filesBefore = folder.entryList(QDir::Files);
        window->exporter()->openDialog(); // returns once the box is answered
        QVERIFY2(text.contains(u"Nothing was written"_s), qPrintable(text));
        const ArchiveMode *mode = window->archiveMode();
        QVERIFY2(text.contains(mode->gapText(mode->gaps())), qPrintable(text)); // the gap's dates
        QVERIFY(text.contains(mode->gapText({{kStart - 5 * 86400, kStart}})));
        QCOMPARE(buttons, QList<QMessageBox::StandardButton>{QMessageBox::Ok});
        QVERIFY(!window->findChild<QDialog *>(u"exportDialog"_s));
        QVERIFY(!window->exporter()->isRunning());
        QCOMPARE(folder.entryList(QDir::Files), filesBefore);
    }

    // A service page that fails while the archive is shown is not lost: the results' bar names
    // the failure once the service's table is back, every time, until a new query replaces it.
    void serviceFailureWhileTheArchiveIsShown_isShownOnReturn()
    {
        auto window = uitest::demoWindow();
        QVERIFY(uitest::waitForFirstPage(window.get()));
        SandboxServer *sandbox = uitest::sandbox(window);
        SandboxOptions refusing = sandbox->options();
        refusing.rejectedToAddresses = {u"refused@example.com"_s};
        sandbox->setOptions(refusing);
        QueryForm *form = window->queryForm();
        form->findChild<QComboBox *>(u"filterKindComboBox"_s)
            ->setCurrentIndex(int(QueryForm::FilterKind::Recipient));
        form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(u"refused@example.com"_s);
        sandbox->holdReplies();
        window->runQuery();
        QTRY_COMPARE(sandbox->heldReplies(), 1); // the refusal is in flight
        form->setSource(QueryForm::Source::Archive);
        sandbox->releaseHeldReplies();
        QTRY_VERIFY(window->model()->hasFailed());
        auto *bar = window->findChild<QFrame *>(u"errorBarFrame"_s);
        auto *label = window->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(!bar->isVisible()); // the archive's table is shown, without the service's error
        for (int visit = 0; visit < 2; ++visit) {
            form->setSource(QueryForm::Source::Service);
            QVERIFY2(bar->isVisible(), qPrintable(QString::number(visit)));
            QVERIFY2(label->text().contains(u"could not be loaded"_s), qPrintable(label->text()));
            form->setSource(QueryForm::Source::Archive);
            QVERIFY(!bar->isVisible());
        }
        form->setSource(QueryForm::Source::Service);
        form->findChild<QLineEdit *>(u"filterValueLineEdit"_s)->setText(u"someone@example.com"_s);
        window->runQuery(); // a new query: the old failure is gone
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(window->model()->isFinished());
        QVERIFY(!window->model()->hasFailed());
        form->setSource(QueryForm::Source::Archive);
        form->setSource(QueryForm::Source::Service);
        QVERIFY(!bar->isVisible());
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
