#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace sendtrail {

class QuickFilterProxy;
class RecordTableModel;

// The status bar's words about the table, each number labelled: how many rows are loaded (and
// how many of them the quick filter shows), whether more are available, the sort of the loaded
// rows, the last page's time (request to reply: network and service) apart from the wall time
// since Run, and the last RequestId.
class StatusBarPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarPresenter)

public:
    StatusBarPresenter(QStatusBar *bar, RecordTableModel *model, QuickFilterProxy *filter, QObject *parent);

    void runStarted();
    void clearRun(); // another profile: nothing of the last run applies
    // Archive mode has a status line of its own: the service table's labels step aside.
    void setShown(bool shown);
    void setRequestId(const QString &requestId);
    void update();

    QString rowsText() const;
    QString stateText() const;
    QString sortText() const;
    QString timingText() const;

private:
    RecordTableModel *m_model;
    QuickFilterProxy *m_filter;
    QLabel *m_rows;
    QLabel *m_state;
    QLabel *m_sort;
    QLabel *m_timing;
    QLabel *m_requestId;
    QElapsedTimer m_runTimer;
    qint64 m_sinceRunMs = 0; // at the last page or the end
    QString m_lastRequestId;
};

} // namespace sendtrail
