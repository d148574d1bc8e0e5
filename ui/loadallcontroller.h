#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QWidget;

namespace sendtrail {

class ProgressEstimator;
class RecordTableModel;

// "Load All Rows": keeps fetching pages into the table until the query's end, with progress,
// time left and Cancel (Esc cancels too: the window stops the model). Before going past
// warningThreshold() rows it pauses and asks whether to go on or stop there.
class LoadAllController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadAllController)

public:
    LoadAllController(RecordTableModel *model, QWidget *window);
    ~LoadAllController() override;

    QAction *action() const { return m_action; }
    // For the status bar: what it is doing, a progress bar and Cancel. Hidden while idle.
    QWidget *progressWidget() const { return m_widget; }
    bool isRunning() const { return m_running; }
    void setWarningThreshold(qsizetype rows) { m_threshold = rows; }
    qsizetype warningThreshold() const { return m_threshold; }
    QMessageBox *question() const { return m_question; } // the threshold question while it is open

    void start();
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void ended(const QString &message); // for the status bar's temporary message

private:
    QWidget *createWidget(QWidget *parent);
    void fetchNext();
    void askBeyondThreshold();
    void end(const QString &message);
    void updateProgress();

    RecordTableModel *m_model;
    QWidget *m_window;
    QAction *m_action = nullptr;
    QWidget *m_widget = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<QMessageBox> m_question;
    std::unique_ptr<ProgressEstimator> m_estimator; // pipeline is private to sendtrail_ui
    qsizetype m_threshold = 1'000'000;
    bool m_running = false;
    bool m_confirmed = false; // went past the threshold with the user's consent
};

} // namespace sendtrail
