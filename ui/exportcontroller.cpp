#include "exportcontroller.h"

#include "connection/appsession.h"
#include "exportprogressdialog.h"
#include "pipeline/exportsink.h"
#include "pipeline/queryrun.h"
#include "records/recordtablemodel.h"

#include <QFileInfo>
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
    if (m_run) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    QSettings settings;
    const bool more = m_model->query().has_value() && !m_model->isFinished();
    auto *dialog = new ExportDialog(m_model->rowCount(), more,
                                    settings.value(u"export/lastFolder"_s).toString(), m_zone, m_window);
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
    if (m_run)
        return;
    m_timer.start();
    m_progress = new ExportProgressDialog(request.options.targetPath, m_window);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &ExportProgressDialog::cancelRequested, this, &ExportController::cancel);
    m_progress->open();
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
    connect(m_run, &QueryRun::cancelled, this, [this] {
        if (m_progress)
            m_progress->showCancelled();
        end();
        Q_EMIT exportCancelled();
    });
}

void ExportController::showFailure(const QString &message)
{
    if (m_progress)
        m_progress->showFailed(message);
    end();
    Q_EMIT exportFailed(message);
}

void ExportController::cancel()
{
    if (m_run)
        m_run->cancel(); // ends in QueryRun::cancelled
}

void ExportController::end()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->deleteLater();
    m_run = nullptr;
}

} // namespace sendtrail
