#include "resultsview.h"

#include "elidedtooltipdelegate.h"
#include "filterchip.h"
#include "present/rowformatter.h"
#include "quickfilterproxy.h"
#include "records/recordcolumns.h"
#include "records/recordlistmodel.h"
#include "recordviewproxy.h"
#include "resultscolumns.h"
#include "statusicons.h"
#include "visiblecolumnsproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sendtrail {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent), m_viewProxy(new RecordViewProxy(this)), m_filterProxy(new QuickFilterProxy(this)),
      m_columnsProxy(new VisibleColumnsProxy(this)), m_table(new QTableView(this)),
      m_columns(new ResultsColumns(m_table, m_columnsProxy, m_viewProxy))
{
    m_filterProxy->setSourceModel(m_viewProxy);
    m_columnsProxy->setSourceModel(m_filterProxy);
    m_table->setObjectName(u"resultsTableView"_s);
    m_table->setAccessibleName(tr("Records"));
    m_table->setModel(m_columnsProxy);
    for (auto signal : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_columnsProxy, signal, this, &ResultsView::syncSortIndicator);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab moves between controls; the arrows move between cells
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    auto *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (const auto column = m_columns->column(section))
            cycleSort(int(*column));
    });
    m_table->installEventFilter(this);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResultsView::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ResultsView::showRowMenu);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT detailRequested(sourceRowOf(index)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    layout->addWidget(createErrorBar());
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"loadingProgressBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading a page"));
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setTextInteractionFlags(Qt::TextBrowserInteraction); // the link is reachable by Tab
    connect(m_emptyLabel, &QLabel::linkActivated, this, &ResultsView::suggestionActivated);
    layout->addWidget(m_emptyLabel);
    createActions();
}

QWidget *ResultsView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"quickFilterLineEdit"_s);
    m_filterEdit->setAccessibleName(tr("Quick filter"));
    m_filterEdit->setPlaceholderText(tr("Quick filter: text in any column (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterStatus = new QComboBox(bar);
    m_filterStatus->setObjectName(u"quickStatusComboBox"_s);
    m_filterStatus->setAccessibleName(tr("Quick filter status"));
    m_filterStatus->addItem(tr("Any status"));
    for (DeliveryStatus s : {DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress, DeliveryStatus::Spam,
                             DeliveryStatus::Failed})
        m_filterStatus->addItem(StatusIcons::icon(s), StatusIcons::text(s), int(s));
    m_filterNote = new QLabel(tr("Filters loaded rows only; no new pages load while it is set."), bar);
    m_filterNote->setObjectName(u"quickFilterNoteLabel"_s);
    m_filterNote->setEnabled(false); // greyed: a note, not an error
    row->addWidget(m_filterEdit, 2);
    m_chip = new FilterChip(bar);
    m_chip->setVisible(false);
    row->addWidget(m_filterStatus);
    row->addWidget(m_chip);
    row->addWidget(m_filterNote, 3);
    connect(m_chip, &FilterChip::clearRequested, this, [this] { setSummaryFilter(std::nullopt); });
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ResultsView::applyQuickFilter);
    connect(m_filterStatus, &QComboBox::currentIndexChanged, this, &ResultsView::applyQuickFilter);
    return bar;
}

QFrame *ResultsView::createErrorBar()
{
    m_errorBar = new QFrame(this);
    m_errorBar->setObjectName(u"errorBarFrame"_s);
    m_errorBar->setFrameShape(QFrame::StyledPanel);
    m_errorBar->setStyleSheet(u"#errorBarFrame { background: #fdecea; border: 1px solid #c62828; }"_s);
    auto *row = new QHBoxLayout(m_errorBar);
    auto *icon = new QLabel(m_errorBar);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(tr("Try A&gain"), m_errorBar);
    m_retryButton->setObjectName(u"retryButton"_s);
    connect(m_retryButton, &QPushButton::clicked, this, &ResultsView::retryRequested);
    m_editProfileButton = new QPushButton(tr("Edit Profile…"), m_errorBar);
    m_editProfileButton->setObjectName(u"editProfileButton"_s);
    // Every letter of its name is taken in this window (the form and the menus); Tab reaches it.
    m_editProfileButton->setToolTip(tr("Open the profile to correct its AccessKey"));
    connect(m_editProfileButton, &QPushButton::clicked, this, &ResultsView::editProfileRequested);
    m_copyButton = new QPushButton(tr("Cop&y Policy"), m_errorBar);
    m_copyButton->setObjectName(u"copyPolicyButton"_s);
    m_copyButton->setToolTip(tr("Copy the RAM policy to hand to an administrator"));
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_copyText); });
    row->addWidget(icon);
    row->addWidget(m_errorLabel, 1);
    row->addWidget(m_copyButton);
    row->addWidget(m_editProfileButton);
    row->addWidget(m_retryButton);
    m_errorBar->setVisible(false);
    return m_errorBar;
}

