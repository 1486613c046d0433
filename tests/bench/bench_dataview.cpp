// The data view with ten million rows: how long one scroll frame takes (a jump to a random
// position and a full repaint of the viewport), beside the same with a thousand rows in the same
// run — the ratio says whether the row count costs anything — and how long a sort takes on its
// worker. Prints figures; never fails on time.
#include "dataview.h"
#include "columnstatisticsmodel.h"
#include "datagridview.h"
#include "datatablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
DataTablePtr makeTable(qsizetype rows)
{
    QRandomGenerator random(42);
    std::vector<double> values(static_cast<size_t>(rows));
    std::vector<qint64> counts(static_cast<size_t>(rows)), times(static_cast<size_t>(rows));
    DataColumnBuilder kinds(u"kind"_s, ColumnType::Categorical, rows);
    const QString names[] = {u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s};
    for (qsizetype i = 0; i < rows; ++i) {
        values[size_t(i)] = random.generateDouble() * 1000.0;
        counts[size_t(i)] = random.bounded(100000);
        times[size_t(i)] = 1'700'000'000'000 + i * 1000;
        kinds.appendText(names[i % 4]);
    }
    QList<DataColumn> columns{DataColumnBuilder::fromFloats(u"value"_s, std::move(values)),
                              DataColumnBuilder::fromIntegers(u"count"_s, ColumnType::Integer, std::move(counts)),
                              kinds.take(),
                              DataColumnBuilder::fromIntegers(u"time"_s, ColumnType::DateTime, std::move(times))};
    return std::make_shared<const DataTable>(columns);
}

struct FrameTimes
{
    double median = 0, max = 0;
};

FrameTimes scrollFrames(DataView &view, int frames)
{
    DataGridView *table = view.grid();
    QScrollBar *bar = table->verticalScrollBar();
    QRandomGenerator random(7);
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(random.bounded(std::max(1, bar->maximum())));
        table->viewport()->repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const qsizetype bigRows = 10'000'000;

    QElapsedTimer timer;
    timer.start();
    const DataTablePtr big = makeTable(bigRows);
    const double buildMs = double(timer.elapsed());
    const DataTablePtr small = makeTable(1000);

    DataView view;
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();

    ImportResult result;
    result.format = u"csv"_s;
    result.table = small;
    view.setImport(ImportSource::file(u"small.csv"_s), result);
    QCoreApplication::processEvents();
    const FrameTimes smallFrames = scrollFrames(view, 200);

    timer.restart();
    result.table = big;
    view.setImport(ImportSource::file(u"big.csv"_s), result);
    const double setMs = double(timer.nsecsElapsed()) / 1e6;
    // Frames are timed once the column statistics, computed on a worker, no longer share the cores.
    QSignalSpy statistics(view.statisticsModel(), &ColumnStatisticsModel::computed);
    statistics.wait(60000);
    QCoreApplication::processEvents();
    const FrameTimes bigFrames = scrollFrames(view, 200);


    QSignalSpy sorted(view.tableModel(), &DataTableModel::sortFinished);
    timer.restart();
    view.grid()->sortByColumn(0, Qt::AscendingOrder);
    const double sortCallMs = double(timer.nsecsElapsed()) / 1e6;
    sorted.wait(60000);
    const double sortMs = double(timer.elapsed());
    view.grid()->setCurrentCell(1234567, 1);
    view.grab().save(qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR", u"."_s) + u"/data-view-10m.png"_s);
    const FrameTimes sortedFrames = scrollFrames(view, 100);

    out << u"bench_dataview: 10,000,000 rows x 4 columns (%1 MB typed), built in %2 ms\n"_s
               .arg(double(big->byteSize()) / 1e6, 0, 'f', 0).arg(buildMs, 0, 'f', 0);
    out << u"  show the table in the view (GUI thread):   %1 ms\n"_s.arg(setMs, 0, 'f', 2);
    out << u"  scroll frame, 10 M rows: median %1 ms, max %2 ms\n"_s.arg(bigFrames.median, 0, 'f', 2).arg(bigFrames.max, 0, 'f', 2);
    out << u"  scroll frame, 1,000 rows (baseline): median %1 ms, max %2 ms; ratio %3x\n"_s
               .arg(smallFrames.median, 0, 'f', 2).arg(smallFrames.max, 0, 'f', 2)
               .arg(bigFrames.median / std::max(1e-6, smallFrames.median), 0, 'f', 2);
    out << u"  sort 10 M floats: GUI thread busy %1 ms, sorted on the worker after %2 ms; then frames median %3 ms\n"_s
               .arg(sortCallMs, 0, 'f', 2).arg(sortMs, 0, 'f', 0).arg(sortedFrames.median, 0, 'f', 2);
    return 0;
}
