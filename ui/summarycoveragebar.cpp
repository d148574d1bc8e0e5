#include "summarycoveragebar.h"

#include "summarycontroller.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sendtrail {

SummaryCoverageBar::SummaryCoverageBar(SummaryController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_coverage(new QLabel(this)),
      m_complete(new QPushButton(tr("C&omplete"), this)), m_message(new QLabel(this))
{
    m_coverage->setObjectName(u"summaryCoverageLabel"_s);
    m_coverage->setWordWrap(true);
    m_complete->setObjectName(u"completeSummaryButton"_s);
    m_complete->setToolTip(tr("Fetch the rest of the query and count every row; the table stays as it is"));
    connect(m_complete, &QPushButton::clicked, m_controller, &SummaryController::complete);
    m_message->setObjectName(u"summaryMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b71c1c;"_s);
    m_message->hide();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_coverage, 0, 0);
    grid->addWidget(m_complete, 0, 1, Qt::AlignTop);
    grid->addWidget(createProgressRow(), 1, 0, 1, 2);
    grid->addWidget(m_message, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_controller, &SummaryController::completeStarted, this, [this] {
        m_message->hide();
        showProgress(0, -1, -1);
        m_progressRow->show();
        updateCoverage();
    });
    connect(m_controller, &SummaryController::completeProgressed, this, &SummaryCoverageBar::showProgress);
    connect(m_controller, &SummaryController::completeEnded, this, [this] {
        m_progressRow->hide();
        updateCoverage();
    });
    connect(m_controller, &SummaryController::completeFailed, this, [this](const QString &message) {
        m_message->setText(tr("Could not count the whole query: %1").arg(message));
        m_message->show();
    });
    updateCoverage();
}

QWidget *SummaryCoverageBar::createProgressRow()
{
    m_progressRow = new QWidget(this);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(u"completeProgressBar"_s);
    m_progress->setAccessibleName(tr("Counting the whole query"));
    m_progress->setTextVisible(false);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(u"completeProgressLabel"_s);
    auto *cancel = new QPushButton(tr("Cancel"), m_progressRow);
    cancel->setObjectName(u"cancelCompleteButton"_s);
    cancel->setAccessibleName(tr("Cancel counting the whole query"));
    connect(cancel, &QPushButton::clicked, m_controller, &SummaryController::cancelComplete);
    auto *grid = new QGridLayout(m_progressRow);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_progress, 0, 0);
    grid->addWidget(cancel, 0, 1);
    grid->addWidget(m_progressLabel, 1, 0, 1, 2);
    m_progressRow->hide();
    return m_progressRow;
}

QString SummaryCoverageBar::text() const
{
    return m_coverage->text();
}

void SummaryCoverageBar::hideMessage()
{
    m_message->hide();
}

void SummaryCoverageBar::updateCoverage()
{
    const QLocale locale;
    const qint64 total = m_controller->summary().total();
    QString text;
    switch (m_controller->coverage()) {
    case SummaryController::Coverage::NoQuery:
        text = tr("Run a query to see how its mail did.");
        break;
    case SummaryController::Coverage::LoadedRows:
        text = total == 1 ? tr("Over 1 loaded row — more available")
                          : tr("Over %1 loaded rows — more available").arg(locale.toString(total));
        break;
    case SummaryController::Coverage::AllLoaded:
    case SummaryController::Coverage::WholeQuery:
        text = total == 1 ? tr("Over 1 row — whole query")
                          : tr("Over %1 rows — whole query").arg(locale.toString(total));
        break;
    }
    m_coverage->setText(text);
    m_coverage->setAccessibleName(text);
    m_complete->setEnabled(m_controller->canComplete());
}

void SummaryCoverageBar::showProgress(qint64 records, double fraction, qint64 etaSeconds)
{
    const QLocale locale;
    if (fraction < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
    QString text = tr("%1 rows fetched").arg(locale.toString(records));
    if (etaSeconds >= 0)
        text += u" · "_s + tr("about %1 s left").arg(locale.toString(etaSeconds));
    m_progressLabel->setText(text);
}

} // namespace sendtrail
