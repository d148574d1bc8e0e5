#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sendtrail {

class SummaryController;

// What the summary covers ("Over 4,400 loaded rows — more available", "… — whole query") and
// the way to the whole query: Complete, then a progress bar with Cancel while it runs, and why
// it failed if it did.
class SummaryCoverageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryCoverageBar)

public:
    explicit SummaryCoverageBar(SummaryController *controller, QWidget *parent = nullptr);

    void updateCoverage();
    QString text() const;
    void hideMessage();

private:
    QWidget *createProgressRow();
    void showProgress(qint64 records, double fraction, qint64 etaSeconds);

    SummaryController *m_controller;
    QLabel *m_coverage;
    QPushButton *m_complete;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_message;
};

} // namespace sendtrail
