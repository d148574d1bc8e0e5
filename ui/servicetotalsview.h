#pragma once

#include "lists/dailystats.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sendtrail {

class AppSession;
class RecordTableModel;
class SummaryController;

// For a query by tag or sender: the service's own daily totals (SenderStatisticsByTagNameAndBatchID)
// beside the records counted for the same days, and, when they disagree, why, in words. Asks the
// service once per query; recompares as pages arrive or Complete finishes.
class ServiceTotalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTotalsView)

public:
    ServiceTotalsView(SummaryController *controller, RecordTableModel *model, AppSession *session,
                      QWidget *parent = nullptr);
    ~ServiceTotalsView() override;

    bool isApplicable() const { return m_applicable; }
    bool hasTotals() const { return m_loaded; }
    QString verdictText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void applicabilityChanged(bool applicable);

private:
    void onQueryChanged();
    void refresh();

    SummaryController *m_controller;
    RecordTableModel *m_model;
    AppSession *m_session;
    QLabel *m_verdict;
    QTableWidget *m_table;
    QPointer<StatsFetcher> m_fetcher;
    QList<DailyStat> m_days;
    StatsPlan m_plan;
    bool m_applicable = false;
    bool m_loaded = false;
};

} // namespace sendtrail
