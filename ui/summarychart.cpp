#include "summarychart.h"

#include "statusicons.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QSettings>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <memory>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kMaxBars = 24 * 62; // beyond this, gaps stay closed
constexpr int kLabelSpacing = 64; // pixels per time label
constexpr int kValueSpacing = 45; // pixels per row-count label
// Narrower, the legend would read "De…"; the status icons beside the chart have the bars' colours.
constexpr int kLegendWidth = 360;
const auto kSettingsKey = u"summary/bucketSize"_s;

// Delivered, invalid address, spam, failed, unknown: the status icons' colours.
const std::array<QColor, 5> kColors = {QColor(0x2e7d32), QColor(0xe65100), QColor(0x6a1b9a), QColor(0xc62828),
                                       QColor(0x9e9e9e)};

QString bucketLabel(qint64 startUtc, Summary::BucketSize size, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(startUtc, zone)
        .toString(size == Summary::BucketSize::Hour ? u"yyyy-MM-dd HH:00"_s : u"yyyy-MM-dd"_s);
}

qint64 nextStart(qint64 startUtc, Summary::BucketSize size, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startUtc, zone);
    const qint64 next =
        (size == Summary::BucketSize::Hour ? start.addSecs(3600) : start.addDays(1)).toSecsSinceEpoch();
    return next > startUtc ? next : startUtc + 3600;
}

} // namespace

SummaryChart::SummaryChart(QWidget *parent)
    : QWidget(parent), m_size(new QComboBox(this)), m_view(new QChartView(this)), m_chart(new QChart),
      m_series(new QStackedBarSeries), m_x(new QCategoryAxis), m_y(new QValueAxis)
{
    auto *title = new QLabel(tr("Over time"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_size->setObjectName(u"bucketSizeComboBox"_s);
    m_size->setAccessibleName(tr("Chart bar size"));
    m_size->addItem(tr("Per hour"), int(Summary::BucketSize::Hour));
    m_size->addItem(tr("Per day"), int(Summary::BucketSize::Day));
    const bool hour = QSettings().value(kSettingsKey).toString() == u"hour"_s;
    m_size->setCurrentIndex(hour ? 0 : 1);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kSettingsKey, bucketSize() == Summary::BucketSize::Hour ? u"hour"_s : u"day"_s);
        Q_EMIT bucketSizeChanged();
    });

    for (int i = 0; i < int(m_sets.size()); ++i) {
        auto *set = new QBarSet(StatusIcons::text(Summary::statusAt(i)));
        set->setColor(kColors.at(size_t(i)));
        set->setBorderColor(kColors.at(size_t(i)));
        connect(set, &QBarSet::clicked, this, &SummaryChart::bucketClicked);
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), bucketText(index), m_view);
            else
                QToolTip::hideText();
        });
        m_series->append(set);
        m_sets[size_t(i)] = set;
    }
    m_series->setBarWidth(0.9);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    m_y->setLabelFormat(u"%d"_s);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_view->setObjectName(u"summaryChartView"_s);
    // QChartView made a chart of its own, and setChart() hands that one back to us, not deleted.
    std::unique_ptr<QChart> made(m_view->chart());
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    m_view->setAccessibleName(tr("Rows over time, stacked by status"));
    m_view->viewport()->setAccessibleName(m_view->accessibleName()); // it takes the focus

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

SummaryChart::~SummaryChart() = default;

Summary::BucketSize SummaryChart::bucketSize() const
{
    return Summary::BucketSize(m_size->currentData().toInt());
}

void SummaryChart::setBucketSize(Summary::BucketSize size)
{
    m_size->setCurrentIndex(m_size->findData(int(size)));
}

QList<Summary::Bucket> SummaryChart::withGaps(const QList<Summary::Bucket> &buckets, Summary::BucketSize size,
                                              const QTimeZone &zone)
{
    QList<Summary::Bucket> result;
    for (const Summary::Bucket &bucket : buckets) {
        qint64 start = result.isEmpty() ? bucket.startUtc : result.constLast().endUtc;
        while (start < bucket.startUtc) {
            if (result.size() >= kMaxBars)
                return buckets;
            Summary::Bucket empty;
            empty.startUtc = start;
            empty.endUtc = qMin(nextStart(start, size, zone), bucket.startUtc);
            empty.label = bucketLabel(start, size, zone);
            result.append(empty);
            start = empty.endUtc;
        }
        result.append(bucket);
    }
    return result;
}

