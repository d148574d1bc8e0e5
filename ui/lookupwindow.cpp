#include "lookupwindow.h"

#include "connection/appsession.h"
#include "datetimefield.h"
#include "lookup/lookupresultmodel.h"
#include "lookup/lookupwriter.h"
#include "lookupinput.h"
#include "present/permissionadvice.h"
#include "records/mailrecord.h"
#include "statusicons.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

LookupWindow::LookupWindow(AppSession *session, DisplayZone zone, int serviceUtcOffsetSeconds,
                           QWidget *parent)
    : QDialog(parent), m_session(session), m_zone(zone), m_serviceOffset(serviceUtcOffsetSeconds),
      m_input(new LookupInput(this)), m_model(new LookupResultModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"lookupWindow"_s);
    setWindowTitle(tr("Look Up Recipients"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model->setTimeZone(DisplayZones::timeZone(zone, serviceUtcOffsetSeconds));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *inputLabel = new QLabel(tr("&Addresses:"), top);
    inputLabel->setBuddy(m_input->findChild<QWidget *>(u"lookupInputEdit"_s));
    topLayout->addWidget(inputLabel);
    topLayout->addWidget(m_input, 1);
    topLayout->addWidget(createRangeRow());

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_progressBar = new QProgressBar(bottom);
    m_progressBar->setObjectName(u"lookupProgressBar"_s);
    m_progressBar->setAccessibleName(tr("Lookup progress"));
    m_progressLabel = new QLabel(bottom);
    m_progressLabel->setObjectName(u"lookupProgressLabel"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_progressLabel, 2);
    bottomLayout->addLayout(progressRow);
    m_table = new QTableView(bottom);
    setupTable();
    bottomLayout->addWidget(m_table, 1);
    m_exportButton = new QPushButton(tr("&Export…"), bottom);
    m_exportButton->setObjectName(u"lookupExportButton"_s);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_exportButton);
    bottomLayout->addLayout(exportRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_input, &LookupInput::listChanged, this, &LookupWindow::updateButtons);
    connect(m_runButton, &QPushButton::clicked, this, &LookupWindow::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &LookupWindow::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &LookupWindow::chooseExportFile);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString address = m_model->addressAt(m_proxy->mapToSource(index).row());
        if (!address.isEmpty())
            Q_EMIT historyRequested(address, m_runRange);
    });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    setRange(now.addDays(-30), now);
    resize(1000, 720);
    restoreGeometry(QSettings().value(u"lookup/geometry"_s).toByteArray());
    updateButtons();
}

LookupWindow::~LookupWindow() = default;

QWidget *LookupWindow::createRangeRow()
{
    auto *row = new QWidget(this);
    auto *grid = new QHBoxLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addEdit = [&](const QString &label, const QString &name, const QString &accessible) {
        auto *edit = new DateTimeField(row);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s); // the query form's style
        edit->setTimeSpec(Qt::UTC);                    // naive wall times of the display zone
        auto *buddy = new QLabel(label, row);
        buddy->setBuddy(edit);
        grid->addWidget(buddy);
        grid->addWidget(edit);
        return edit;
    };
    m_startEdit = addEdit(tr("&From:"), u"lookupStartEdit"_s, tr("Range start"));
    m_endEdit = addEdit(tr("&To:"), u"lookupEndEdit"_s, tr("Range end"));
    m_statusCombo = new QComboBox(row);
    m_statusCombo->setObjectName(u"lookupStatusCombo"_s);
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("Any status"), QVariant());
    for (DeliveryStatus status : {DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress,
                                  DeliveryStatus::Spam, DeliveryStatus::Failed})
        m_statusCombo->addItem(StatusIcons::icon(status), StatusIcons::text(status), int(status));
    auto *statusLabel = new QLabel(tr("&Status:"), row);
    statusLabel->setBuddy(m_statusCombo);
    grid->addWidget(statusLabel);
    grid->addWidget(m_statusCombo);
    grid->addStretch(1);
    m_runButton = new QPushButton(tr("&Run"), row);
    m_runButton->setObjectName(u"lookupRunButton"_s);
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("&Cancel"), row);
    m_cancelButton->setObjectName(u"lookupCancelButton"_s);
    grid->addWidget(m_runButton);
    grid->addWidget(m_cancelButton);
    return row;
}

