#include "mainwindow.h"

#include "aboutdialog.h"
#include "archivemode.h"
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
#include "present/emptyresulthint.h"
#include "present/erroradvice.h"
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
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr auto kDemoProfile = "demo";

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_session(new AppSession(this, options.secretStore)),
      m_model(new RecordTableModel(this))
{
    setObjectName(u"mainWindow"_s);
    setCentralWidget(createCentral());
    m_loadAll = new LoadAllController(m_model, this);
    connect(m_results, &ResultsView::loadAllRequested, m_loadAll, [this] {
        if (!m_archive->isActive()) // the archive's table pages on as it scrolls
            m_loadAll->start();
    });
    connect(m_loadAll, &LoadAllController::ended, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // Cancelled between two pages: no loadingChanged, but the state now reads "Cancelled".
    connect(m_loadAll, &LoadAllController::runningChanged, this, [this] { updateStatus(); });
    createDetailDock();
    createSummaryDock();
    createMenus();
    createStatusBar();
    m_results->setModel(m_model);
    m_archive = new ArchiveMode(m_form, m_results, statusBar(), this);
    connect(m_form, &QueryForm::sourceChanged, this,
            [this](QueryForm::Source source) { onSourceChanged(source == QueryForm::Source::Archive); });
    m_export = new ExportController(this, m_model, m_session);
    m_export->setArchiveMode(m_archive);
    connect(m_archive, &ArchiveMode::summaryLoaded, this, [this](const Summary &summary) {
        if (m_archive->isActive())
            m_summary->setArchiveSummary(summary);
    });
    m_catalog = new Catalog(this);
    new QueryPickers(m_form, m_catalog, this);
    connectModel();
    connect(m_session, &AppSession::profileActivated, this, &MainWindow::onProfileActivated);
    connect(m_session, &AppSession::activationFailed, this,
            [this](const QString &name, const QString &message) {
                m_results->showError(tr("Could not load the profile \"%1\": %2").arg(name, message));
            });
    connect(m_session, &AppSession::profilesChanged, this,
            [this] { m_form->setProfiles(m_session->profileNames(), m_lastProfile); });
    restoreSettings();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children die in creation order, the session (and its client) first: stop everything that
    // would report an abandoned request back into this half-destroyed window.
    delete m_export;
    delete m_summaryDock; // the panel, then the controller and any QueryRun of its Complete
    delete m_summary;
    m_model->disconnect(this);
    m_session->disconnect(this);
    m_model->stop();
}

void MainWindow::connectModel()
{
    connect(m_catalog, &Catalog::suggestionsReady, this, &MainWindow::onTagsKnown);
    connect(m_model, &RecordTableModel::loadingChanged, this, [this](bool loading) {
        if (!m_archive->isActive()) // a service page still in flight when the archive was shown
            m_results->setLoading(loading);
        m_form->setRunning(loading);
        updateStatus();
    });
    connect(m_model, &RecordTableModel::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_model, &RecordTableModel::fetchFailed, this, &MainWindow::onFetchFailed);
    connect(m_model, &RecordTableModel::finished, this, [this] {
        if (m_model->rowCount() == 0)
            showEmptyHint();
        selectPendingShare();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_results->setSummaryFilter(std::nullopt); // a summary entry of the previous result
        updateStatus();
    });
}

void MainWindow::showEmptyHint(const QStringList &knownTags)
{
    const MailQuery query = m_model->query().value_or(MailQuery{});
    m_emptyHint = EmptyResultHint::forQuery(query, knownTags);
    m_results->setEmptyText(m_emptyHint.text, m_emptyHint.suggestionLabel);
    // A tag that differs only in case is found through the account's tag list.
    if (knownTags.isEmpty() && !query.tagName.isEmpty() && m_session->client())
        m_catalog->request(ListKind::Tags, query.tagName);
}

void MainWindow::onTagsKnown(ListKind kind, const QString &keyword, const QList<ListItem> &items)
{
    if (kind != ListKind::Tags || m_model->rowCount() != 0 || !m_model->isFinished() ||
        keyword != m_model->query().value_or(MailQuery{}).tagName)
        return;
    QStringList names;
    for (const ListItem &item : items)
        names << item.name;
    if (!names.isEmpty())
        showEmptyHint(names);
}

void MainWindow::runSuggestion()
{
    if (m_emptyHint.field == EmptyResultHint::Field::None)
        return;
    m_form->setQuery(m_emptyHint.applyTo(m_form->query()));
    runQuery();
}

void MainWindow::runQuery()
{
    if (m_archive->isActive())
        return runArchiveQuery();
    m_form->clearFieldErrors();
    m_form->refreshPreset();
    const MailQuery query = m_form->query();
    const QList<FieldError> errors = validateQuery(query) + m_form->formErrors();
    if (!errors.isEmpty()) {
        m_form->showFieldErrors(errors);
        statusBar()->showMessage(tr("Fix the marked fields; nothing was sent."), 5000);
        return;
    }
    if (!m_session->activeProfile()) {
        if (m_session->profileNames().isEmpty())
            return offerFirstRun();
        m_runAfterActivation = true;
        return m_session->activate(m_form->currentProfile());
    }
    m_serviceError.reset();
    m_results->hideError();
    m_results->setEmptyText({});
    m_results->setCurrentTag(query.tagName);
    m_status->runStarted();
    m_detail->clear();
    m_model->startQuery(m_session->client(), query); // a new generation: late replies are dropped
    QSettings settings;
    QuerySettings::save(settings, {query, int(m_form->currentPreset())});
    rememberRun({query, int(m_form->currentPreset())});
    updateStatus();
}

void MainWindow::cancelQuery()
{
    const bool loadingAll = m_loadAll->isRunning(); // between two pages nothing is in flight
    if (!m_model->isLoading() && !loadingAll)
        return;
    m_loadAll->cancel();
    m_model->stop();
    // Stopped fetching stays off until Retry or Load All: scrolling loads nothing.
    statusBar()->showMessage(m_model->rowCount() == 0
                                 ? tr("Cancelled — no rows loaded.")
                                 : tr("Cancelled. Query → Load All Rows or Retry loads more."),
                             5000);
    updateStatus();
}

LookupWindow *MainWindow::openLookup()
{
    if (!m_lookupWindow) {
        m_lookupWindow = new LookupWindow(m_session, m_zone, m_serviceOffset, this);
        connect(m_lookupWindow, &LookupWindow::historyRequested, this, &MainWindow::showRecipientHistory);
    }
    m_lookupWindow->show();
    m_lookupWindow->raise();
    m_lookupWindow->activateWindow();
    return m_lookupWindow;
}

void MainWindow::showRecipientHistory(const QString &address, const MailQuery &range)
{
    MailQuery query = m_form->query();
    query.toAddress = address;
    query.accountName.clear();
    query.tagName.clear();
    query.status.reset(); // the whole history: the lookup's status filter only narrowed its count
    query.start = range.start;
    query.end = range.end;
    m_form->setQuery(query); // a custom range: the lookup's, not a preset's
    runQuery();
    raise();
    activateWindow();
}

void MainWindow::rerunWithFilter(int kind, const QString &value)
{
    MailQuery query = m_form->query();
    query.toAddress.clear();
    query.accountName.clear();
    query.tagName.clear();
    query.status.reset();
    if (kind == int(QueryForm::FilterKind::Recipient))
        query.toAddress = value;
    else if (kind == int(QueryForm::FilterKind::Sender))
        query.accountName = value;
    else
        query.tagName = value;
    const auto preset = m_form->currentPreset();
    m_form->setQuery(query);
    if (preset != QueryForm::Preset::Custom)
        m_form->applyPreset(preset);
    runQuery();
}

void MainWindow::onPageLoaded(int rows, const QString &requestId)
{
    Q_UNUSED(rows);
    Q_UNUSED(requestId); // the status bar shows it
    selectPendingShare();
    updateStatus();
}

void MainWindow::onFetchFailed(const ApiError &error)
{
    m_serviceError = std::make_unique<ApiError>(error);
    if (!m_archive->isActive()) // else shown when the service's table is back (onSourceChanged)
        showServiceError(error);
}

void MainWindow::retryFailedPage()
{
    m_serviceError.reset();
    m_results->hideError();
    m_model->retry();
}

void MainWindow::showServiceError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_form->showFieldErrors({FieldError{u"filter"_s, error.message}});
    }
    const ErrorAdvice advice = ErrorAdvice::forError(error);
    m_results->showError(tr("This page could not be loaded: %1").arg(advice.text), advice.copyText);
    m_results->setErrorActions(advice.remedy == ErrorAdvice::Remedy::Retry,
                               advice.remedy == ErrorAdvice::Remedy::EditProfile);
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_status->update();
}

