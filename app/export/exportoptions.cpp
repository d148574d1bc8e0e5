#include "export/exportoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sendtrail {

QString ExportTimeZone::label() const
{
    switch (kind) {
    case Kind::Utc:
        return u"UTC"_s;
    case Kind::Local: {
        const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        return id.isEmpty() ? QCoreApplication::translate("sendtrail::ExportTimeZone", "local time") : id;
    }
    case Kind::FixedOffset:
        break;
    }
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QTimeZone ExportTimeZone::toQTimeZone() const
{
    switch (kind) {
    case Kind::Utc:
        return QTimeZone::utc();
    case Kind::Local:
        return QTimeZone::systemTimeZone();
    case Kind::FixedOffset:
        break;
    }
    return QTimeZone(offsetSeconds);
}

ExportResult ExportResult::failed(QString text)
{
    ExportResult r;
    r.outcome = Outcome::Failed;
    r.errorText = std::move(text);
    return r;
}

ExportResult ExportResult::cancelled(qint64 rows)
{
    ExportResult r;
    r.outcome = Outcome::Cancelled;
    r.rowsWritten = rows;
    return r;
}

QChar csvDelimiterChar(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        break;
    case CsvDelimiter::Semicolon:
        return u';';
    case CsvDelimiter::Tab:
        return u'\t';
    }
    return u',';
}

} // namespace sendtrail
