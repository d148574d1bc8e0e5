#include "totalscomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace sendtrail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::TotalsComparison)
};

} // namespace

TotalsComparison::TotalsComparison(const Summary &summary, const QList<DailyStat> &service,
                                   const QDate &first, const QDate &last, bool wholeQuery)
    : m_wholeQuery(wholeQuery)
{
    QHash<QDate, Summary::Bucket> counted;
    for (const Summary::Bucket &b : summary.buckets(Summary::BucketSize::Day))
        counted.insert(QDate::fromString(b.label, Qt::ISODate), b);
    QHash<QDate, DailyStat> reported;
    for (const DailyStat &d : service)
        reported.insert(d.day, d);
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        Day row;
        row.day = day;
        if (const auto it = counted.constFind(day); it != counted.cend()) {
            row.countedTotal = it->total();
            row.countedDelivered = it->counts[size_t(Summary::statusIndex(DeliveryStatus::Delivered))];
        }
        if (const auto it = reported.constFind(day); it != reported.cend()) {
            row.serviceRequests = it->requests;
            row.serviceSuccesses = it->successes;
        } else {
            row.serviceRequests = 0; // the service lists only days with mail
            row.serviceSuccesses = 0;
        }
        m_days.append(row);
    }
}

int TotalsComparison::disagreements() const
{
    return int(std::count_if(m_days.cbegin(), m_days.cend(), [](const Day &d) { return !d.agrees(); }));
}

QString TotalsComparison::verdict() const
{
    const int off = disagreements();
    if (m_days.isEmpty())
        return Tr::tr("The service keeps daily totals for 30 days only: none cover this range.");
    if (off == 0)
        return m_days.size() == 1
                   ? Tr::tr("The service's own total and the counted records agree for the day.")
                   : Tr::tr("The service's own totals and the counted records agree on all %1 days.")
                         .arg(m_days.size());
    const QLocale locale;
    const auto first = std::find_if(m_days.cbegin(), m_days.cend(), [](const Day &d) { return !d.agrees(); });
    QString text = Tr::tr("They differ on %1 of %2 days: on %3 the service counts %4 sent and %5 delivered, "
                          "the records %6 and %7.")
                       .arg(QString::number(off), QString::number(m_days.size()),
                            locale.toString(first->day, QLocale::ShortFormat),
                            locale.toString(first->serviceRequests), locale.toString(first->serviceSuccesses),
                            locale.toString(first->countedTotal), locale.toString(first->countedDelivered));
    text += u' ';
    text += m_wholeQuery
                ? Tr::tr("A record is dated by its last status change and the service's totals by the "
                         "day of sending, so mail sent near midnight or still retrying moves between days.")
                : Tr::tr("Only the loaded rows are counted: use Complete to count the whole query.");
    return text;
}

} // namespace sendtrail
