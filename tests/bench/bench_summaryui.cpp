// The Summary panel's two UI-thread costs, measured in the real widgets (offscreen or a display):
//  1. one chart redraw for 30 days × 24 hourly buckets: setSummary() plus a full repaint of the
//     chart view, median of 20;
//  2. the event loop's longest stall while "Complete" fetches and counts a whole query from the
//     demo sandbox at full speed: a 4 ms probe timer records how late each tick is served.
#include "mainwindow.h"
#include "records/recordtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sendtrail/sandboxdemo.h"
#include "summarychart.h"
#include "summarycontroller.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace sendtrail;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void benchChart(QTextStream &out)
{
    const QTimeZone zone(8 * 3600);
    Summary summary(zone);
    const qint64 start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), zone).toSecsSinceEpoch();
    for (int hour = 0; hour < 30 * 24; ++hour)
        for (int i = 0; i < 5; ++i) {
            MailRecord r;
            r.status = DeliveryStatus(QList<int>{0, 0, 2, 3, 4}.at(i));
            r.toAddress = u"a@b.c"_s;
            r.utcSeconds = start + hour * 3600 + i * 60;
            summary.add(r);
        }
    SummaryChart chart;
    chart.resize(1400, 320);
    chart.setBucketSize(Summary::BucketSize::Hour);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        out << "(the chart window was not exposed)\n";
    QList<double> ms;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        chart.setSummary(summary);
        chart.chartView()->viewport()->repaint();
        if (run > 0) // the first one builds the series
            ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "chart redraw, " << chart.buckets().size()
        << " hourly buckets: " << QString::number(median(ms), 'f', 1) << " ms (median of 20; max "
        << QString::number(*std::max_element(ms.cbegin(), ms.cend()), 'f', 1) << " ms; target <= 16 ms)\n"
        << Qt::flush;
}

void benchComplete(QTextStream &out, int records)
{
    MainWindow::Options options;
    options.demo = true;
    options.demoBackend = std::make_shared<SandboxDemo>(records);
    MainWindow window(options);
    window.resize(1600, 1000);
    window.show();
    window.start();
    RecordTableModel *model = window.model();
    if (!QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isLoading(); }, 30000)) {
        out << "the demo never loaded its first page\n";
        return;
    }
    SummaryController *controller = window.summary();
    QList<double> lateMs;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    constexpr int kProbeMs = 4;
    probe.setInterval(kProbeMs);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateMs.append(double(now - last) / 1e6 - kProbeMs);
        last = now;
    });
    QElapsedTimer total;
    total.start();
    clock.start();
    probe.start();
    // A real event loop: QTest::qWaitFor would sleep 10 ms between its turns and hide stalls.
    QEventLoop loop;
    QObject::connect(controller, &SummaryController::completeEnded, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    controller->complete();
    loop.exec();
    probe.stop();
    std::sort(lateMs.begin(), lateMs.end());
    out << "Complete, " << controller->summary().total() << " records in " << total.elapsed()
        << " ms: event-loop stall max " << QString::number(lateMs.last(), 'f', 1) << " ms, p99 "
        << QString::number(lateMs.at(int(lateMs.size() * 0.99)), 'f', 1) << " ms over " << lateMs.size()
        << " probe ticks (target: never > 16 ms)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SendtrailBench"_s);
    QTextStream out(stdout);
    benchChart(out);
    benchComplete(out, argc > 1 ? atoi(argv[1]) : 50000);
    return 0;
}