void ResultsView::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, void (ResultsView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    m_copyCell = make(tr("&Copy Cell"), QKeySequence::Copy, &ResultsView::copyCell);
    m_copyTsv = make(tr("Copy Rows as &TSV"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                     &ResultsView::copyRowsAsTsv);
    m_copyJson = make(tr("Copy Rows as &JSON"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                      &ResultsView::copyRowsAsJson);
    m_serviceOrder = new QAction(tr("Sort by Time (Service &Order)"), this);
    m_serviceOrder->setObjectName(u"serviceOrderAction"_s);
    m_serviceOrder->setCheckable(true);
    m_serviceOrder->setChecked(true);
    connect(m_serviceOrder, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->clearSort();
        syncSortIndicator(); // a checkable action unchecks itself on a click
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    addAction(find);
}

void ResultsView::setModel(RecordListModel *model)
{
    if (model == m_model)
        return;
    const bool first = !m_model;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_viewProxy->setSourceModel(model);
    if (first)
        resetColumns(); // a later switch keeps the columns the user arranged
    connect(model, &RecordListModel::sortStateChanged, this, &ResultsView::syncSortIndicator);
    syncSortIndicator();
    if (!first)
        return; // the table's selection model stays: the proxies change their source only
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(sourceRowOf(current)); });
}

void ResultsView::cycleSort(int column)
{
    if (!m_model)
        return;
    const auto key = m_model->sortKey();
    if (!key || int(key->column) != column)
        m_model->sort(column, Qt::AscendingOrder);
    else if (key->order == Qt::AscendingOrder)
        m_model->sort(column, Qt::DescendingOrder);
    else
        m_model->clearSort();
    syncSortIndicator(); // the header flipped its own arrow on the click
}

void ResultsView::syncSortIndicator()
{
    auto *header = m_table->horizontalHeader();
    const auto key = m_model ? m_model->sortKey() : std::nullopt;
    const QSignalBlocker blocker(header);
    const int section = key ? m_columns->section(Column(key->column)) : -1;
    header->setSortIndicatorShown(section >= 0); // none while the sorted column is hidden
    if (section >= 0)
        header->setSortIndicator(section, key->order);
    m_serviceOrder->setChecked(!key);
}

void ResultsView::resetColumns()
{
    m_columns->reset();
    syncSortIndicator();
}

void ResultsView::fitTimeColumn()
{
    m_columns->fitTimeColumn();
}

void ResultsView::setLoading(bool loading)
{
    m_busy->setVisible(loading);
}

void ResultsView::showError(const QString &text, const QString &copyText)
{
    m_errorLabel->setText(text);
    m_copyText = copyText;
    m_copyButton->setVisible(!copyText.isEmpty());
    setErrorActions(true, false);
    m_errorBar->setVisible(true);
}

void ResultsView::setErrorActions(bool retry, bool editProfile)
{
    m_retryButton->setVisible(retry);
    m_editProfileButton->setVisible(editProfile);
}

void ResultsView::hideError()
{
    m_errorBar->setVisible(false);
}

void ResultsView::setEmptyText(const QString &text)
{
    setEmptyText(text, {});
}

void ResultsView::setEmptyText(const QString &text, const QString &suggestionLabel)
{
    QString html = text.toHtmlEscaped();
    if (!suggestionLabel.isEmpty())
        html += u"<br><a href=\"suggestion\">"_s + suggestionLabel.toHtmlEscaped() + u"</a>"_s;
    m_emptyLabel->setText(html);
    m_emptyLabel->setAccessibleName(text);
    m_emptyLabel->setVisible(!text.isEmpty());
}

void ResultsView::setCurrentTag(const QString &tag)
{
    m_tag = tag;
}

void ResultsView::setSummaryFilter(const std::optional<SummaryFilter> &filter)
{
    if (filter == m_filterProxy->summaryFilter())
        return;
    m_filterProxy->setSummaryFilter(filter);
    setDisplayTimeZone(m_zone);
    m_chip->setVisible(filter.has_value());
    applyQuickFilter();
    Q_EMIT summaryFilterChanged();
}

std::optional<SummaryFilter> ResultsView::summaryFilter() const
{
    return m_filterProxy->summaryFilter();
}

void ResultsView::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (const auto &filter = m_filterProxy->summaryFilter())
        m_chip->setDescription(filter->description(m_zone));
}

void ResultsView::applyQuickFilter()
{
    m_filterProxy->setText(m_filterEdit->text());
    const QVariant status = m_filterStatus->currentData();
    m_filterProxy->setStatus(status.isValid() ? std::optional(DeliveryStatus(status.toInt())) : std::nullopt);
    QFont font = m_filterNote->font();
    font.setBold(m_filterProxy->isFiltering());
    m_filterNote->setFont(font);
    m_filterNote->setEnabled(m_filterProxy->isFiltering());
}

int ResultsView::currentSourceRow() const
{
    return sourceRowOf(m_table->currentIndex());
}

int ResultsView::sourceRowOf(const QModelIndex &viewIndex) const
{
    const QModelIndex filtered = m_columnsProxy->mapToSource(viewIndex);
    return filtered.isValid() ? m_filterProxy->mapToSource(filtered).row() : -1;
}

