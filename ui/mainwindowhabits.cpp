// The habits of tools people keep open all day: recent queries one keystroke away, named searches
// per profile, and a record's "share line" for a ticket that opens the record again when pasted.
#include "archivemode.h"
#include "connection/appsession.h"
#include "mainwindow.h"
#include "present/shareline.h"
#include "queryform.h"
#include "records/querylibrary.h"
#include "records/recordcolumns.h"
#include "records/recordshape.h"
#include "records/recordtablemodel.h"
#include "resultsview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sendtrail {

void MainWindow::createHabitActions(QMenu *edit, QMenu *query)
{
    edit->addSeparator();
    QAction *copyShare = edit->addAction(tr("Copy &Share Line"), this, &MainWindow::copyShareLine);
    copyShare->setObjectName(u"copyShareLineAction"_s);
    copyShare->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_C);
    copyShare->setToolTip(
        tr("Copy time, recipient, subject, status and RequestId of the current row for a ticket"));
    QAction *openShare = edit->addAction(tr("&Open Share Line from Clipboard"), this,
                                         [this] { openShareLine(QGuiApplication::clipboard()->text()); });
    openShare->setObjectName(u"openShareLineAction"_s);
    openShare->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_V);

    query->addSeparator();
    m_recentMenu = query->addMenu(tr("Recent &Queries"));
    m_recentMenu->setObjectName(u"recentQueriesMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *recent = query->addAction(tr("Show Recent Queries"), this, [this] {
        fillRecentMenu();
        m_recentMenu->popup(m_form->mapToGlobal(m_form->rect().bottomLeft()));
    });
    recent->setObjectName(u"showRecentQueriesAction"_s);
    recent->setShortcut(Qt::CTRL | Qt::Key_H);
    QAction *save = query->addAction(tr("Save &Search…"), this, &MainWindow::saveCurrentSearch);
    save->setObjectName(u"saveSearchAction"_s);
    save->setShortcut(Qt::CTRL | Qt::Key_D);
    m_savedMenu = query->addMenu(tr("Saved Searc&hes"));
    m_savedMenu->setObjectName(u"savedSearchesMenu"_s);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &MainWindow::fillSavedMenu);
}

QString MainWindow::libraryProfile() const
{
    const auto profile = m_session->activeProfile();
    return profile ? profile->name : m_lastProfile;
}

QString MainWindow::describeQuery(const RememberedQuery &remembered) const
{
    const MailQuery &q = remembered.query;
    QStringList parts;
    if (!q.toAddress.isEmpty())
        parts << tr("to %1").arg(q.toAddress);
    else if (!q.accountName.isEmpty())
        parts << tr("from %1").arg(q.accountName);
    else if (!q.tagName.isEmpty())
        parts << tr("tag %1").arg(q.tagName);
    else
        parts << tr("all mail");
    if (q.status)
        parts << RecordColumns::statusText(deliveryStatusFromInt(*q.status), *q.status);
    const auto preset = QueryForm::Preset(remembered.preset);
    if (preset != QueryForm::Preset::Custom) {
        parts << m_form->presetText(preset);
    } else {
        const QLocale locale;
        parts << tr("%1 to %2")
                     .arg(locale.toString(q.start.toLocalTime(), QLocale::ShortFormat),
                          locale.toString(q.end.toLocalTime(), QLocale::ShortFormat));
    }
    return parts.join(u" · "_s);
}

void MainWindow::applyRemembered(const RememberedQuery &remembered)
{
    m_form->setQuery(remembered.query);
    const auto preset = QueryForm::Preset(remembered.preset);
    if (preset != QueryForm::Preset::Custom)
        m_form->applyPreset(preset); // "last 7 days" means the last 7 days from now
    runQuery();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    const QList<RememberedQuery> history = QueryLibrary(settings, libraryProfile()).history();
    if (history.isEmpty())
        m_recentMenu->addAction(tr("No recent queries"))->setEnabled(false);
    for (qsizetype i = 0; i < history.size(); ++i) {
        // 1-9 and 0 as accelerators: the popup then takes one more keystroke.
        const QString prefix = i < 10 ? u"&%1  "_s.arg((i + 1) % 10) : u"    "_s;
        const RememberedQuery &remembered = history.at(i);
        m_recentMenu->addAction(prefix + describeQuery(remembered), this,
                                [this, remembered] { applyRemembered(remembered); });
    }
}

