#include "invalidaddresswindow.h"

#include "api/apiclient.h"
#include "datetimefield.h"
#include "invalidaddressmodel.h"
#include "lists/invalidaddresses.h"
#include "present/permissionadvice.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const auto kGeometryKey = u"invalidAddresses/geometry"_s;

} // namespace

InvalidAddressWindow::InvalidAddressWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_start(new DateTimeField(this)), m_end(new DateTimeField(this)),
      m_limit(new QLabel(this)), m_keyword(new QLineEdit(this)), m_load(new QPushButton(tr("&Load"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)), m_progress(new QProgressBar(this)),
      m_state(new QLabel(this)), m_table(new QTableView(this)),
      m_remove(new QPushButton(tr("&Remove Selected…"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_results(new QPlainTextEdit(this)),
      m_model(new InvalidAddressModel(this))
{
    setObjectName(u"invalidAddressWindow"_s);
    setWindowTitle(tr("Invalid Addresses"));
    setAttribute(Qt::WA_DeleteOnClose, false); // kept, so the last load stays when it is reopened
    for (DateTimeField *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_start->setObjectName(u"invalidStartDateEdit"_s);
    m_end->setObjectName(u"invalidEndDateEdit"_s);
    m_start->setAccessibleName(tr("First day"));
    m_end->setAccessibleName(tr("Last day"));
    m_keyword->setObjectName(u"invalidKeywordLineEdit"_s);
    m_keyword->setAccessibleName(tr("Keyword"));
    m_keyword->setPlaceholderText(tr("Part of an address (optional)"));
    m_keyword->setClearButtonEnabled(true);
    m_limit->setObjectName(u"invalidLimitLabel"_s);
    m_limit->setWordWrap(true);
    m_load->setObjectName(u"invalidLoadButton"_s);
    m_cancel->setObjectName(u"invalidCancelButton"_s);
    m_progress->setObjectName(u"invalidProgressBar"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_state->setObjectName(u"invalidStateLabel"_s);
    m_remove->setObjectName(u"invalidRemoveSelectedButton"_s);
    m_export->setObjectName(u"invalidExportButton"_s);
    m_results->setObjectName(u"invalidResultsPlainTextEdit"_s);
    m_results->setAccessibleName(tr("Removal results"));
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("The result of each removal appears here."));
    m_results->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    m_table->setObjectName(u"invalidTableView"_s);
    m_table->setAccessibleName(tr("Invalid addresses"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InvalidAddressModel::Address, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InvalidAddressModel::Since,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InvalidAddressModel::LastUpdateTime,
                                                      QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_start);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_end);
    range->addWidget(fromLabel);
    range->addWidget(m_start);
    range->addWidget(toLabel);
    range->addWidget(m_end);
    range->addStretch();
    form->addRow(tr("Days:"), range);
    form->addRow(QString(), m_limit);
    auto *keywordLabel = new QLabel(tr("&Keyword:"), this);
    keywordLabel->setBuddy(m_keyword);
    form->addRow(keywordLabel, m_keyword);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addWidget(m_cancel);
    loadRow->addWidget(m_progress, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_remove);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(loadRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_results);

    connect(m_start, &QDateTimeEdit::dateChanged, this, &InvalidAddressWindow::updateLimits);
    connect(m_load, &QPushButton::clicked, this, &InvalidAddressWindow::load);
    connect(m_keyword, &QLineEdit::returnPressed, this, &InvalidAddressWindow::load);
    connect(m_cancel, &QPushButton::clicked, this, &InvalidAddressWindow::cancelLoad);
    connect(m_remove, &QPushButton::clicked, this, &InvalidAddressWindow::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &InvalidAddressWindow::exportWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvalidAddressWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvalidAddressWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InvalidAddressWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvalidAddressWindow::updateButtons);

    resize(760, 560);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    setRange(serviceToday().addDays(1 - InvalidAddressQuery::kMaxSpanDays), serviceToday());
    setDisplayZone(m_zone);
    updateButtons();
}

InvalidAddressWindow::~InvalidAddressWindow() = default;

void InvalidAddressWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

QDate InvalidAddressWindow::serviceToday() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_serviceOffset).date();
}

// The pickers only offer what QueryInvalidAddress accepts, so the service never has to refuse.
void InvalidAddressWindow::updateLimits()
{
    const QDate today = serviceToday();
    m_start->setDateRange(today.addDays(-InvalidAddressQuery::kMaxSpanDays), today);
    const QDate first = m_start->date();
    m_end->setDateRange(first, qMin(today, first.addDays(InvalidAddressQuery::kMaxSpanDays - 1)));
    m_limit->setText(tr("Direct Mail lists whole days of the service's zone (%1): at most %2 days at a time, "
                        "starting no more than %2 days ago. The list dates each address by the failure that "
                        "put it there.")
                         .arg(DisplayZones::offsetText(m_serviceOffset))
                         .arg(InvalidAddressQuery::kMaxSpanDays));
}

void InvalidAddressWindow::setRange(const QDate &first, const QDate &last)
{
    updateLimits();
    m_start->setDate(first);
    updateLimits();
    m_end->setDate(last);
}

QDate InvalidAddressWindow::firstDay() const
{
    return m_start->date();
}

QDate InvalidAddressWindow::lastDay() const
{
    return m_end->date();
}

void InvalidAddressWindow::setKeyword(const QString &keyword)
{
    m_keyword->setText(keyword);
}

void InvalidAddressWindow::setConnection(ApiClient *client, const QString &profile,
                                         int serviceUtcOffsetSeconds)
{
    if (client != m_client || profile != m_profile) {
        cancelLoad();
        m_model->clear();
        m_results->clear();
        m_state->clear();
    }
    m_client = client;
    m_profile = profile;
    m_serviceOffset = serviceUtcOffsetSeconds;
    setRange(m_start->date(), m_end->date());
    setDisplayZone(m_zone);
}

void InvalidAddressWindow::setDisplayZone(DisplayZone zone)
{
    m_zone = zone;
    m_model->setTimeZone(DisplayZones::timeZone(zone, m_serviceOffset),
                         DisplayZones::label(zone, m_serviceOffset));
}

void InvalidAddressWindow::load()
{
    cancelLoad();
    m_model->clear();
    if (!m_client) {
        m_state->setText(ApiError::notConnected().message);
        return;
    }
    InvalidAddressQuery query;
    query.start = m_start->date();
    query.end = m_end->date();
    query.keyword = m_keyword->text().trimmed();
    m_fetcher = new InvalidAddressFetcher(m_client, query, this);
    m_progress->setRange(0, 0); // busy until the first page gives the total
    m_state->setText(tr("Loading…"));
    connect(m_fetcher, &InvalidAddressFetcher::pageLoaded, this,
            [this](const QList<InvalidAddress> &items, qint64 total) {
                m_model->append(items);
                if (total >= 0) {
                    m_progress->setRange(0, int(qMax<qint64>(total, m_model->rowCount())));
                    m_progress->setValue(m_model->rowCount());
                }
                m_state->setText(tr("%1 of %2 addresses loaded…").arg(m_model->rowCount()).arg(total));
            });
    connect(m_fetcher, &InvalidAddressFetcher::finished, this, [this](const QList<InvalidAddress> &items) {
        m_state->setText(tr("%n address(es) on the list in this range.", nullptr, int(items.size())));
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        updateButtons();
        Q_EMIT loadFinished();
    });
    connect(m_fetcher, &InvalidAddressFetcher::fetchFailed, this, [this](const ApiError &error) {
        m_state->setText(tr("Loading failed: %1").arg(PermissionAdvice::describe(error)));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        updateButtons();
        Q_EMIT loadFinished();
    });
    updateButtons();
    m_fetcher->start();
}

void InvalidAddressWindow::cancelLoad()
{
    if (!m_fetcher)
        return;
    m_fetcher->cancel();
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_state->setText(tr("Cancelled: %n address(es) loaded.", nullptr, m_model->rowCount()));
    updateButtons();
}

void InvalidAddressWindow::updateButtons()
{
    const bool loading = isLoading();
    m_load->setEnabled(!loading);
    m_cancel->setEnabled(loading);
    m_remove->setEnabled(!isRemoving() && m_table->selectionModel()->hasSelection());
    m_export->setEnabled(m_model->rowCount() > 0);
}

QString InvalidAddressWindow::stateText() const
{
    return m_state->text();
}

QString InvalidAddressWindow::resultsText() const
{
    return m_results->toPlainText();
}

} // namespace sendtrail
