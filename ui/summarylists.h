#pragma once

#include "insight/summaryfilter.h"

#include <QObject>
#include <array>
#include <optional>

class QModelIndex;
class QTabWidget;
class QTableView;
class QWidget;

namespace sendtrail {

class SummaryEntryModel;

// The Summary panel's lists: the counts per status, and tabs with the top classifications, SMTP
// replies, domains, senders and the rows per hour or day. A click, Enter or Space on an entry
// reports its filter; the entry of the filter in force stays selected.
class SummaryLists final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryLists)

public:
    // The tabs, in order; the first four follow Summary::Dimension.
    enum List
    {
        ClassificationList,
        ReplyList,
        DomainList,
        SenderList,
        TimeList,
        ListCount,
    };

    explicit SummaryLists(QWidget *parent);

    QTableView *statusView() const { return m_statusView; }
    QTabWidget *tabs() const { return m_tabs; }
    SummaryEntryModel *statusModel() const { return m_statusModel; }
    SummaryEntryModel *model(List list) const { return m_models.at(size_t(list)); }
    QTableView *view(List list) const { return m_views.at(size_t(list)); }

    void setSummary(const Summary &summary, Summary::BucketSize bucketSize);
    void select(const std::optional<SummaryFilter> &filter);

Q_SIGNALS:
    void entryActivated(const sendtrail::SummaryFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *createView(QWidget *parent, SummaryEntryModel *model, const QString &accessibleName);
    void activate(QTableView *view, const QModelIndex &index);

    SummaryEntryModel *m_statusModel;
    QTableView *m_statusView;
    QTabWidget *m_tabs;
    std::array<SummaryEntryModel *, ListCount> m_models{};
    std::array<QTableView *, ListCount> m_views{};
};

} // namespace sendtrail
