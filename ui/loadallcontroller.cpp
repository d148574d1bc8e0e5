#include "loadallcontroller.h"

#include "pipeline/runprogress.h"
#include "records/recordtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString timeLeftText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 90)
        return LoadAllController::tr("about %1 s left").arg(std::max<qint64>(1, seconds));
    return LoadAllController::tr("about %1 min left").arg((seconds + 30) / 60);
}

} // namespace

LoadAllController::LoadAllController(RecordTableModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window), m_estimator(std::make_unique<ProgressEstimator>())
{
    m_action = new QAction(tr("Load &All Rows"), this);
    m_action->setObjectName(u"loadAllAction"_s);
    m_action->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_End);
    m_action->setToolTip(tr("Keep loading pages until the end of the query"));
    connect(m_action, &QAction::triggered, this, &LoadAllController::start);
    m_widget = createWidget(window);
    connect(m_model, &RecordTableModel::pageParsed, this, [this](const ParsedPage &page) {
        if (m_running)
            m_estimator->addPage(page);
    });
    connect(m_model, &RecordTableModel::pageLoaded, this, [this] {
        if (!m_running)
            return;
        updateProgress();
        QTimer::singleShot(0, this, &LoadAllController::fetchNext); // paint between pages
    });
    connect(m_model, &RecordTableModel::finished, this, [this] {
        if (m_running)
            end(tr("All %1 rows loaded.").arg(QLocale().toString(m_model->rowCount())));
    });
    connect(m_model, &RecordTableModel::fetchFailed, this, [this] {
        if (m_running)
            end(tr("Loading all rows stopped: a page failed."));
    });
    connect(m_model, &RecordTableModel::loadingChanged, this, [this](bool loading) {
        if (m_running && !loading && m_model->isHalted() && !m_model->hasFailed())
            end(tr("Loading all rows cancelled."));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_running)
            end({});
    });
}

LoadAllController::~LoadAllController() = default;

QWidget *LoadAllController::createWidget(QWidget *parent)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(u"loadAllProgress"_s);
    auto *row = new QHBoxLayout(widget);
    row->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(widget);
    m_label->setObjectName(u"loadAllLabel"_s);
    m_bar = new QProgressBar(widget);
    m_bar->setObjectName(u"loadAllProgressBar"_s);
    m_bar->setAccessibleName(tr("Loading all rows"));
    m_bar->setMaximumWidth(160);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), widget);
    m_cancel->setObjectName(u"loadAllCancelButton"_s);
    m_cancel->setToolTip(tr("Stop loading (Esc); the rows loaded so far stay"));
    connect(m_cancel, &QPushButton::clicked, this, &LoadAllController::cancel);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    widget->setVisible(false);
    return widget;
}

void LoadAllController::start()
{
    if (m_running || !m_model->query() || m_model->isFinished())
        return;
    m_running = true;
    m_confirmed = false;
    m_estimator->start(m_model->windows());
    m_widget->setVisible(true);
    updateProgress();
    Q_EMIT runningChanged(true);
    if (m_model->isHalted())
        m_model->retry(); // after Cancel or a failed page: the missing page first
    else
        fetchNext();
}

void LoadAllController::cancel()
{
    if (!m_running)
        return;
    if (m_question)
        m_question->close();
    m_model->stop();
    end(tr("Loading all rows cancelled."));
}

void LoadAllController::fetchNext()
{
    if (!m_running || m_model->isLoading() || m_question)
        return;
    if (m_model->isFinished())
        return end(tr("All %1 rows loaded.").arg(QLocale().toString(m_model->rowCount())));
    if (!m_confirmed && m_model->rowCount() >= m_threshold)
        return askBeyondThreshold();
    m_model->fetchMore({});
}

void LoadAllController::askBeyondThreshold()
{
    const QString limit = QLocale().toString(m_threshold);
    m_question = new QMessageBox(QMessageBox::Warning, tr("Load More Than %1 Rows?").arg(limit),
                                 tr("The table holds %1 rows and the query has more. Each million rows takes "
                                    "about 100 MB of memory, and sorting or filtering them takes longer. "
                                    "Narrowing the query is usually better.")
                                     .arg(QLocale().toString(m_model->rowCount())),
                                 QMessageBox::NoButton, m_window);
    m_question->setObjectName(u"loadAllThresholdMessageBox"_s);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = m_question->addButton(tr("&Continue"), QMessageBox::AcceptRole);
    go->setObjectName(u"loadAllContinueButton"_s);
    QPushButton *stop = m_question->addButton(tr("&Stop at %1").arg(limit), QMessageBox::RejectRole);
    stop->setObjectName(u"loadAllStopButton"_s);
    m_question->setDefaultButton(stop);
    connect(go, &QPushButton::clicked, this, [this] {
        m_confirmed = true;
        QTimer::singleShot(0, this, &LoadAllController::fetchNext);
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        end(tr("Stopped at %1 rows; more are available.").arg(QLocale().toString(m_model->rowCount())));
    });
    m_question->open();
}

void LoadAllController::end(const QString &message)
{
    m_running = false;
    m_widget->setVisible(false);
    Q_EMIT runningChanged(false);
    if (!message.isEmpty())
        Q_EMIT ended(message);
}

void LoadAllController::updateProgress()
{
    const RunProgress progress = m_estimator->estimate(m_model->rowCount(), m_model->pagesLoaded(), 0, 0);
    QStringList parts{tr("Loading all rows: %1 loaded").arg(QLocale().toString(m_model->rowCount()))};
    if (progress.fraction >= 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(progress.fraction * 1000));
        parts << tr("%1 %").arg(int(progress.fraction * 100));
    } else {
        m_bar->setRange(0, 0); // busy until the first page tells how far it reaches
    }
    if (const QString left = timeLeftText(progress.etaSeconds); !left.isEmpty())
        parts << left;
    m_label->setText(parts.join(u" · "_s));
}

} // namespace sendtrail
