#pragma once

#include "insight/summary.h"

#include <QWidget>
#include <array>

class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QStackedBarSeries;
class QValueAxis;

namespace sendtrail {

// Rows over time, one bar per hour or day of the summary's zone, stacked by status (QtCharts).
// Hours or days without mail are drawn empty so the time axis stays even. A click on a bar
// reports its bucket; the chosen bucket size is remembered.
class SummaryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryChart)

public:
    explicit SummaryChart(QWidget *parent = nullptr);
    ~SummaryChart() override;

    void setSummary(const Summary &summary);
    Summary::BucketSize bucketSize() const;
    void setBucketSize(Summary::BucketSize size);
    // As drawn: oldest first, gaps filled.
    const QList<Summary::Bucket> &buckets() const { return m_buckets; }
    QChartView *chartView() const { return m_view; }
    // The middle of bucket `index`'s bar, in chartView()->viewport() coordinates.
    QPoint barCenter(int index) const;

    // Every hour or day from the first bucket to the last, the missing ones empty.
    static QList<Summary::Bucket> withGaps(const QList<Summary::Bucket> &buckets, Summary::BucketSize size,
                                           const QTimeZone &zone);

Q_SIGNALS:
    void bucketClicked(int index);
    void bucketSizeChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relabel();
    QString bucketText(int index) const;

    QComboBox *m_size;
    QChartView *m_view;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    std::array<QBarSet *, 5> m_sets{};
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QList<Summary::Bucket> m_buckets;
    qint64 m_highest = 0;
    QSize m_labelledSize;
};

} // namespace sendtrail
