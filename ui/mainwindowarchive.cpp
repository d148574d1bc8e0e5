// The main window's Archive mode: the source switch, an archive query, and Query → Sync Archive….
#include "archive/archivetablemodel.h"
#include "archivemode.h"
#include "archivesyncdialog.h"
#include "connection/appsession.h"
#include "loadallcontroller.h"
#include "mainwindow.h"
#include "queryform.h"
#include "recorddetailpanel.h"
#include "records/recordtablemodel.h"
#include "resultsview.h"
#include "statusbarpresenter.h"
#include "summarycontroller.h"

#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sendtrail {

// The archive answers any range and every filter together: only the form's own checks apply.
void MainWindow::runArchiveQuery()
{
    m_form->clearFieldErrors();
    m_form->refreshPreset();
    const QList<FieldError> errors = m_form->formErrors();
    if (!errors.isEmpty()) {
        m_form->showFieldErrors(errors);
        statusBar()->showMessage(tr("Fix the marked fields; nothing was read."), 5000);
        return;
    }
    m_detail->clear();
    QString error;
    if (!m_archive->run(&error))
        m_results->showError(tr("The archive location is not valid: %1").arg(error));
    m_summary->setArchiveSummary(m_archive->summary()); // empty until this query's aggregates are in
}

// The service's table stays as it was while the archive is shown (its Load All stops: nobody
// watches it), and comes back with its summary and status; in Archive mode the Summary panel
// and the status line show only what the archive answered.
void MainWindow::onSourceChanged(bool archive)
{
    m_detail->clear();
    if (archive)
        m_loadAll->cancel();
    else
        m_results->setModel(m_model);
    m_archive->setActive(archive);
    m_status->setShown(!archive);
    m_summary->setArchiveSummary(archive ? std::optional<Summary>(m_archive->summary()) : std::nullopt);
    m_results->setLoading(archive ? false : m_model->isLoading());
    if (!archive && m_serviceError)
        showServiceError(*m_serviceError); // failed while the archive was shown, or before
    else if (!archive && m_model->isFinished() && m_model->rowCount() == 0)
        showEmptyHint();
    updateStatus();
}

ArchiveSyncDialog *MainWindow::openArchiveSync()
{
    QString error;
    const auto location = m_archive->location(&error);
    if (!location) {
        QMessageBox::warning(this, tr("Sync Archive"),
                             tr("The archive location is not valid: %1").arg(error));
        return nullptr;
    }
    if (m_syncDialog && !m_syncDialog->isSyncing() &&
        m_syncDialog->property("location").toString() != location->displayName())
        delete m_syncDialog; // another archive was chosen since
    if (!m_syncDialog) {
        m_syncDialog = new ArchiveSyncDialog(*location, m_serviceOffset, this);
        m_syncDialog->setProperty("location", location->displayName());
        connect(m_syncDialog, &ArchiveSyncDialog::syncEnded, this, [this] {
            if (m_archive->isActive() && m_archive->model()->filter())
                runArchiveQuery(); // the same question over what the archive holds now
        });
    }
    const auto profile = m_session->activeProfile();
    m_syncDialog->setClient(profile ? m_session->client() : nullptr, profile ? profile->name : QString());
    m_syncDialog->reloadCoverage();
    m_syncDialog->show();
    m_syncDialog->raise();
    m_syncDialog->activateWindow();
    return m_syncDialog;
}

} // namespace sendtrail
