#include "aboutdialog.h"
#include "connection/appsession.h"
#include "connection/demobackend.h"
#include "credentials/profilecredentials.h"
#include "credentials/profilestore.h"
#include "exportcontroller.h"
#include "exportprogressdialog.h"
#include "invalidaddresscheck.h"
#include "invalidaddresswindow.h"
#include "languagesettings.h"
#include "lists/catalog.h"
#include "loadallcontroller.h"
#include "lookupwindow.h"
#include "mainwindow.h"
#include "present/erroradvice.h"
#include "present/permissionadvice.h"
#include "profilesdialog.h"
#include "queryform.h"
#include "querypickers.h"
#include "recorddetailpanel.h"
#include "records/querysettings.h"
#include "records/recordtablemodel.h"
#include "recordviewproxy.h"
#include "resultsview.h"
#include "servicetotalsview.h"
#include "statusbarpresenter.h"
#include "summarycontroller.h"
#include "summarypanel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// How the window is put together: the central area, the docks, the menus and the status bar.
// Its behaviour lives in mainwindow.cpp.
namespace sendtrail {

QWidget *MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_demoBanner = new QLabel(tr("Demo mode: sample data from a local sandbox"), central);
    m_demoBanner->setObjectName(u"demoBannerLabel"_s);
    m_demoBanner->setStyleSheet(
        u"background: #fff4c2; color: #5d4200; border: 1px solid #e0c050; padding: 6px;"_s);
    m_demoBanner->setVisible(false);
    layout->addWidget(m_demoBanner);
    m_form = new QueryForm(central);
    m_form->setObjectName(u"queryForm"_s);
    layout->addWidget(m_form);
    m_results = new ResultsView(central);
    m_results->setObjectName(u"resultsView"_s);
    layout->addWidget(m_results, 1);

    connect(m_form, &QueryForm::runRequested, this, &MainWindow::runQuery);
    connect(m_form, &QueryForm::cancelRequested, this, &MainWindow::cancelQuery);
    connect(m_form, &QueryForm::manageProfilesRequested, this, &MainWindow::openProfiles);
    connect(m_form, &QueryForm::profileSelected, this,
            [this](const QString &name) { m_session->activate(name); });
    connect(m_results, &ResultsView::retryRequested, this, &MainWindow::retryFailedPage);
    connect(m_results, &ResultsView::editProfileRequested, this, &MainWindow::openProfiles);
    connect(m_results, &ResultsView::suggestionActivated, this, &MainWindow::runSuggestion);
    connect(m_model, &RecordTableModel::pageRetrying, this,
            [this](const ApiError &error, int retry, int maxRetries, int delayMs) {
                statusBar()->showMessage(ErrorAdvice::retryNotice(error, retry, maxRetries, delayMs),
                                         delayMs + 1000);
            });
    connect(m_results, &ResultsView::detailRequested, this, &MainWindow::showDetail);
    connect(m_results, &ResultsView::currentRowChanged, this, &MainWindow::updateDetail);
    connect(m_results, &ResultsView::recipientFilterRequested, this,
            [this](const QString &v) { rerunWithFilter(int(QueryForm::FilterKind::Recipient), v); });
    connect(m_results, &ResultsView::senderFilterRequested, this,
            [this](const QString &v) { rerunWithFilter(int(QueryForm::FilterKind::Sender), v); });
    connect(m_results, &ResultsView::tagFilterRequested, this,
            [this](const QString &v) { rerunWithFilter(int(QueryForm::FilterKind::Tag), v); });
    return central;
}

void MainWindow::createDetailDock()
{
    m_detailDock = new QDockWidget(tr("Record Details"), this);
    m_detailDock->setObjectName(u"detailDockWidget"_s);
    m_detail = new RecordDetailPanel(m_detailDock);
    m_detail->setObjectName(u"recordDetailPanel"_s);
    m_detailDock->setWidget(m_detail);
    m_detailDock->setMinimumWidth(280); // its values wrap: at 1024 pixels the form keeps its room
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_detailDock->hide();
}

