#include "statusbarpresenter.h"

#include "quickfilterproxy.h"
#include "records/recordcolumns.h"
#include "records/recordtablemodel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return StatusBarPresenter::tr("%1 ms").arg(ms);
    return StatusBarPresenter::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QLabel *addLabel(QStatusBar *bar, const QString &name, int stretch = 0)
{
    auto *label = new QLabel(bar);
    label->setObjectName(name);
    bar->addWidget(label, stretch);
    return label;
}

} // namespace

StatusBarPresenter::StatusBarPresenter(QStatusBar *bar, RecordTableModel *model, QuickFilterProxy *filter,
                                       QObject *parent)
    : QObject(parent), m_model(model), m_filter(filter), m_rows(addLabel(bar, u"rowsLabel"_s)),
      m_state(addLabel(bar, u"stateLabel"_s)), m_sort(addLabel(bar, u"sortLabel"_s)),
      m_timing(addLabel(bar, u"elapsedLabel"_s)), m_requestId(addLabel(bar, u"requestIdLabel"_s, 1))
{
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->setToolTip(
        tr("Last page: from the request to its reply (network and service).\n"
           "Since Run: wall time from Run to the last page, pauses while you read included."));
    connect(m_model, &RecordTableModel::pageLoaded, this, [this](int, const QString &requestId) {
        m_sinceRunMs = m_runTimer.isValid() ? m_runTimer.elapsed() : 0;
        setRequestId(requestId);
    });
    connect(m_model, &RecordTableModel::finished, this, [this] {
        m_sinceRunMs = m_runTimer.isValid() ? m_runTimer.elapsed() : 0;
        update();
    });
    connect(m_model, &RecordTableModel::fetchFailed, this, [this](const ApiError &error) {
        if (!error.requestId.isEmpty())
            m_lastRequestId = error.requestId;
        update();
    });
    connect(m_model, &RecordTableModel::loadingChanged, this, &StatusBarPresenter::update);
    connect(m_model, &RecordTableModel::sortStateChanged, this, &StatusBarPresenter::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusBarPresenter::update);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &StatusBarPresenter::update);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StatusBarPresenter::update);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &StatusBarPresenter::update);
}

void StatusBarPresenter::runStarted()
{
    m_lastRequestId.clear();
    m_sinceRunMs = 0;
    m_runTimer.start();
    update();
}

void StatusBarPresenter::clearRun()
{
    m_lastRequestId.clear();
    m_sinceRunMs = 0;
    m_runTimer.invalidate();
    update();
}

void StatusBarPresenter::setRequestId(const QString &requestId)
{
    m_lastRequestId = requestId;
    update();
}

void StatusBarPresenter::update()
{
    m_rows->setText(rowsText());
    m_state->setText(stateText());
    m_sort->setText(sortText());
    m_sort->setVisible(!m_sort->text().isEmpty());
    m_timing->setText(timingText());
    m_requestId->setText(m_lastRequestId.isEmpty() ? QString() : tr("RequestId: %1").arg(m_lastRequestId));
}

QString StatusBarPresenter::rowsText() const
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    if (m_filter->isFiltering())
        return tr("%1 of %2 loaded rows").arg(locale.toString(m_filter->rowCount()), locale.toString(loaded));
    return loaded == 1 ? tr("1 loaded row") : tr("%1 loaded rows").arg(locale.toString(loaded));
}

QString StatusBarPresenter::stateText() const
{
    if (!m_model->query())
        return tr("Ready: choose a range and press Run (Ctrl+Enter)");
    if (m_model->isLoading())
        return tr("Loading page %1…").arg(QLocale().toString(m_model->pagesLoaded() + 1));
    if (m_model->hasFailed())
        return tr("Stopped: a page failed");
    if (m_model->isFinished())
        return tr("All rows loaded");
    if (m_model->isHalted()) // Cancel: scrolling loads nothing until Retry or Load All
        return m_model->rowCount() == 0 ? tr("Cancelled — no rows loaded")
                                        : tr("Cancelled — Load All (Ctrl+Shift+End) or Retry loads more");
    return tr("More available: scroll down or Load All (Ctrl+Shift+End)");
}

QString StatusBarPresenter::sortText() const
{
    const auto key = m_model->sortKey();
    if (!key)
        return {};
    const QString column = RecordColumns::title(key->column);
    if (m_model->isSorting())
        return tr("Sorting the loaded rows by %1…").arg(column);
    return key->order == Qt::AscendingOrder ? tr("Sorted by %1, ascending (loaded rows only)").arg(column)
                                            : tr("Sorted by %1, descending (loaded rows only)").arg(column);
}

QString StatusBarPresenter::timingText() const
{
    QStringList parts;
    if (m_model->lastPageMilliseconds() >= 0)
        parts << tr("Last page: %1").arg(durationText(m_model->lastPageMilliseconds()));
    if (m_sinceRunMs > 0)
        parts << tr("Since Run: %1").arg(durationText(m_sinceRunMs));
    return parts.join(u" · "_s);
}

void StatusBarPresenter::setShown(bool shown)
{
    for (QLabel *label : {m_rows, m_state, m_sort, m_timing, m_requestId})
        label->setVisible(shown);
}

} // namespace sendtrail
