#pragma once

#include "insight/summaryfilter.h"
#include "records/mailrecord.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <optional>

namespace sendtrail {

// Narrows the rows already loaded: text in any column, an optional status and an optional summary
// entry (the rows a count in the Summary panel was made of), all combined. It never asks
// for more pages while a filter is set, or a filter matching nothing would page through the
// whole query (the view keeps fetching while the viewport is not full).
class QuickFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFilterProxy)

public:
    explicit QuickFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<DeliveryStatus> status);
    void setSummaryFilter(const std::optional<SummaryFilter> &filter);
    const std::optional<SummaryFilter> &summaryFilter() const { return m_summary; }
    bool isFiltering() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<DeliveryStatus> m_status;
    bool summaryAccepts(const MailRecord &record) const;

    std::optional<SummaryFilter> m_summary;
    // Message → matches: a reply filter parses each message once, not once per row and refilter.
    mutable QHash<QString, bool> m_replyMatches;
};

} // namespace sendtrail
