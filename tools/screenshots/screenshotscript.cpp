#include "screenshotscript.h"

#include "archive/archivetablemodel.h"
#include "archivemode.h"
#include "archivesyncdialog.h"
#include "exportcontroller.h"
#include "invalidaddresscheck.h"
#include "invalidaddressmodel.h"
#include "invalidaddresswindow.h"
#include "lookupinput.h"
#include "lookupwindow.h"
#include "mainwindow.h"
#include "queryform.h"
#include "recorddetailpanel.h"
#include "records/recordtablemodel.h"
#include "resultsview.h"
#include "sandbox/sandboxserver.h"
#include "summarycontroller.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sendtrail {

ScreenshotScript::ScreenshotScript(MainWindow *window, SandboxServer *sandbox, const QString &directory)
    : QObject(window), m_window(window), m_sandbox(sandbox), m_directory(directory)
{}

void ScreenshotScript::start()
{
    QDir().mkpath(m_directory);
    m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    RecordTableModel *model = m_window->model();
    waitFor([model] { return model->rowCount() > 0 && !model->isLoading(); }, [this] { showResults(); });
}

void ScreenshotScript::waitFor(const std::function<bool()> &condition, const std::function<void()> &then,
                               int triesLeft)
{
    if (condition())
        return then();
    if (triesLeft == 0) {
        qWarning("screenshot script: gave up waiting");
        QApplication::exit(1);
        return;
    }
    QTimer::singleShot(200, this, [=, this] { waitFor(condition, then, triesLeft - 1); });
}

void ScreenshotScript::shoot(const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen->grabWindow(0).save(path))
        qWarning("screenshot script: could not save %s", qPrintable(path));
}

void ScreenshotScript::showResults()
{
    QTimer::singleShot(800, this, [this] {
        shoot(u"results.png"_s);
        showSummary();
    });
}

void ScreenshotScript::showSummary()
{
    // The whole query counted, and the table narrowed to one of its entries.
    SummaryController *summary = m_window->summary();
    summary->complete();
    waitFor([summary] { return summary->coverage() == SummaryController::Coverage::WholeQuery; },
            [this] {
                m_window->resultsView()->setSummaryFilter(SummaryFilter::byStatus(DeliveryStatus::Spam));
                QTimer::singleShot(800, this, [this] {
                    shoot(u"summary.png"_s);
                    m_window->resultsView()->setSummaryFilter(std::nullopt);
                    showDetail();
                });
            });
}

void ScreenshotScript::showDetail()
{
    // A record that needs explaining makes the better picture.
    RecordTableModel *model = m_window->model();
    int row = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto record = model->index(r, 0).data(RecordTableModel::RecordRole).value<MailRecord>();
        if (record.errorClassification == u"SysOutRcptOnAccountLevelBounceList"_s) {
            row = r;
            break;
        }
    }
    QTableView *table = m_window->resultsView()->tableView();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->scrollTo(table->currentIndex());
    m_window->showDetail(m_window->resultsView()->currentSourceRow());
    InvalidAddressCheck *check = m_window->detailPanel()->invalidAddressCheck();
    waitFor([check] { return check->state() != InvalidAddressCheck::State::Checking; },
            [this] {
                QTimer::singleShot(800, this, [this] {
                    shoot(u"detail.png"_s);
                    showInvalidAddresses();
                });
            });
}

void ScreenshotScript::showInvalidAddresses()
{
    // The whole list loaded, a few rows picked for removal.
    m_window->openInvalidAddresses();
    InvalidAddressWindow *list = m_window->invalidAddressWindow();
    list->resize(900, 640);
    list->move(m_window->geometry().center() - list->rect().center());
    list->setKeyword(u"example.com"_s);
    list->load();
    waitFor([list] { return !list->isLoading() && list->model()->rowCount() > 0; },
            [this, list] {
                for (int row : {1, 2, 4})
                    list->table()->selectionModel()->select(list->model()->index(row, 0),
                                                            QItemSelectionModel::Select |
                                                                QItemSelectionModel::Rows);
                QTimer::singleShot(800, this, [this, list] {
                    // The window alone: under Xvfb there is no frame to tell it from the main window.
                    const QString path = QDir(m_directory).filePath(u"invalid-addresses.png"_s);
                    if (!list->grab().save(path))
                        qWarning("screenshot script: could not save %s", qPrintable(path));
                    list->close();
                    showExport();
                });
            });
}

