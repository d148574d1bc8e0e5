#include "shareline.h"

#include "records/recordcolumns.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const QString kSeparator = u" · "_s;

QDateTime parseUtc(const QString &text)
{
    QString normalised = text.trimmed();
    normalised.replace(u' ', u'T');
    if (!normalised.endsWith(u'Z'))
        normalised += u'Z';
    QDateTime time = QDateTime::fromString(normalised, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString ShareLine::format(const MailRecord &record, const QString &requestId)
{
    const QString time =
        QDateTime::fromSecsSinceEpoch(record.utcSeconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    // Line breaks would cut the line in two in a ticket.
    QString subject = record.subject;
    subject.replace(u'\n', u' ').replace(u'\r', u' ');
    return u"Sendtrail: "_s + time + u" UTC"_s + kSeparator + u"to "_s + record.toAddress + kSeparator +
           u'"' + subject + u'"' + kSeparator + RecordColumns::statusText(record.status) + kSeparator +
           u"RequestId "_s + (requestId.isEmpty() ? u"-"_s : requestId);
}

std::optional<ShareLine> ShareLine::parse(const QString &text)
{
    // The subject is greedy: it may hold quotes and separators itself; the tail is anchored.
    static const QRegularExpression full(
        uR"re(^\s*(?:Sendtrail:\s*)?(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)Z?(?: UTC)? · to (\S+@\S+) · "(.*)" · (.+?) · RequestId (\S+)\s*$)re"_s);
    static const QRegularExpression time(uR"((\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)Z?)"_s);
    static const QRegularExpression address(uR"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))"_s);
    ShareLine line;
    if (const auto m = full.match(text); m.hasMatch()) {
        line.time = parseUtc(m.captured(1));
        line.toAddress = m.captured(2);
        line.subject = m.captured(3);
        line.status = m.captured(4);
        line.requestId = m.captured(5) == u"-"_s ? QString() : m.captured(5);
    } else {
        const auto t = time.match(text);
        const auto a = address.match(text);
        if (!t.hasMatch() || !a.hasMatch())
            return std::nullopt;
        line.time = parseUtc(t.captured(1));
        line.toAddress = a.captured(1);
    }
    if (!line.time.isValid())
        return std::nullopt;
    return line;
}

MailQuery ShareLine::query() const
{
    MailQuery query;
    query.toAddress = toAddress;
    const qint64 minute = time.toSecsSinceEpoch() / 60 * 60;
    // A minute either side: the service's EndTime may be exclusive, and its minutes are whole.
    query.start = QDateTime::fromSecsSinceEpoch(minute - 60, QTimeZone::utc());
    query.end = QDateTime::fromSecsSinceEpoch(minute + 120, QTimeZone::utc());
    return query;
}

bool ShareLine::matches(const MailRecord &record) const
{
    return record.utcSeconds == time.toSecsSinceEpoch() && record.toAddress == toAddress &&
           (subject.isEmpty() || record.subject.simplified() == subject.simplified());
}

} // namespace sendtrail
