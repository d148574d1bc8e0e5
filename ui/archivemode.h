#pragma once

#include "archive/archivelocation.h"
#include "archive/archivetypes.h"
#include "insight/summary.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <memory>
#include <optional>

class QLabel;
class QStatusBar;

namespace sendtrail {

class ArchiveReader;
class ArchiveTableModel;
class QueryForm;
class ResultsView;

// The main window's Archive mode: the query form's archive filters answered by the archive
// (ArchiveTableModel: keyset pages and SQL sorts off the UI thread) in the same results view,
// with its own status line, and a range the archive does not fully cover named, gap by gap, in
// the results' bar: never a silently partial answer. The location is remembered per profile.
class ArchiveMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveMode)

public:
    ArchiveMode(QueryForm *form, ResultsView *results, QStatusBar *bar, QObject *parent = nullptr);
    ~ArchiveMode() override;

    ArchiveTableModel *model() const { return m_model; }
    bool isActive() const { return m_active; }
    // Switches the results view to the archive's table (true) or leaves it (false).
    void setActive(bool active);
    // Shows the profile's remembered location in the form (empty: the default archive).
    void setProfile(const QString &name);
    void setDisplayTimeZone(const QTimeZone &zone, int serviceUtcOffsetSeconds);
    // Runs the form's archive query; false with *error when the location cannot be read.
    bool run(QString *error);
    // The location the form names: the default archive when it is empty.
    std::optional<ArchiveLocation> location(QString *error) const;
    // What the archive misses of the last query's range; empty until its coverage came back.
    QList<ArchiveGap> gaps() const { return m_gaps; }
    QString statusText() const;
    // The last query's SQL aggregates; an empty summary of the zone until they are in.
    Summary summary() const { return m_lastSummary.value_or(Summary(m_zone)); }
    // "The archive does not cover all of this range …", naming the first gaps.
    QString gapText(const QList<ArchiveGap> &gaps) const;

    // The one default of app/archive (the CLI's too).
    static ArchiveLocation defaultLocation();
    static QString settingsKey(const QString &profile);

Q_SIGNALS:
    void gapsFound(const QList<sendtrail::ArchiveGap> &gaps);
    // The whole selection counted in SQL (status × hour, classification, SMTP reply, domain,
    // sender): what the Summary panel shows in Archive mode, with no rows fetched.
    void summaryLoaded(const sendtrail::Summary &summary);

private:
    void rememberLocation(const QString &text);
    void onCoverage(int request, const QList<ArchiveWindow> &windows);
    void updateStatus();
    void requestSummary();
    void onStatusByHour(int request, const QList<StatusHourCount> &counts);
    void onGroups(int request, const QList<GroupCount> &counts);
    void summaryAnswered();

    QueryForm *m_form;
    ResultsView *m_results;
    ArchiveTableModel *m_model;
    QLabel *m_status;
    std::unique_ptr<ArchiveReader> m_coverage; // its own connection, for the gaps of a range
    QString m_profile;
    std::optional<ArchiveFilter> m_filter;
    int m_coverageRequest = 0;
    QList<ArchiveGap> m_gaps;
    int m_hourRequest = 0;
    QHash<int, ArchiveGroup> m_groupRequests;
    std::optional<Summary> m_summary;     // being filled by the aggregates' answers
    std::optional<Summary> m_lastSummary; // the last one answered for this query
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_active = false;
};

} // namespace sendtrail