void ScreenshotScript::showExport()
{
    SandboxOptions slow = m_sandbox->options();
    slow.latencyMs = 150;
    m_sandbox->setOptions(slow);
    ExportRequest request;
    request.wholeQuery = true;
    request.options.targetPath = QDir::temp().filePath(u"sendtrail-screenshot-export.xlsx"_s);
    request.options.format = ExportFormat::Xlsx;
    m_window->exporter()->startExport(request);
    QTimer::singleShot(2500, this, [this] {
        shoot(u"export.png"_s);
        m_window->exporter()->cancel();
        QTimer::singleShot(500, this, [this] {
            if (auto *progress = m_window->exporter()->progressDialog())
                progress->close();
            m_window->openProfiles();
            QTimer::singleShot(800, this, [this] {
                shoot(u"profiles.png"_s);
                showLookup();
            });
        });
    });
}

void ScreenshotScript::showLookup()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>())
        dialog->close();
    SandboxOptions fast = m_sandbox->options();
    fast.latencyMs = 20;
    m_sandbox->setOptions(fast);
    // Recipients of the newest mail, as a support desk would paste them, with the usual noise.
    const SandboxDataset &dataset = m_sandbox->dataset();
    QStringList lines{u"# ticket 4711: customers who say they got nothing"_s};
    for (int row = dataset.size() - 1; row >= 0 && lines.size() < 24; --row)
        if (!lines.contains(dataset.toAddress(row)))
            lines.append(dataset.toAddress(row));
    lines << lines.at(2).toUpper() << u"not-an-address"_s << u"nobody@unknown.example"_s;
    LookupWindow *lookup = m_window->openLookup();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    lookup->setGeometry(screen.adjusted(screen.width() / 8, screen.height() / 10, -screen.width() / 8,
                                        -screen.height() / 10));
    lookup->findChild<QPlainTextEdit *>(u"lookupInputEdit"_s)->setPlainText(lines.join(u'\n'));
    connect(lookup, &LookupWindow::runEnded, this, [this, lookup] {
        QTimer::singleShot(800, this, [this, lookup] {
            shoot(u"lookup.png"_s);
            lookup->close();
            showArchiveSync();
        });
    });
    waitFor([lookup] { return lookup->input()->list() && lookup->input()->list()->addressCount() > 0; },
            [lookup] { lookup->run(); });
}

} // namespace sendtrail

namespace sendtrail {

void ScreenshotScript::showArchiveSync()
{
    // A fresh archive, the last week of the demo account synced into it, tags included.
    m_window->queryForm()->setArchiveLocationText(
        QDir::temp().filePath(u"sendtrail-screenshot-archive.sqlite"_s));
    QFile::remove(m_window->queryForm()->archiveLocationText());
    ArchiveSyncDialog *dialog = m_window->openArchiveSync();
    dialog->resize(760, 600);
    dialog->move(m_window->geometry().center() - dialog->rect().center());
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    dialog->findChild<QDateEdit *>(u"syncFromDateEdit"_s)->setDate(today.addDays(-6));
    dialog->startSync();
    waitFor([dialog] { return !dialog->isSyncing() && !dialog->coverage().isEmpty(); },
            [this, dialog] {
                QTimer::singleShot(800, this, [this, dialog] {
                    const QString path = QDir(m_directory).filePath(u"archive-sync.png"_s);
                    if (!dialog->grab().save(path))
                        qWarning("screenshot script: could not save %s", qPrintable(path));
                    dialog->close();
                    showArchive();
                });
            },
            600);
}

void ScreenshotScript::showArchive()
{
    // Archive mode: spam complaints from two weeks, sorted by subject in SQL; the week before
    // the sync is a gap, and the results bar says so.
    QueryForm *form = m_window->queryForm();
    form->setSource(QueryForm::Source::Archive);
    MailQuery range = form->query();
    range.end = QDateTime::currentDateTimeUtc();
    range.start = range.end.addDays(-14);
    range.status = int(DeliveryStatus::Spam);
    form->setQuery(range);
    m_window->runQuery();
    m_window->resultsView()->cycleSort(int(Column::Subject));
    ArchiveTableModel *model = m_window->archiveMode()->model();
    waitFor(
        [this, model] {
            return model->rowCount() > 0 && !model->isLoading() && !m_window->archiveMode()->gaps().isEmpty();
        },
        [this] {
            QTimer::singleShot(800, this, [this] {
                shoot(u"archive.png"_s);
                QApplication::quit();
            });
        });
}

} // namespace sendtrail
