#include "exportcontroller.h"

#include "archive/archivesnapshot.h"
#include "archive/archivetablemodel.h"
#include "archivemode.h"
#include "connection/appsession.h"
#include "exportprogressdialog.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"
#include "records/recordtablemodel.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kExportPageSize = 100; // the service's maximum: fewest calls

} // namespace

ExportController::ExportController(QWidget *window, RecordTableModel *model, AppSession *session)
    : QObject(window), m_window(window), m_model(model), m_session(session)
{}

ExportController::~ExportController()
{
    if (m_run)
        m_run->disconnect(this);
}

void ExportController::openDialog()
{
    if (isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    if (archiveActive())
        return openArchiveDialog();
    openExportDialog(m_model->rowCount(), m_model->query().has_value() && !m_model->isFinished());
}

void ExportController::openExportDialog(qint64 rows, bool more)
{
    auto *dialog =
        new ExportDialog(rows, more, QSettings().value(u"export/lastFolder"_s).toString(), m_zone, m_window);
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->request()); });
    dialog->open();
}

QueryRun *ExportController::createRun(const ExportRequest &request)
{
    auto *sink = new ExportSink(request.options);
    if (request.wholeQuery && m_model->query()) {
        MailQuery query = *m_model->query();
        query.pageSize = kExportPageSize;
        m_pages = 0;
        auto *run = new QueryRun(m_session->client(), query, {}, sink, this);
        sink->setParent(run);
        m_progress->setPhase(tr("Fetching every page of the query"));
        return run;
    }
    // The model keeps appending while pages arrive: the worker thread gets a copy.
    const RecordStore &store = m_model->store();
    auto copy = std::make_shared<VectorExportSource>();
    copy->reserve(store.size());
    for (qsizetype i = 0; i < store.size(); ++i)
        copy->append(store.record(i), store.rawObject(i));
    m_pages = m_model->pagesLoaded();
    auto *run = new QueryRun(std::move(copy), sink, this);
    sink->setParent(run);
    m_progress->setPhase(tr("Writing the file"));
    return run;
}

void ExportController::startExport(const ExportRequest &request)
{
    if (isRunning())
        return;
    m_timer.start();
    m_progress = new ExportProgressDialog(request.options.targetPath, m_window);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &ExportProgressDialog::cancelRequested, this, &ExportController::cancel);
    m_progress->open();
    if (archiveActive())
        return startArchiveExport(request);
    m_run = createRun(request);
    connectRun();
    m_run->start();
}

void ExportController::connectRun()
{
    connect(m_run, &QueryRun::fetchProgressed, this, [this](const RunProgress &p) {
        m_pages = p.pages;
        if (m_progress)
            m_progress->setProgress(p.records, p.pages, p.recordsPerSecond, p.fraction, p.etaSeconds);
    });
    connect(m_run, &QueryRun::fetched, this, [this] {
        if (m_progress)
            m_progress->setPhase(tr("Writing the file"));
    });
    connect(m_run, &QueryRun::writeProgressed, this, [this](qint64 rows, qint64 total) {
        const double seconds = qMax(0.001, m_timer.elapsed() / 1000.0);
        const double fraction = total > 0 ? double(rows) / total : -1;
        if (m_progress)
            m_progress->setProgress(rows, m_pages, rows / seconds, fraction, -1);
    });
    // The fetcher has already retried transient failures; this one is final.
    connect(m_run, &QueryRun::fetchFailed, this,
            [this](const ApiError &error) { showFailure(error.userText()); });
    connect(m_run, &QueryRun::writeFailed, this, &ExportController::showFailure);
    connect(m_run, &QueryRun::finished, this, [this](const QString &path, qint64 rows) {
        QSettings().setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
        if (m_progress)
            m_progress->showFinished(path, rows);
        end();
        Q_EMIT exportFinished(path, rows);
    });
    connect(m_run, &QueryRun::cancelled, this, &ExportController::showCancelled);
}

void ExportController::showFailure(const QString &message)
{
    if (m_progress)
        m_progress->showFailed(message);
    end();
    Q_EMIT exportFailed(message);
}

void ExportController::showCancelled()
{
    if (m_progress)
        m_progress->showCancelled();
    end();
    Q_EMIT exportCancelled();
}

void ExportController::cancel()
{
    if (m_snapshot)
        m_snapshot->cancel(); // ends in ArchiveSnapshot::cancelled
    if (m_run)
        m_run->cancel(); // ends in QueryRun::cancelled
}

void ExportController::end()
{
    if (m_snapshot) {
        m_snapshot->disconnect(this);
        m_snapshot->deleteLater();
        m_snapshot = nullptr;
    }
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->deleteLater();
    m_run = nullptr;
}

bool ExportController::archiveActive() const
{
    return m_archive && m_archive->isActive();
}

// The archive's selection, all of it: there is no "loaded rows only", since reading it all
// costs no calls. A range with gaps would write a partial file, so it is refused, gaps named.
void ExportController::openArchiveDialog()
{
    const ArchiveTableModel *model = m_archive->model();
    if (!model->filter()) {
        QMessageBox::information(m_window, tr("Export"), tr("Run a query on the archive first."));
        return;
    }
    if (!m_archive->gaps().isEmpty()) {
        QMessageBox::warning(m_window, tr("Export"),
                             tr("Nothing was written. %1").arg(m_archive->gapText(m_archive->gaps())));
        return;
    }
    openExportDialog(model->totalCount() >= 0 ? model->totalCount() : model->rowCount(), false);
}

void ExportController::startArchiveExport(const ExportRequest &request)
{
    m_pages = 0;
    m_snapshot = new ArchiveSnapshot(*m_archive->model()->location(), *m_archive->model()->filter(), this);
    m_progress->setPhase(tr("Reading the archive"));
    connect(m_snapshot, &ArchiveSnapshot::progressed, this, [this](qint64 records) {
        const double seconds = qMax(0.001, m_timer.elapsed() / 1000.0);
        if (m_progress)
            m_progress->setProgress(records, 0, records / seconds, -1, -1);
    });
    connect(m_snapshot, &ArchiveSnapshot::failed, this, &ExportController::showFailure);
    connect(m_snapshot, &ArchiveSnapshot::cancelled, this, &ExportController::showCancelled);
    connect(m_snapshot, &ArchiveSnapshot::loaded, this,
            [this, options = request.options](const std::shared_ptr<ExportSource> &records) {
                m_snapshot->disconnect(this);
                m_snapshot->deleteLater();
                m_snapshot = nullptr;
                auto *sink = new ExportSink(options);
                m_run = new QueryRun(records, sink, this);
                sink->setParent(m_run);
                if (m_progress)
                    m_progress->setPhase(tr("Writing the file"));
                connectRun();
                m_run->start();
            });
    m_snapshot->start();
}

} // namespace sendtrail
