#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail {

// Clipboard formats for selected rows; widget-free.
class RowFormatter final
{
public:
    // Header line, then one line per row; tabs and line breaks inside cells become spaces so
    // spreadsheets keep one record per line.
    static QString toTsv(const QStringList &headers, const QList<QStringList> &rows);
    // A JSON array of the records exactly as the service sent them.
    static QString toJson(const QList<QJsonObject> &records);
    static QString cleanCell(QString text);
};

} // namespace sendtrail
