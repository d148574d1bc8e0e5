#pragma once

#include "insight/summaryfilter.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QBoxLayout;
class QLabel;
class QSplitter;
class QToolButton;

namespace sendtrail {

class SummaryChart;
class ServiceTotalsView;
class SummaryController;
class SummaryCoverageBar;
class SummaryLists;

// The Summary dock: what it covers ("over 4,400 loaded rows — more available", Complete with
// progress and Cancel, Export), the delivery rate and the counts per status, the tabs of top
// entries, and the chart. Clicking an entry or a bar asks for the table to show only its rows;
// clicking it again, or Esc, asks to undo that. Redraws are throttled while pages stream in.
// Side by side in a top or bottom dock, stacked in a left or right one.
class SummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    explicit SummaryPanel(SummaryController *controller, QWidget *parent = nullptr);

    // Horizontal: overview, lists and chart side by side; vertical: stacked.
    void setOrientation(Qt::Orientation orientation);
    // The filter the table shows now: its entry stays selected.
    void setActiveFilter(const std::optional<SummaryFilter> &filter);
    void refreshNow();
    // The "Service totals" tab, shown for queries by tag or sender (the panel takes the view).
    void addServiceTotals(ServiceTotalsView *view);

    QString coverageText() const;
    SummaryLists *lists() const { return m_lists; }
    SummaryChart *chart() const { return m_chart; }

Q_SIGNALS:
    void refineRequested(const sendtrail::SummaryFilter &filter);
    void refineCleared();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createOverview();
    QToolButton *createExportButton(QWidget *parent);
    void connectController();
    void scheduleRefresh();
    void refresh();
    void toggle(const SummaryFilter &filter);

    SummaryController *m_controller;
    SummaryLists *m_lists;
    SummaryChart *m_chart;
    QWidget *m_overview = nullptr;
    QSplitter *m_splitter = nullptr;
    QBoxLayout *m_layout = nullptr;
    SummaryCoverageBar *m_coverage = nullptr;
    QLabel *m_headline = nullptr;
    QTimer m_refresh;
    std::optional<SummaryFilter> m_active;
    bool m_dirty = false;
};

} // namespace sendtrail