void MainWindow::fillSavedMenu()
{
    m_savedMenu->clear();
    QSettings settings;
    const QList<SavedSearch> searches = QueryLibrary(settings, libraryProfile()).savedSearches();
    if (searches.isEmpty())
        m_savedMenu->addAction(tr("No saved searches (Query → Save Search…)"))->setEnabled(false);
    for (const SavedSearch &search : searches) {
        QAction *action =
            m_savedMenu->addAction(search.name, this, [this, search] { applyRemembered(search.query); });
        action->setToolTip(describeQuery(search.query));
    }
    if (searches.isEmpty())
        return;
    m_savedMenu->addSeparator();
    QMenu *remove = m_savedMenu->addMenu(tr("&Delete"));
    for (const SavedSearch &search : searches) {
        remove->addAction(search.name, this, [this, name = search.name] {
            QSettings s;
            QueryLibrary(s, libraryProfile()).removeSearch(name);
            statusBar()->showMessage(tr("Deleted the saved search \"%1\".").arg(name), 5000);
        });
    }
}

void MainWindow::saveCurrentSearch()
{
    const RememberedQuery current{m_form->query(), int(m_form->currentPreset())};
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"),
                                               tr("Name for this search (%1):").arg(describeQuery(current)),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings settings;
    QueryLibrary(settings, libraryProfile()).saveSearch(name, current);
    statusBar()->showMessage(tr("Saved the search \"%1\" under Query → Saved Searches.").arg(name), 5000);
}

void MainWindow::rememberRun(const RememberedQuery &remembered)
{
    QSettings settings;
    QueryLibrary(settings, libraryProfile()).addToHistory(remembered);
}

void MainWindow::copyShareLine()
{
    const int row = m_results->currentSourceRow();
    if (row < 0) {
        statusBar()->showMessage(tr("Select a row to copy its share line."), 5000);
        return;
    }
    const MailRecord record =
        m_results->model()->index(row, 0).data(RecordListModel::RecordRole).value<MailRecord>();
    // An archived row's page came from a sync long ago: it has no RequestId to quote.
    const QString requestId =
        m_archive->isActive() ? QString() : m_model->requestIdForStoreRow(int(m_model->storeRow(row)));
    QGuiApplication::clipboard()->setText(ShareLine::format(record, requestId));
    statusBar()->showMessage(tr("Copied the share line of the mail to %1.").arg(record.toAddress), 5000);
}

void MainWindow::openShareLine(const QString &text)
{
    const auto line = ShareLine::parse(text);
    if (!line) {
        QMessageBox::information(
            this, tr("Open Share Line"),
            tr("The clipboard holds no share line. Copy one (Edit → Copy Share Line, or a "
               "line with a time such as 2026-11-30 02:00:05 UTC and an address) and try "
               "again."));
        return;
    }
    m_pendingShare = *line;
    m_form->setQuery(line->query());
    runQuery();
}

void MainWindow::selectPendingShare()
{
    if (!m_pendingShare)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_pendingShare->matches(
                m_model->index(row, 0).data(RecordTableModel::RecordRole).value<MailRecord>())) {
            m_pendingShare.reset();
            m_results->selectSourceRow(row);
            showDetail(row);
            return;
        }
    }
    if (m_model->isFinished()) {
        statusBar()->showMessage(
            tr("The shared record was not found: the service keeps records for one month."), 8000);
        m_pendingShare.reset();
    }
}

} // namespace sendtrail