void LookupWindow::setupTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LookupResultModel::SortRole);
    m_table->setObjectName(u"lookupResultsView"_s);
    m_table->setAccessibleName(tr("Lookup results"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // input order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 70, 60, 110, 140, 150, 220};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    auto *copy = new QAction(tr("&Copy Rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LookupWindow::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool LookupWindow::isRunning() const
{
    return m_run && m_run->isRunning();
}

MailQuery LookupWindow::range() const
{
    const QTimeZone zone = DisplayZones::timeZone(m_zone, m_serviceOffset);
    const auto instant = [&zone](const QDateTimeEdit *edit) {
        const QDateTime wall = edit->dateTime();
        return QDateTime(wall.date(), wall.time(), zone).toUTC();
    };
    MailQuery query;
    query.start = instant(m_startEdit);
    query.end = instant(m_endEdit);
    query.serviceUtcOffsetSeconds = m_serviceOffset;
    if (const QVariant status = m_statusCombo->currentData(); status.isValid())
        query.status = status.toInt();
    return query;
}

void LookupWindow::setRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    const auto toWall = [this](const QDateTime &instant) {
        const QDateTime local = DisplayZones::toZone(instant, m_zone, m_serviceOffset);
        return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
    };
    m_startEdit->setDateTime(toWall(startUtc));
    // Ceiled to the minute, so "now" includes the mail of the current minute.
    m_endEdit->setDateTime(toWall(endUtc.addSecs(endUtc.time().second() > 0 ? 60 : 0)));
}

void LookupWindow::updateButtons()
{
    const bool running = isRunning();
    const auto &list = m_input->list();
    m_runButton->setEnabled(!running && list && list->addressCount() > 0 && !m_input->isLoading());
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(!running && m_model->rowCount() > 0);
    m_input->setEnabled(!running);
}

void LookupWindow::run()
{
    const auto &list = m_input->list();
    if (isRunning() || !list || list->addressCount() == 0)
        return;
    const MailQuery query = range();
    if (const QList<FieldError> errors = validateQuery(query); !errors.isEmpty())
        return onEnded(errors.constFirst().message);
    if (!m_session->activeProfile())
        return onEnded(tr("Choose a profile in the main window first."));
    m_runRange = query;
    m_model->setList(*list);
    m_run = new LookupRun(m_session->client(), list->addresses(), query, {}, this);
    connect(m_run, &LookupRun::addressFinished, this,
            [this](int index) { m_model->updateResult(index, m_run->results().at(index)); });
    connect(m_run, &LookupRun::progressed, this, &LookupWindow::onProgress);
    connect(m_run, &LookupRun::finished, this, [this] { onEnded({}); });
    connect(m_run, &LookupRun::cancelled, this,
            [this] { onEnded(tr("Cancelled; the rows keep what was looked up.")); });
    connect(m_run, &LookupRun::aborted, this, [this](const ApiError &error) {
        onEnded(tr("Lookup failed: %1").arg(PermissionAdvice::describe(error)));
    });
    m_progressBar->setRange(0, list->addressCount());
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Looking up %1 addresses…").arg(QLocale().toString(list->addressCount())));
    m_run->start();
    updateButtons();
}

void LookupWindow::cancel()
{
    if (isRunning())
        m_run->cancel(); // ends in cancelled → onEnded
}

void LookupWindow::onProgress(const LookupProgress &p)
{
    m_progressBar->setValue(p.addressesDone);
    m_progressLabel->setText(tr("%1 of %2 looked up (%3 found, %4 failed), %5")
                                 .arg(QLocale().toString(p.addressesDone),
                                      QLocale().toString(p.addressesTotal), QLocale().toString(p.found),
                                      QLocale().toString(p.failed), LookupRun::etaText(p.etaSeconds)));
}

void LookupWindow::onEnded(const QString &message)
{
    if (m_run) {
        m_model->setResults(m_run->results());
        const LookupProgress p = m_run->progress();
        m_progressBar->setValue(p.addressesDone);
        if (message.isEmpty())
            m_progressLabel->setText(tr("Done: %1 addresses, %2 found, %3 failed, in %4 s")
                                         .arg(QLocale().toString(p.addressesTotal),
                                              QLocale().toString(p.found), QLocale().toString(p.failed))
                                         .arg(p.elapsedSeconds, 0, 'f', 1));
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (!message.isEmpty())
        m_progressLabel->setText(message);
    updateButtons();
    Q_EMIT runEnded();
}

bool LookupWindow::exportTo(const QString &path, QString *error)
{
    LookupWriter::Options options;
    options.serviceUtcOffsetSeconds = m_serviceOffset;
    const QString suffix = QFileInfo(path).suffix().toLower();
    options.format = suffix == u"jsonl"_s  ? LookupWriter::Format::Jsonl
                     : suffix == u"xlsx"_s ? LookupWriter::Format::Xlsx
                                           : LookupWriter::Format::Csv;
    // At most 10,000 rows: written in well under a second, so on this thread.
    return LookupWriter::writeFile(path, m_model->list(), m_model->results(), options, error);
}

void LookupWindow::chooseExportFile()
{
    QSettings settings;
    const QString folder = settings.value(u"lookup/lastFolder"_s).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Lookup Results"), QDir(folder).filePath(u"lookup.csv"_s),
        tr("CSV (*.csv);;Excel workbook (*.xlsx);;JSON Lines (*.jsonl)"), &selected);
    if (path.isEmpty())
        return;
    settings.setValue(u"lookup/lastFolder"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Lookup Results"), error);
    else
        m_progressLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void LookupWindow::copySelection()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells.append(m_proxy->index(row.row(), c).data().toString().replace(u'\t', u' '));
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void LookupWindow::closeEvent(QCloseEvent *event)
{
    cancel(); // nobody would see the rest arrive
    QDialog::closeEvent(event);
}

void LookupWindow::hideEvent(QHideEvent *event)
{
    QSettings().setValue(u"lookup/geometry"_s, saveGeometry());
    QDialog::hideEvent(event);
}

void LookupWindow::reject()
{
    if (isRunning())
        return cancel();
    QDialog::reject();
}

} // namespace sendtrail
