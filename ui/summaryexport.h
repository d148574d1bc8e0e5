#pragma once

#include <QCoreApplication>
#include <QString>

class QChartView;
class QWidget;

namespace sendtrail {

class Summary;

// The Summary panel's files: the counts as CSV (SummaryFormat::toCsv), the chart as PNG or SVG.
// Written whole or not at all (QSaveFile); the file dialog starts in the folder used last.
class SummaryExport final
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::SummaryExport)

public:
    enum class Kind
    {
        Csv,
        Png,
        Svg,
    };

    // Asks where, writes, and says so in a message box when it fails.
    static void saveWithDialog(QWidget *parent, Kind kind, const Summary &summary, QChartView *chart);
    static bool writeCsv(const QString &path, const Summary &summary, QString *error);
    static bool writeChart(const QString &path, Kind kind, QChartView *chart, QString *error);
};

} // namespace sendtrail
