#include "summaryexport.h"

#include "export/writefailure.h"
#include "insight/summaryformat.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

const auto kFolderKey = u"summary/lastFolder"_s;

bool commit(QSaveFile &file, bool written, QString *error)
{
    if (written && file.commit())
        return true;
    *error = file.errorString();
    file.cancelWriting(); // after reading the error: this sets its own
    return false;
}

} // namespace

void SummaryExport::saveWithDialog(QWidget *parent, Kind kind, const Summary &summary, QChartView *chart)
{
    QSettings settings;
    const QString folder =
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString title;
    QString name;
    QString filter;
    switch (kind) {
    case Kind::Csv:
        title = tr("Export the Summary as CSV");
        name = u"summary.csv"_s;
        filter = tr("CSV files (*.csv)");
        break;
    case Kind::Png:
        title = tr("Export the Chart as PNG");
        name = u"summary-chart.png"_s;
        filter = tr("PNG images (*.png)");
        break;
    case Kind::Svg:
        title = tr("Export the Chart as SVG");
        name = u"summary-chart.svg"_s;
        filter = tr("SVG images (*.svg)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    QString error;
    const bool ok =
        kind == Kind::Csv ? writeCsv(path, summary, &error) : writeChart(path, kind, chart, &error);
    if (!ok)
        QMessageBox::warning(parent, title, WriteFailure::message(path, error));
}

bool SummaryExport::writeCsv(const QString &path, const Summary &summary, QString *error)
{
    return WriteFailure::saveAtomically(path, SummaryFormat::toCsv(summary), error);
}

bool SummaryExport::writeChart(const QString &path, Kind kind, QChartView *chart, QString *error)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return commit(file, false, error);
    if (kind == Kind::Png)
        return commit(file, chart->grab().save(&file, "PNG"), error);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(chart->size());
    svg.setViewBox(QRect(QPoint(0, 0), chart->size()));
    svg.setTitle(tr("Sendtrail: rows over time"));
    QPainter painter;
    if (!painter.begin(&svg))
        return commit(file, false, error);
    chart->render(&painter);
    return commit(file, painter.end(), error);
}

} // namespace sendtrail
