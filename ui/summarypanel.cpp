#include "summarypanel.h"

#include "servicetotalsview.h"
#include "summarychart.h"
#include "summarycontroller.h"
#include "summarycoveragebar.h"
#include "summaryexport.h"
#include "summarylists.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kRefreshMs = 250;        // at most four redraws a second while pages stream in
constexpr int kOverviewMaxWidth = 360; // side by side: the lists and the chart take the rest
constexpr int kStackedMinWidth = 400;  // stacked: the legend without eliding

} // namespace

SummaryPanel::SummaryPanel(SummaryController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_lists(new SummaryLists(this)),
      m_chart(new SummaryChart(this))
{
    m_chart->setObjectName(u"summaryChart"_s);
    connect(m_lists, &SummaryLists::entryActivated, this, &SummaryPanel::toggle);
    connect(m_chart, &SummaryChart::bucketSizeChanged, this, &SummaryPanel::refreshNow);
    connect(m_chart, &SummaryChart::bucketClicked, this, [this](int index) {
        if (index >= 0 && index < m_chart->buckets().size())
            toggle(SummaryFilter::byTime(m_chart->buckets().at(index).startUtc,
                                         m_chart->buckets().at(index).endUtc));
    });
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"summarySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_lists->tabs());
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 0); // the lists as wide as their tabs, the chart the rest
    m_splitter->setStretchFactor(1, 1);
    // Every tab in sight to begin with; narrower than that the tab bar scrolls (SummaryLists).
    m_splitter->setSizes({m_lists->tabs()->tabBar()->sizeHint().width() + 8, 4096});
    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->addWidget(createOverview());
    m_layout->addWidget(m_splitter, 1);
    setOrientation(Qt::Vertical);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SummaryPanel::refresh);
    connectController();
    refreshNow();
}

QWidget *SummaryPanel::createOverview()
{
    m_overview = new QWidget(this);
    m_coverage = new SummaryCoverageBar(m_controller, m_overview);
    m_coverage->setObjectName(u"summaryCoverageBar"_s);
    m_headline = new QLabel(m_overview);
    m_headline->setObjectName(u"summaryHeadlineLabel"_s);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    auto *grid = new QGridLayout(m_overview);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_coverage, 0, 0);
    grid->addWidget(createExportButton(m_overview), 0, 1, Qt::AlignTop);
    grid->addWidget(m_headline, 1, 0, 1, 2);
    grid->addWidget(m_lists->statusView(), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(3, 1);
    return m_overview;
}

QToolButton *SummaryPanel::createExportButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(u"exportSummaryButton"_s);
    button->setText(tr("Export"));
    button->setAccessibleName(tr("Export the summary or the chart"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const auto add = [this, menu](const QString &text, SummaryExport::Kind kind) {
        menu->addAction(text, this, [this, kind] {
            SummaryExport::saveWithDialog(this, kind, m_controller->summary(), m_chart->chartView());
        });
    };
    add(tr("Summary as &CSV…"), SummaryExport::Kind::Csv);
    add(tr("Chart as &PNG…"), SummaryExport::Kind::Png);
    add(tr("Chart as &SVG…"), SummaryExport::Kind::Svg);
    button->setMenu(menu);
    return button;
}

void SummaryPanel::connectController()
{
    connect(m_controller, &SummaryController::summaryChanged, this, &SummaryPanel::scheduleRefresh);
    connect(m_controller, &SummaryController::summaryReplaced, this, [this] {
        m_coverage->hideMessage();
        refreshNow();
    });
}

void SummaryPanel::setOrientation(Qt::Orientation orientation)
{
    const bool sideBySide = orientation == Qt::Horizontal;
    m_layout->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_splitter->setOrientation(orientation);
    m_overview->setMaximumWidth(sideBySide ? kOverviewMaxWidth : QWIDGETSIZE_MAX);
    setMinimumWidth(sideBySide ? 0 : kStackedMinWidth);
}

void SummaryPanel::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void SummaryPanel::refreshNow()
{
    m_refresh.stop();
    refresh();
}

void SummaryPanel::refresh()
{
    m_coverage->updateCoverage();
    if (!isVisible()) { // counted anyway; drawn when shown
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const Summary &summary = m_controller->summary();
    const QLocale locale;
    m_lists->setSummary(summary, m_chart->bucketSize());
    m_chart->setSummary(summary);
    m_headline->setText(
        summary.total() == 0
            ? tr("No rows to count yet")
            : tr("Delivery rate %1%2 of %3 rows")
                  .arg(locale.toString(100.0 * summary.share(DeliveryStatus::Delivered), 'f', 1),
                       locale.percent(), locale.toString(summary.total())));
    m_lists->select(m_active);
}

void SummaryPanel::addServiceTotals(ServiceTotalsView *view)
{
    QTabWidget *tabs = m_lists->tabs();
    const int index = tabs->addTab(view, tr("Service totals"));
    tabs->setTabVisible(index, view->isApplicable());
    connect(view, &ServiceTotalsView::applicabilityChanged, tabs,
            [tabs, view](bool applicable) { tabs->setTabVisible(tabs->indexOf(view), applicable); });
}

QString SummaryPanel::coverageText() const
{
    return m_coverage->text();
}

void SummaryPanel::toggle(const SummaryFilter &filter)
{
    if (m_active == filter)
        Q_EMIT refineCleared();
    else
        Q_EMIT refineRequested(filter);
}

void SummaryPanel::setActiveFilter(const std::optional<SummaryFilter> &filter)
{
    m_active = filter;
    m_lists->select(m_active);
}

bool SummaryPanel::event(QEvent *event)
{
    // Esc anywhere in the panel takes the table's narrowing away, before it means "cancel the query".
    const bool escape = (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
                        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
    if (escape && m_active) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            Q_EMIT refineCleared();
        return true;
    }
    return QWidget::event(event);
}

void SummaryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

} // namespace sendtrail