// "Document — Application" (KDE and GNOME HIGs). Qt appends the application display name itself
// unless the title already ends with it, so the title names only the document: the profile.
void MainWindow::updateTitle()
{
    if (m_demoBanner->isVisible())
        setWindowTitle(tr("Demo"));
    else if (m_session->activeProfile())
        setWindowTitle(m_lastProfile);
    else
        setWindowTitle(QGuiApplication::applicationDisplayName());
}

InvalidAddressWindow *MainWindow::invalidAddressWindow() const
{
    return m_invalidWindow;
}

void MainWindow::openInvalidAddresses()
{
    if (!m_invalidWindow)
        m_invalidWindow = new InvalidAddressWindow(this);
    m_invalidWindow->setConnection(m_session->client(), m_lastProfile, m_serviceOffset);
    m_invalidWindow->setDisplayZone(m_zone);
    m_invalidWindow->show();
    m_invalidWindow->raise();
    m_invalidWindow->activateWindow();
}

void MainWindow::showDetail(int sourceRow)
{
    if (sourceRow < 0)
        return;
    updateDetail(sourceRow);
    m_detailDock->show();
    m_detailDock->raise();
}

void MainWindow::updateDetail(int sourceRow)
{
    const RecordListModel *model = m_results->model();
    if (sourceRow < 0 || sourceRow >= model->rowCount())
        return m_detail->clear();
    const QModelIndex index = model->index(sourceRow, 0);
    m_detail->showRecord(index.data(RecordListModel::RecordRole).value<MailRecord>(),
                         index.data(RecordListModel::RawJsonRole).toJsonObject(), m_serviceOffset);
}

