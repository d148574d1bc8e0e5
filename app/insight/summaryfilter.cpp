#include "summaryfilter.h"

#include "records/recordcolumns.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::SummaryFilter)
};

} // namespace

SummaryFilter SummaryFilter::byStatus(DeliveryStatus status)
{
    SummaryFilter f;
    f.kind = Kind::Status;
    f.status = status;
    return f;
}

SummaryFilter SummaryFilter::byKey(Summary::Dimension dimension, const QString &key)
{
    SummaryFilter f;
    f.kind = Kind::Dimension;
    f.dimension = dimension;
    f.key = key;
    return f;
}

SummaryFilter SummaryFilter::byTime(qint64 startUtc, qint64 endUtc)
{
    SummaryFilter f;
    f.kind = Kind::TimeRange;
    f.startUtc = startUtc;
    f.endUtc = endUtc;
    return f;
}

bool SummaryFilter::matches(const MailRecord &record) const
{
    switch (kind) {
    case Kind::Status:
        return Summary::statusIndex(record.status) == Summary::statusIndex(status);
    case Kind::TimeRange:
        return record.utcSeconds != 0 && record.utcSeconds >= startUtc && record.utcSeconds < endUtc;
    case Kind::Dimension:
        break;
    }
    switch (dimension) {
    case Summary::Dimension::Classification:
        return record.errorClassification == key;
    case Summary::Dimension::SmtpReply:
        return Summary::replyGroup(record.message) == key;
    case Summary::Dimension::Domain:
        return Summary::domainOf(record.toAddress) == key;
    case Summary::Dimension::Sender:
        break;
    }
    return record.accountName == key;
}

QString SummaryFilter::description(const QTimeZone &zone) const
{
    switch (kind) {
    case Kind::Status:
        return Tr::tr("Status: %1").arg(RecordColumns::statusText(status));
    case Kind::TimeRange: {
        const auto at = [&zone](qint64 t) {
            return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
                .toTimeZone(zone)
                .toString(u"yyyy-MM-dd HH:mm"_s);
        };
        return Tr::tr("Time: %1 – %2").arg(at(startUtc), at(endUtc));
    }
    case Kind::Dimension:
        break;
    }
    switch (dimension) {
    case Summary::Dimension::Classification:
        return Tr::tr("Classification: %1").arg(key);
    case Summary::Dimension::SmtpReply:
        return Tr::tr("SMTP reply: %1").arg(key);
    case Summary::Dimension::Domain:
        return Tr::tr("Domain: %1").arg(key);
    case Summary::Dimension::Sender:
        break;
    }
    return Tr::tr("Sender: %1").arg(key);
}

} // namespace sendtrail