void SummaryChart::setSummary(const Summary &summary)
{
    m_buckets = withGaps(summary.buckets(bucketSize()), bucketSize(), summary.zone());
    std::array<QList<qreal>, 5> values;
    qint64 highest = 0;
    for (const Summary::Bucket &bucket : std::as_const(m_buckets)) {
        for (size_t i = 0; i < values.size(); ++i)
            values[i].append(qreal(bucket.counts[i]));
        highest = qMax(highest, bucket.total());
    }
    for (size_t i = 0; i < m_sets.size(); ++i) {
        m_sets[i]->remove(0, m_sets[i]->count());
        m_sets[i]->append(values[i]);
    }
    // "Unknown" only in the legend when there is some.
    const auto markers = m_chart->legend()->markers(m_series);
    if (markers.size() == int(m_sets.size()))
        markers.constLast()->setVisible(summary.count(DeliveryStatus::Unknown) > 0);
    m_x->setRange(-0.5, qMax<qsizetype>(1, m_buckets.size()) - 0.5);
    m_highest = highest;
    relabel();
    m_view->setAccessibleDescription(m_buckets.isEmpty()
                                         ? tr("No rows yet")
                                         : tr("From %1 to %2; the highest bar has %3 rows")
                                               .arg(m_buckets.constFirst().label, m_buckets.constLast().label,
                                                    QLocale().toString(highest)));
}

void SummaryChart::relabel()
{
    // As many value lines as fit (labels elide when they crowd), on round numbers.
    m_y->setTickCount(qBound(3, m_view->height() / kValueSpacing, 6));
    m_y->setRange(0, qMax<qint64>(m_highest, 4));
    m_y->applyNiceNumbers();
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_labelledSize = size();
    m_chart->legend()->setVisible(width() >= kLegendWidth);
    const qsizetype n = m_buckets.size();
    const bool hourly = bucketSize() == Summary::BucketSize::Hour;
    const qsizetype room = qMax(2, width() / kLabelSpacing);
    static const QList<int> kHourSteps = {1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720};
    static const QList<int> kDaySteps = {1, 2, 7, 14, 28, 56, 112, 364};
    const QList<int> &steps = hourly ? kHourSteps : kDaySteps;
    int step = steps.constLast();
    for (int s : steps) {
        if ((n + s - 1) / s <= room) {
            step = s;
            break;
        }
    }
    QStringList used;
    int midnights = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QString &label = m_buckets.at(i).label;
        const int hour = hourly ? label.mid(11, 2).toInt() : 0;
        bool show = !hourly      ? i % step == 0
                    : step <= 24 ? hour % step == 0
                                 : hour == 0 && midnights % (step / 24) == 0;
        if (hourly && hour == 0)
            ++midnights;
        if (!show)
            continue;
        QString text = hourly && hour != 0 ? label.mid(11, 5) : label.mid(5, 5);
        while (used.contains(text))
            text += QChar(0x200B); // the axis wants unique labels; the same hour on another day
        used.append(text);
        m_x->append(text, qreal(i));
    }
}

QString SummaryChart::bucketText(int index) const
{
    if (index < 0 || index >= m_buckets.size())
        return {};
    const QLocale locale;
    const Summary::Bucket &bucket = m_buckets.at(index);
    QStringList lines = {tr("%1: %2 rows").arg(bucket.label, locale.toString(bucket.total()))};
    for (size_t i = 0; i < bucket.counts.size(); ++i) {
        if (bucket.counts[i] > 0)
            lines << u"%1: %2"_s.arg(StatusIcons::text(Summary::statusAt(int(i))),
                                     locale.toString(bucket.counts[i]));
    }
    lines << tr("Click to show only these rows");
    return lines.join(u'\n');
}

QPoint SummaryChart::barCenter(int index) const
{
    const qreal middle = index >= 0 && index < m_buckets.size() ? m_buckets.at(index).total() / 2.0 : 0.0;
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, middle), m_series);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

void SummaryChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (qAbs(width() - m_labelledSize.width()) >= kLabelSpacing / 2 ||
        qAbs(height() - m_labelledSize.height()) >= kValueSpacing / 2)
        relabel();
}

} // namespace sendtrail