void MainWindow::setDisplayZone(DisplayZone zone)
{
    m_zone = zone;
    const QTimeZone timeZone = DisplayZones::timeZone(zone, m_serviceOffset);
    m_model->setDisplayTimeZone(timeZone);
    m_archive->setDisplayTimeZone(timeZone, m_serviceOffset);
    m_summary->setTimeZone(timeZone);
    m_results->setDisplayTimeZone(timeZone);
    m_results->viewProxy()->setTimeZoneLabel(DisplayZones::label(zone, m_serviceOffset));
    m_results->fitTimeColumn();
    m_form->setDisplayZone(zone);
    m_export->setTimeZone(zone == DisplayZone::Utc       ? ExportTimeZone::utc()
                          : zone == DisplayZone::Service ? ExportTimeZone::fixedOffset(m_serviceOffset)
                                                         : ExportTimeZone::local());
    for (QAction *a : m_zoneActions->actions()) {
        a->setText(DisplayZones::label(DisplayZone(a->data().toInt()), m_serviceOffset));
        a->setChecked(a->data().toInt() == int(zone));
    }
    for (int i = 0; i < m_zoneCombo->count(); ++i)
        m_zoneCombo->setItemText(
            i, DisplayZones::label(DisplayZone(m_zoneCombo->itemData(i).toInt()), m_serviceOffset));
    m_zoneCombo->setCurrentIndex(m_zoneCombo->findData(int(zone)));
    m_detail->invalidAddressCheck()->setDisplayZone(zone, m_serviceOffset);
    if (m_invalidWindow)
        m_invalidWindow->setDisplayZone(zone);
    updateDetail(m_results->currentSourceRow());
}

void MainWindow::onProfileActivated(const Profile &profile)
{
    m_catalog->setConnection(m_session->client(), profile.name);
    m_detail->invalidAddressCheck()->setClient(m_session->client());
    if (profile.name != m_lastProfile) {
        // Another account's rows must not stay on screen under this one's name.
        m_model->clear();
        m_detail->clear();
        m_status->clearRun();
    }
    if (profile.name != m_lastProfile)
        m_archive->setProfile(profile.name);
    m_lastProfile = profile.name;
    updateTitle();
    m_serviceOffset = profile.serviceUtcOffsetSeconds;
    m_form->setProfiles(m_session->profileNames(), profile.name);
    m_form->setServiceUtcOffsetSeconds(m_serviceOffset);
    m_form->setRegionText(AppSession::regionText(profile));
    if (m_invalidWindow)
        m_invalidWindow->setConnection(m_session->client(), profile.name, m_serviceOffset);
    setDisplayZone(m_zone);
    m_serviceError.reset();
    m_results->hideError();
    if (std::exchange(m_runAfterActivation, false))
        runQuery();
}

void MainWindow::openProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_session, this);
        m_profilesDialog->setObjectName(u"profilesDialog"_s);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &ProfilesDialog::profileSaved, this, [this](const QString &name) {
            m_form->setProfiles(m_session->profileNames(), name);
            m_session->activate(name);
        });
        // Imported profiles join the list (profilesChanged); one becomes active only if none is.
        connect(m_profilesDialog, &ProfilesDialog::profilesImported, this, [this](const QStringList &names) {
            if (!m_session->activeProfile())
                m_session->activate(names.constFirst());
        });
    }
    if (!m_lastProfile.isEmpty())
        m_profilesDialog->selectProfile(m_lastProfile);
    m_profilesDialog->open();
}

