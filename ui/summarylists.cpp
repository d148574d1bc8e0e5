#include "summarylists.h"

#include "statusicons.h"
#include "summaryentrymodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kTop = 10;

} // namespace

SummaryLists::SummaryLists(QWidget *parent)
    : QObject(parent), m_statusModel(new SummaryEntryModel(tr("Status"), this)),
      m_statusView(createView(parent, m_statusModel, tr("Rows per status"))), m_tabs(new QTabWidget(parent))
{
    const struct
    {
        QString tab;
        QString column;
        QString accessibleName;
    } lists[ListCount] = {
        {tr("Classification"), tr("Classification"), tr("Top error classifications")},
        {tr("SMTP"), tr("SMTP reply"), tr("Top SMTP replies by code")},
        {tr("Domains"), tr("Recipient domain"), tr("Top recipient domains")},
        {tr("Senders"), tr("Sender"), tr("Senders")},
        {tr("Time"), tr("Time"), tr("Rows per hour or day")},
    };
    m_statusView->setObjectName(u"summaryStatusView"_s);
    m_statusView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statusView->setFixedHeight(m_statusView->horizontalHeader()->sizeHint().height() +
                                 5 * m_statusView->verticalHeader()->defaultSectionSize() +
                                 2 * m_statusView->frameWidth());
    m_tabs->setObjectName(u"summaryTabWidget"_s);
    m_tabs->setAccessibleName(tr("Summary lists"));
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < ListCount; ++i) {
        m_models[size_t(i)] = new SummaryEntryModel(lists[i].column, this);
        m_views[size_t(i)] = createView(m_tabs, m_models[size_t(i)], lists[i].accessibleName);
        m_views[size_t(i)]->setObjectName(u"summaryList%1View"_s.arg(i));
        m_tabs->addTab(m_views[size_t(i)], lists[i].tab);
    }
    // Every tab in sight when there is room (the splitter starts at the size hint); narrower, down to
    // 280 pixels, the tab bar scrolls, so the summary fits beside the record details at 1024 pixels.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setMinimumWidth(qMin(m_tabs->tabBar()->sizeHint().width() + 8, 280));
}

QTableView *SummaryLists::createView(QWidget *parent, SummaryEntryModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SummaryEntryModel::NameColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
    view->installEventFilter(this);
    connect(view, &QTableView::clicked, this,
            [this, view](const QModelIndex &index) { activate(view, index); });
    return view;
}

void SummaryLists::setSummary(const Summary &summary, Summary::BucketSize bucketSize)
{
    QList<SummaryEntryModel::Entry> statuses;
    for (int i = 0; i < 5; ++i) {
        const DeliveryStatus status = Summary::statusAt(i); // delivered first: the delivery rate
        if (status != DeliveryStatus::Unknown || summary.count(status) > 0)
            statuses.append({StatusIcons::text(status), summary.count(status),
                             SummaryFilter::byStatus(status), StatusIcons::icon(status)});
    }
    m_statusModel->setEntries(statuses, summary.total());
    for (int list = 0; list < TimeList; ++list) {
        const auto dimension = Summary::Dimension(list);
        QList<SummaryEntryModel::Entry> entries;
        for (const Summary::Entry &entry : summary.top(dimension, kTop))
            entries.append({entry.key, entry.count, SummaryFilter::byKey(dimension, entry.key), {}});
        m_models[size_t(list)]->setEntries(entries, summary.total());
    }
    QList<SummaryEntryModel::Entry> times;
    for (const Summary::Bucket &bucket : summary.buckets(bucketSize))
        times.append(
            {bucket.label, bucket.total(), SummaryFilter::byTime(bucket.startUtc, bucket.endUtc), {}});
    m_models[TimeList]->setEntries(times, summary.total());
}

void SummaryLists::select(const std::optional<SummaryFilter> &filter)
{
    const auto selectIn = [&filter](QTableView *view, SummaryEntryModel *model) {
        const int row = filter ? model->rowOf(*filter) : -1;
        if (row < 0)
            return view->clearSelection();
        view->selectionModel()->select(model->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    selectIn(m_statusView, m_statusModel);
    for (size_t i = 0; i < m_views.size(); ++i)
        selectIn(m_views[i], m_models[i]);
}

void SummaryLists::activate(QTableView *view, const QModelIndex &index)
{
    const auto *model = static_cast<const SummaryEntryModel *>(view->model());
    if (index.isValid() && index.row() < model->entries().size())
        Q_EMIT entryActivated(model->entries().at(index.row()).filter);
}

bool SummaryLists::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QTableView *>(watched);
    if (view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            activate(view, view->currentIndex()); // the keyboard's click
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sendtrail