void MainWindow::createSummaryDock()
{
    m_summary = new SummaryController(m_model, m_session, this);
    m_summaryDock = new QDockWidget(tr("Summary"), this);
    m_summaryDock->setObjectName(u"summaryDockWidget"_s);
    m_summaryPanel = new SummaryPanel(m_summary, m_summaryDock);
    m_summaryPanel->addServiceTotals(new ServiceTotalsView(m_summary, m_model, m_session));
    m_summaryPanel->setObjectName(u"summaryPanel"_s);
    m_summaryDock->setWidget(m_summaryPanel);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the details keep their full height
    addDockWidget(Qt::BottomDockWidgetArea, m_summaryDock);    // the chart over time wants the width
    connect(m_summaryDock, &QDockWidget::dockLocationChanged, this, &MainWindow::orientSummary);
    connect(m_summaryPanel, &SummaryPanel::refineRequested, m_results,
            [this](const SummaryFilter &filter) { m_results->setSummaryFilter(filter); });
    connect(m_summaryPanel, &SummaryPanel::refineCleared, m_results,
            [this] { m_results->setSummaryFilter(std::nullopt); });
    connect(m_results, &ResultsView::summaryFilterChanged, m_summaryPanel,
            [this] { m_summaryPanel->setActiveFilter(m_results->summaryFilter()); });
}

void MainWindow::orientSummary(Qt::DockWidgetArea area)
{
    const bool side = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    m_summaryPanel->setOrientation(side ? Qt::Vertical : Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::openExport);
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addAction(tr("&Profiles…"), this, &MainWindow::openProfiles)->setObjectName(u"profilesAction"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_results->copyCellAction());
    edit->addAction(m_results->copyTsvAction());
    edit->addAction(m_results->copyJsonAction());

    QMenu *query = menuBar()->addMenu(tr("&Query"));
    QAction *run = query->addAction(tr("&Run"), this, &MainWindow::runQuery);
    run->setObjectName(u"runAction"_s);
    run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *cancel = query->addAction(tr("&Cancel"), this, &MainWindow::cancelQuery);
    cancel->setObjectName(u"cancelAction"_s);
    cancel->setShortcut(Qt::Key_Escape);
    query->addAction(tr("Re&try Failed Page"), this, &MainWindow::retryFailedPage);
    query->addAction(m_loadAll->action());
    query->addSeparator();
    QAction *invalid = query->addAction(tr("&Invalid Addresses…"), this, &MainWindow::openInvalidAddresses);
    invalid->setObjectName(u"invalidAddressesAction"_s);
    invalid->setShortcut(Qt::CTRL | Qt::Key_I);
    QAction *lookup = query->addAction(tr("&Look Up Recipients…"), this, &MainWindow::openLookup);
    lookup->setObjectName(u"lookupAction"_s);
    lookup->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *sync = query->addAction(tr("S&ync Archive…"), this, &MainWindow::openArchiveSync);
    sync->setObjectName(u"syncArchiveAction"_s);
    sync->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    createHabitActions(edit, query);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *zones = view->addMenu(tr("&Time Zone"));
    m_zoneActions = new QActionGroup(this);
    for (DisplayZone zone : {DisplayZone::Local, DisplayZone::Utc, DisplayZone::Service}) {
        QAction *a = zones->addAction(DisplayZones::label(zone, m_serviceOffset));
        a->setObjectName(u"zone%1Action"_s.arg(DisplayZones::key(zone)));
        a->setCheckable(true);
        a->setData(int(zone));
        m_zoneActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, zone] { setDisplayZone(zone); });
    }
    QAction *summary = m_summaryDock->toggleViewAction();
    summary->setObjectName(u"summaryAction"_s);
    summary->setText(tr("&Summary"));
    summary->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    connect(summary, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_summaryPanel->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(summary);
    view->addAction(m_detailDock->toggleViewAction());
    view->addAction(tr("Reset &Columns"), m_results, &ResultsView::resetColumns);
    view->addAction(m_results->serviceOrderAction());
    view->addSeparator();
    view->addMenu(LanguageSettings::createMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sendtrail"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainWindow::createStatusBar()
{
    m_status = new StatusBarPresenter(statusBar(), m_model, m_results->filterProxy(), this);
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(u"displayZoneComboBox"_s);
    m_zoneCombo->setToolTip(tr("Time zone for times in the table, the form and the details"));
    for (DisplayZone zone : {DisplayZone::Local, DisplayZone::Utc, DisplayZone::Service})
        m_zoneCombo->addItem(DisplayZones::label(zone, m_serviceOffset), int(zone));
    connect(m_zoneCombo, &QComboBox::activated, this,
            [this](int index) { setDisplayZone(DisplayZone(m_zoneCombo->itemData(index).toInt())); });
    statusBar()->addPermanentWidget(m_loadAll->progressWidget());
    statusBar()->addPermanentWidget(m_zoneCombo);
}

} // namespace sendtrail