void MainWindow::openExport()
{
    m_export->openDialog();
}

void MainWindow::start()
{
    m_session->probeKeychain();
    if (m_options.demo)
        return startDemo();
    const bool offered = m_session->offerEnvironmentProfile(
        m_options.environment, this, [this](const EnvironmentProfileOffer &offer) {
            QString text = offer.note; // why the key cannot be used
            if (offer.ok() && offer.note.isEmpty())
                text = tr("The AccessKey of the environment variables is the profile “%1” for this session.")
                           .arg(offer.name);
            else if (offer.ok())
                text = tr("The AccessKey of the environment variables is the profile “%1” for this session; "
                          "%2.")
                           .arg(offer.name, offer.note);
            statusBar()->showMessage(text, 15000);
            startWithProfiles();
        });
    if (!offered)
        startWithProfiles();
}

// The last profile if it is still there, else the first one: a saved profile comes before the
// environment's, which is never remembered (saveSettings), so it is chosen only when alone.
void MainWindow::startWithProfiles()
{
    const QStringList names = m_session->profileNames();
    if (names.isEmpty())
        return offerFirstRun();
    const QString name = names.contains(m_lastProfile) ? m_lastProfile : names.constFirst();
    m_form->setProfiles(names, name);
    m_session->activate(name);
}

void MainWindow::offerFirstRun()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Welcome to Sendtrail"),
                        tr("Sendtrail shows what happened to the mail you sent with Alibaba Cloud Direct "
                           "Mail. To start, add a profile with an AccessKey, or look around with sample "
                           "data first."),
                        QMessageBox::NoButton, this);
    box->setObjectName(u"firstRunMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (m_options.demoBackend) {
        QPushButton *demo = box->addButton(tr("Try the &Demo"), QMessageBox::AcceptRole);
        connect(demo, &QPushButton::clicked, this, &MainWindow::startDemo);
    }
    QPushButton *add = box->addButton(tr("&Add a Profile…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    connect(add, &QPushButton::clicked, this, &MainWindow::openProfiles);
    box->open();
}

void MainWindow::startDemo()
{
    const auto service = m_options.demoBackend ? m_options.demoBackend->start() : std::nullopt;
    if (!service) {
        m_results->showError(tr("The demo sandbox could not start on 127.0.0.1."));
        return;
    }
    m_demoBanner->setVisible(true);
    updateTitle();
    Profile profile;
    profile.name = QString::fromLatin1(kDemoProfile);
    profile.accessKeyId = service->accessKeyId;
    profile.customEndpoint = service->endpoint;
    profile.serviceUtcOffsetSeconds = service->serviceUtcOffsetSeconds;
    auto *sessionProfiles = m_session->sessionProfiles();
    const auto activate = [this](const ProfileOutcome &) {
        m_form->setProfiles(m_session->profileNames(), QString::fromLatin1(kDemoProfile));
        m_form->applyPreset(QueryForm::Preset::Last7Days);
        m_runAfterActivation = true;
        m_session->activate(QString::fromLatin1(kDemoProfile));
    };
    if (sessionProfiles->profiles()->contains(profile.name))
        return activate({});
    sessionProfiles->addProfile(profile, service->accessKeySecret, {}, this, activate);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The first start fits the screen (down to 1024×700) with room for the window frame.
    QSize size(1280, 800);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    resize(size);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    orientSummary(dockWidgetArea(m_summaryDock));
    m_results->restoreHeaderState(settings.value(u"results/header"_s).toByteArray());
    m_lastProfile = settings.value(u"session/lastProfile"_s).toString();
    if (const auto remembered = QuerySettings::load(settings)) {
        m_form->setQuery(remembered->query);
        if (remembered->preset != int(QueryForm::Preset::Custom))
            m_form->applyPreset(QueryForm::Preset(remembered->preset));
    }
    setDisplayZone(DisplayZones::fromKey(settings.value(u"view/displayZone"_s).toString()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"results/header"_s, m_results->saveHeaderState());
    settings.setValue(u"view/displayZone"_s, DisplayZones::key(m_zone));
    if (!m_lastProfile.isEmpty() && !m_session->isSessionOnly(m_lastProfile))
        settings.setValue(u"session/lastProfile"_s, m_lastProfile);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_model->stop();
    event->accept();
}

} // namespace sendtrail
