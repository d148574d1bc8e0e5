#pragma once

#include "insight/summary.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace sendtrail {

class AppSession;
class QueryRun;
class RecordTableModel;
class SummarySink;

// What the Summary panel shows: the table's loaded rows counted as pages arrive (cleared on a
// new query, recounted when the zone changes), or, after complete(), the whole query fetched
// through the bulk QueryRun into a SummarySink. A new query or another zone drops back to the
// loaded rows; cancelling a completion keeps them.
class SummaryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryController)

public:
    enum class Coverage
    {
        NoQuery,    // nothing run yet
        LoadedRows, // the loaded rows; the query has more
        AllLoaded,  // the table holds the whole query
        WholeQuery, // fetched to the end by complete()
    };

    SummaryController(RecordTableModel *model, AppSession *session, QObject *parent = nullptr);
    ~SummaryController() override;

    const Summary &summary() const { return m_archive ? *m_archive : m_whole ? *m_whole : m_loaded; }
    const Summary &loadedSummary() const { return m_loaded; }
    // The same counts in the service's zone, whose days the service's own daily totals use.
    const Summary &serviceZoneSummary() const
    {
        return m_archive ? *m_archive : m_wholeService ? *m_wholeService : m_loadedService;
    }
    Coverage coverage() const;
    bool canComplete() const;
    bool isCompleting() const { return m_run != nullptr; }

    // Hours and days of `zone`; recounts the loaded rows and forgets a completed summary.
    void setTimeZone(const QTimeZone &zone);
    void complete();
    void cancelComplete();
    // Archive mode: the archive's SQL aggregates of its whole selection, shown instead of the
    // table's rows (nullopt: back to them).
    void setArchiveSummary(const std::optional<Summary> &summary);
    bool showsArchive() const { return m_archive.has_value(); }

Q_SIGNALS:
    void summaryChanged();  // counts grew: pages arrived
    void summaryReplaced(); // another summary, another coverage: show it at once
    void completeProgressed(qint64 records, double fraction, qint64 etaSeconds); // fraction, eta: -1 unknown
    void completeStarted();
    void completeEnded();
    void completeFailed(const QString &message);

private:
    void onRowsInserted();
    void recount();
    QTimeZone serviceZone() const;
    void endRun();

    RecordTableModel *m_model;
    AppSession *m_session;
    Summary m_loaded;
    Summary m_loadedService;
    qsizetype m_counted = 0; // store rows [0, m_counted) are in the loaded summaries
    std::optional<Summary> m_whole;
    std::optional<Summary> m_wholeService;
    std::optional<Summary> m_archive;
    QueryRun *m_run = nullptr; // our child while completing
    QPointer<SummarySink> m_sink;
};

} // namespace sendtrail
