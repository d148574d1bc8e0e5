#include "rowformatter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sendtrail {

QString RowFormatter::cleanCell(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString RowFormatter::toTsv(const QStringList &headers, const QList<QStringList> &rows)
{
    QStringList lines;
    const auto line = [](const QStringList &cells) {
        QStringList cleaned;
        for (const QString &cell : cells)
            cleaned << cleanCell(cell);
        return cleaned.join(u'\t');
    };
    if (!headers.isEmpty())
        lines << line(headers);
    for (const QStringList &row : rows)
        lines << line(row);
    return lines.join(u'\n') + u'\n';
}

QString RowFormatter::toJson(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace sendtrail
