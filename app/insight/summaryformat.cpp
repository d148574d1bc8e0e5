#include "summaryformat.h"

#include "records/recordcolumns.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr std::array<DeliveryStatus, 4> kStatuses = {
    DeliveryStatus::Delivered, DeliveryStatus::InvalidAddress, DeliveryStatus::Spam, DeliveryStatus::Failed};

struct Section
{
    Summary::Dimension dimension;
    const char *key;   // JSON and CSV section name
    const char *title; // text heading
};

constexpr std::array<Section, 4> kSections = {{
    {Summary::Dimension::Classification, "classification",
     QT_TRANSLATE_NOOP("sendtrail::SummaryFormat", "Top classifications")},
    {Summary::Dimension::SmtpReply, "reply",
     QT_TRANSLATE_NOOP("sendtrail::SummaryFormat", "Top SMTP replies")},
    {Summary::Dimension::Domain, "domain",
     QT_TRANSLATE_NOOP("sendtrail::SummaryFormat", "Top recipient domains")},
    {Summary::Dimension::Sender, "sender", QT_TRANSLATE_NOOP("sendtrail::SummaryFormat", "Senders")},
}};

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) : u"0.0"_s;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QString SummaryFormat::statusKey(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return u"delivered"_s;
    case DeliveryStatus::InvalidAddress:
        return u"invalid"_s;
    case DeliveryStatus::Spam:
        return u"spam"_s;
    case DeliveryStatus::Failed:
        return u"failed"_s;
    case DeliveryStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

QJsonObject SummaryFormat::toJson(const Summary &summary)
{
    QJsonObject status;
    for (DeliveryStatus s : kStatuses)
        status.insert(statusKey(s), summary.count(s));
    const auto counts = [&summary](Summary::Dimension d) {
        QJsonObject object;
        for (const Summary::Entry &e : summary.top(d))
            object.insert(e.key, e.count);
        return object;
    };
    QJsonObject days;
    for (const Summary::Bucket &b : summary.buckets(Summary::BucketSize::Day))
        days.insert(b.label, b.total());
    return QJsonObject{
        {u"total"_s, summary.total()},
        {u"status"_s, status},
        {u"classification"_s, counts(Summary::Dimension::Classification)},
        {u"domain"_s, counts(Summary::Dimension::Domain)},
        {u"day"_s, days},
    };
}

QString SummaryFormat::toText(const Summary &summary, int limit)
{
    const QLocale c = QLocale::c();
    QStringList lines;
    lines << QCoreApplication::translate("sendtrail::SummaryFormat", "Total: %1")
                 .arg(c.toString(summary.total()));
    for (DeliveryStatus s : kStatuses)
        lines << u"  %1 %2 (%3%)"_s.arg(RecordColumns::statusText(s) + u':', -18)
                     .arg(c.toString(summary.count(s)), 10)
                     .arg(percent(summary.count(s), summary.total()));
    for (const Section &section : kSections) {
        const QList<Summary::Entry> entries = summary.top(section.dimension, limit);
        if (entries.isEmpty())
            continue;
        lines << QString() << QCoreApplication::translate("sendtrail::SummaryFormat", section.title);
        for (const Summary::Entry &e : entries)
            lines << u"  %1 %2 (%3%)"_s.arg(c.toString(e.count), 10)
                         .arg(e.key)
                         .arg(percent(e.count, summary.total()));
    }
    const QList<Summary::Bucket> days = summary.buckets(Summary::BucketSize::Day);
    if (!days.isEmpty()) {
        lines << QString() << QCoreApplication::translate("sendtrail::SummaryFormat", "Per day");
        for (const Summary::Bucket &b : days) {
            QStringList parts;
            for (DeliveryStatus s : kStatuses)
                parts << u"%1 %2"_s.arg(statusKey(s)).arg(b.counts[size_t(Summary::statusIndex(s))]);
            lines << u"  %1 %2  %3"_s.arg(b.label).arg(c.toString(b.total()), 10).arg(parts.join(u", "_s));
        }
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray SummaryFormat::toCsv(const Summary &summary)
{
    QByteArray out = "section,key,count,percent\r\n";
    const auto row = [&out, &summary](const QString &section, const QString &key, qint64 count) {
        out += csvField(section) + ',' + csvField(key) + ',' + QByteArray::number(count) + ',' +
               percent(count, summary.total()).toLatin1() + "\r\n";
    };
    row(u"total"_s, {}, summary.total());
    for (DeliveryStatus s : kStatuses)
        row(u"status"_s, statusKey(s), summary.count(s));
    for (const Section &section : kSections)
        for (const Summary::Entry &e : summary.top(section.dimension))
            row(QString::fromLatin1(section.key), e.key, e.count);
    for (const Summary::Bucket &b : summary.buckets(Summary::BucketSize::Day))
        row(u"day"_s, b.label, b.total());
    return out;
}

} // namespace sendtrail