QList<int> ResultsView::selectedSourceRows() const
{
    QList<int> proxyRows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    if (proxyRows.isEmpty() && m_table->currentIndex().isValid())
        proxyRows << m_table->currentIndex().row();
    QList<int> rows;
    for (int r : std::as_const(proxyRows))
        rows << m_filterProxy->mapToSource(m_filterProxy->index(r, 0)).row();
    return rows;
}

QString ResultsView::sourceText(int sourceRow, int column) const
{
    return m_model ? m_model->data(m_model->index(sourceRow, column)).toString() : QString();
}

void ResultsView::copyCell()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data().toString());
}

void ResultsView::copyRowsAsTsv()
{
    QList<int> columns;
    QStringList titles;
    for (Column column : m_columns->visibleInOrder()) {
        columns << int(column);
        titles << m_viewProxy->headerData(int(column), Qt::Horizontal).toString();
    }
    QList<QStringList> rows;
    for (int row : selectedSourceRows()) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << sourceText(row, c);
        rows << cells;
    }
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(RowFormatter::toTsv(titles, rows));
}

void ResultsView::copyRowsAsJson()
{
    QList<QJsonObject> records;
    for (int row : selectedSourceRows())
        records << m_model->data(m_model->index(row, 0), RecordListModel::RawJsonRole).toJsonObject();
    if (!records.isEmpty())
        QGuiApplication::clipboard()->setText(RowFormatter::toJson(records));
}

void ResultsView::showHeaderMenu(const QPoint &pos)
{
    auto *header = m_table->horizontalHeader();
    QMenu menu(this);
    m_columns->addVisibilityActions(menu);
    menu.addSeparator();
    const auto column = m_columns->column(header->logicalIndexAt(pos));
    addSortActions(menu, column ? int(*column) : -1);
    menu.addAction(tr("Reset Columns"), this, &ResultsView::resetColumns);
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void ResultsView::addSortActions(QMenu &menu, int column)
{
    if (column < 0 || !m_model)
        return;
    const QString title = m_viewProxy->headerData(column, Qt::Horizontal).toString();
    menu.addAction(tr("Sort by %1, &Ascending").arg(title), this,
                   [this, column] { m_model->sort(column, Qt::AscendingOrder); });
    menu.addAction(tr("Sort by %1, &Descending").arg(title), this,
                   [this, column] { m_model->sort(column, Qt::DescendingOrder); });
    menu.addAction(m_serviceOrder);
    menu.addSeparator();
}

void ResultsView::showRowMenu(const QPoint &pos)
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    QMenu menu(this);
    menu.addAction(m_copyCell);
    menu.addAction(m_copyTsv);
    menu.addAction(m_copyJson);
    menu.addSeparator();
    menu.addAction(tr("Show &Details"), this, [this, row] { Q_EMIT detailRequested(row); });
    const QString to = sourceText(row, int(Column::ToAddress));
    const QString from = sourceText(row, int(Column::AccountName));
    if (!to.isEmpty())
        menu.addAction(tr("All Mail &to %1").arg(to), this,
                       [this, to] { Q_EMIT recipientFilterRequested(to); });
    if (!from.isEmpty())
        menu.addAction(tr("All Mail &from %1").arg(from), this,
                       [this, from] { Q_EMIT senderFilterRequested(from); });
    if (!m_tag.isEmpty())
        menu.addAction(tr("All Mail with Tag %1").arg(m_tag), this,
                       [this] { Q_EMIT tagFilterRequested(m_tag); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ResultsView::selectSourceRow(int sourceRow)
{
    const QModelIndex index = m_columnsProxy->mapFromSource(
        m_filterProxy->mapFromSource(m_viewProxy->mapFromSource(m_model->index(sourceRow, 0))));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QByteArray ResultsView::saveHeaderState() const
{
    return m_columns->saveState();
}

bool ResultsView::restoreHeaderState(const QByteArray &state)
{
    const bool restored = m_columns->restoreState(state);
    syncSortIndicator();
    return restored;
}

bool ResultsView::eventFilter(QObject *watched, QEvent *event)
{
    const bool escape = (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
                        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
    if (watched == m_table && escape && summaryFilter()) {
        // Esc takes the summary's narrowing away before it means "cancel the query".
        event->accept();
        if (event->type() == QEvent::KeyPress)
            setSummaryFilter(std::nullopt);
        return true;
    }
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        handleTableKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool ResultsView::handleTableKey(const QKeyEvent *key)
{
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && key->modifiers() == Qt::NoModifier && currentSourceRow() >= 0) {
        Q_EMIT detailRequested(currentSourceRow());
        return true;
    }
    if (key->key() == Qt::Key_End && key->modifiers() == Qt::ControlModifier) {
        // The last loaded row, and all the rows still to come rather than one page per press.
        const int last = m_columnsProxy->rowCount() - 1;
        if (last >= 0)
            m_table->setCurrentIndex(
                m_columnsProxy->index(last, std::max(0, m_table->currentIndex().column())));
        if (m_model && m_model->hasMoreRows())
            Q_EMIT loadAllRequested();
        return true;
    }
    return false;
}

} // namespace sendtrail
