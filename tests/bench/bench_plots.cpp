// The native plot engine's speed: decimation per million points, redraw after zoom/pan with
// 10 M points (against raw Qt Charts with 1 M points in the same run), the comparison view of
// 9 tiles opening with cached previews, and a render to anyplot's 4800×2700 PNG canvas.
// Prints figures; never fails on time.
#include "catalogsources.h"
#include "chartexport.h"
#include "comparisonview.h"
#include "plotdatapanel.h"
#include "decimatedseries.h"
#include "plotregistry.h"
#include "previewimageloader.h"
#include "comparisonpreviews.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QMetaEnum>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
// This machine's 2 cores are shared (load ≈ 10 while the team builds): wall-clock figures swing
// several-fold, so single-threaded work is also timed in this thread's CPU time.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct CpuTimer
{
    double start = threadCpuMs();
    double ms() const { return threadCpuMs() - start; }
};

// Splits the GUI thread's CPU time by what it did: each top-level event delivery is charged to its
// receiver's class and the event type (a queued call or a watcher's signal shows as MetaCall).
class ProfilingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const QString key = QString::fromLatin1(receiver->metaObject()->className()) + u'/'
            + QString::fromLatin1(QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                                      .valueToKey(event->type()));
        ++m_depth;
        const double start = threadCpuMsNow();
        const bool done = QApplication::notify(receiver, event);
        m_spent[key] += threadCpuMsNow() - start;
        --m_depth;
        return done;
    }
    void record(bool on)
    {
        m_recording = on;
        if (on)
            m_spent.clear();
    }
    // The biggest items over a threshold, "Class/Event 12.3 ms, …".
    QString biggest(double overMs) const
    {
        QList<std::pair<double, QString>> items;
        for (auto it = m_spent.cbegin(); it != m_spent.cend(); ++it)
            if (it.value() >= overMs)
                items.append({it.value(), it.key()});
        std::sort(items.begin(), items.end(), std::greater<>());
        QStringList parts;
        for (const auto &[ms, key] : items)
            parts.append(u"%1 %2 ms"_s.arg(key).arg(ms, 0, 'f', 1));
        return parts.isEmpty() ? u"nothing over %1 ms"_s.arg(overMs) : parts.join(u", "_s);
    }

private:
    static double threadCpuMsNow() { return threadCpuMs(); }
    QHash<QString, double> m_spent;
    int m_depth = 0;
    bool m_recording = false;
};

ProfilingApplication *profiler()
{
    return static_cast<ProfilingApplication *>(QCoreApplication::instance());
}

// Waits for the next event on the GUI thread without spinning. processEvents(flags, ms) drops
// WaitForMoreEvents (Qt 6.4) and returns at once when nothing is queued, so a loop of it spins and
// charges the wait for a worker to the GUI thread's CPU: that was most of the "GUI-thread CPU" once
// measured for a 10 M-row table. PLOTBENCH_BENCH_SPIN=1 measures that old way again.
void waitForEvents()
{
    if (qEnvironmentVariableIntValue("PLOTBENCH_BENCH_SPIN") == 1) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return;
    }
    QTimer heartbeat; // wakes the wait at the latest after 50 ms, so the caller's deadline holds
    heartbeat.start(50);
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Timings
{
    std::vector<double> ms;
    void add(const QElapsedTimer &timer) { ms.push_back(double(timer.nsecsElapsed()) / 1e6); }
    double median()
    {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[ms.size() / 2];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

XYPointsPtr walk(std::size_t n)
{
    QRandomGenerator rng(42);
    std::vector<double> x(n), y(n);
    double v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = double(i);
        v += rng.generateDouble() - 0.5;
        y[i] = v;
    }
    return XYPoints::make(std::move(x), std::move(y), true);
}

void benchDecimation()
{
    std::printf("\n== decimation (budget 5 ms per 1 M points)\n");
    for (std::size_t n : {std::size_t(1'000'000), std::size_t(10'000'000)}) {
        const XYPointsPtr points = walk(n);
        Timings lines, markers, copy;
        std::vector<double> linesCpu, markersCpu;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            const CpuTimer cpu;
            const QList<QPointF> out = Decimation::lines(*points, 0, double(n - 1), 1920);
            linesCpu.push_back(cpu.ms());
            lines.add(t);
            if (i == 0)
                std::printf("lines, %zu points → %lld points for 1920 columns\n", n, qlonglong(out.size()));
        }
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const CpuTimer cpu;
            const QList<QPointF> out = Decimation::markers(*points, points->bounds(), QSize(960, 540));
            markersCpu.push_back(cpu.ms());
            markers.add(t);
        }
        // Baseline: only handing every point to Qt Charts' QList<QPointF>, nothing drawn.
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            QList<QPointF> all;
            all.reserve(qsizetype(n));
            for (std::size_t k = 0; k < n; ++k)
                all.append(QPointF(points->x[k], points->y[k]));
            copy.add(t);
        }
        const double millions = double(n) / 1e6;
        std::printf("lines:   %.2f ms wall median, %.2f ms CPU (%.2f ms CPU per 1 M points)\n", lines.median(),
                    median(linesCpu), median(linesCpu) / millions);
        std::printf("markers: %.2f ms wall median, %.2f ms CPU (%.2f ms CPU per 1 M points)\n", markers.median(),
                    median(markersCpu), median(markersCpu) / millions);
        std::printf("baseline, copying every point into a QList<QPointF>: %.2f ms (%.1f× the line decimation)\n",
                    copy.median(), copy.median() / std::max(0.001, lines.median()));
    }
}

struct ChartRig
{
    QChart *chart = new QChart;
    QChartView view{chart};
    QLineSeries *series = new QLineSeries;
    QValueAxis *x = new QValueAxis;
    QValueAxis *y = new QValueAxis;
    QImage frame{1600, 900, QImage::Format_ARGB32_Premultiplied};

    ChartRig()
    {
        view.resize(1600, 900);
        chart->legend()->hide();
        chart->addSeries(series);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("the view was never exposed");
    }
    // One frame as the screen would get it: the whole view painted in software.
    double paint()
    {
        QElapsedTimer t;
        t.start();
        const CpuTimer cpu;
        QPainter painter(&frame);
        view.render(&painter);
        painter.end();
        cpuMs.push_back(cpu.ms());
        return double(t.nsecsElapsed()) / 1e6;
    }
    std::vector<double> cpuMs;
};

void benchRedraw()
{
    std::printf("\n== redraw after zoom/pan, 1600×900 view (budget 16 ms per frame)\n");
    const std::size_t n = 10'000'000;
    const XYPointsPtr points = walk(n);
    double decimatedPaint = 0, latency = 0;
    {
        ChartRig rig;
        DecimatedSeries *decimated = DecimatedSeries::attach(rig.series, points);
        const QRectF b = points->bounds();
        rig.x->setRange(b.left(), b.right());
        rig.y->setRange(b.top(), b.bottom());
        DecimatedSeries::refreshNow(rig.chart);
        rig.paint();
        Timings paint, endToEnd;
        std::vector<double> frames; // GUI-thread CPU of range change + paint
        // 30 steps: zoom in by 1.25× around the centre, then pan, as a user's wheel and drag do.
        double lo = b.left(), hi = b.right();
        for (int step = 0; step < 30; ++step) {
            const double span = hi - lo;
            if (step < 20) {
                lo += span * 0.1;
                hi -= span * 0.1;
            } else {
                lo += span * 0.05;
                hi += span * 0.05;
            }
            QElapsedTimer t;
            t.start();
            QSignalSpy refreshed(decimated, &DecimatedSeries::refreshed);
            const CpuTimer frameCpu;
            rig.x->setRange(lo, hi);
            // The frame right after the change: the old (decimated) points, re-mapped.
            paint.ms.push_back(rig.paint());
            frames.push_back(frameCpu.ms());
            // Then the new points from the worker, and their frame.
            while (refreshed.isEmpty())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            paint.ms.push_back(rig.paint());
            endToEnd.add(t);
        }
        decimatedPaint = median(frames);
        std::printf("10 M points, decimated: GUI-thread CPU per frame (range change + paint) %.2f ms median\n",
                    median(frames));
        latency = endToEnd.median();
        std::printf("10 M points, decimated: %.2f ms per frame wall median (%.2f ms CPU), %.2f ms max; change → new "
                    "points on screen %.2f ms median, %.2f ms max; %lld points drawn at full view\n",
                    paint.median(), median(rig.cpuMs), paint.max(), endToEnd.median(), endToEnd.max(),
                    qlonglong(Decimation::lines(*points, b.left(), b.right(), 1600).size()));
    }
    {
        ChartRig rig;
        const XYPointsPtr million = walk(1'000'000);
        QList<QPointF> all;
        all.reserve(1'000'000);
        for (std::size_t k = 0; k < million->size(); ++k)
            all.append(QPointF(million->x[k], million->y[k]));
        rig.series->replace(all);
        const QRectF b = million->bounds();
        rig.x->setRange(b.left(), b.right());
        rig.y->setRange(b.top(), b.bottom());
        rig.paint();
        Timings paint;
        std::vector<double> frames;
        double lo = b.left(), hi = b.right();
        for (int step = 0; step < 6; ++step) {
            const double span = hi - lo;
            lo += span * 0.1;
            hi -= span * 0.1;
            QElapsedTimer t;
            t.start();
            const CpuTimer frameCpu;
            rig.x->setRange(lo, hi);
            rig.paint();
            frames.push_back(frameCpu.ms());
            paint.add(t);
        }
        std::printf("baseline, raw Qt Charts, 1 M points: %.2f ms per frame wall median (%.2f ms CPU of the paint), %.2f ms max\n",
                    paint.median(), median(rig.cpuMs), paint.max());
        std::printf("baseline, raw Qt Charts, 1 M points: GUI-thread CPU per frame (range change + paint) %.2f ms median\n",
                    median(frames));
        std::printf("ratio, GUI-thread CPU per frame: raw 1 M / decimated 10 M = %.1f×\n",
                    median(frames) / std::max(0.001, decimatedPaint));
    }
    Q_UNUSED(latency);
}

void benchComparisonView()
{
    std::printf("\n== comparison view, 9 tiles, previews cached (budget 150 ms)\n");
    QString error;
    const CatalogPtr sample = CatalogLoader::loadBlocking(*CatalogSources::fromArgument(u"sample"_s, {false, false}, &error));
    // A spec with eight library implementations (all showing the embedded line-basic previews)
    // plus the native tile: nine tiles.
    CatalogBuilder builder(sample->origin());
    builder.addSpec(*sample->spec(u"line-basic"_s));
    const Implementation *mpl = sample->implementation(u"line-basic"_s, u"matplotlib"_s);
    const QStringList libraries{u"altair"_s, u"bokeh"_s, u"highcharts"_s, u"letsplot"_s,
                                u"matplotlib"_s, u"plotly"_s, u"plotnine"_s, u"seaborn"_s};
    for (const QString &library : libraries) {
        Implementation impl = *mpl;
        impl.libraryId = library;
        builder.addImplementation(impl);
    }
    const CatalogPtr catalog = std::move(builder).build();

    PreviewImageLoader loader;
    {
        // Warm the cache the way the browser leaves it: every preview decoded once.
        ComparisonView warm;
        warm.setPreviewLoader(&loader);
        warm.resize(1600, 1000);
        warm.setSpec(catalog, u"line-basic"_s);
        const QString path = ComparisonPreviews::localPath(*catalog, *mpl, warm.previewTheme());
        QElapsedTimer wait;
        wait.start();
        while (loader.thumbnail(path, QSize(960, 540)).isNull() && wait.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    Timings open, paint;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        ComparisonView view;
        view.setPreviewLoader(&loader);
        view.resize(1600, 1000);
        view.setSpec(catalog, u"line-basic"_s);
        view.show();
        open.add(t);
        QElapsedTimer p;
        p.start();
        const QPixmap shot = view.grab(); // the first full paint
        paint.add(p);
        if (i == 0)
            std::printf("tiles: %lld, grid columns %d, screenshot %dx%d\n", qlonglong(view.tiles().size()),
                        view.gridColumns(), shot.width(), shot.height());
    }
    std::printf("construct + setSpec + show: %.1f ms median; first full paint: %.1f ms median; together %.1f ms\n",
                open.median(), paint.median(), open.median() + paint.median());

    // Loading a 10 M-row table into the view: the points are prepared on a worker, the GUI thread
    // only builds the chart from them.
    {
        const qsizetype rows = 10'000'000;
        std::vector<qint64> when(static_cast<size_t>(rows));
        std::vector<double> level(static_cast<size_t>(rows));
        for (qsizetype i = 0; i < rows; ++i) {
            when[size_t(i)] = i * 1000;
            level[size_t(i)] = std::sin(i / 1e5);
        }
        auto table = std::make_shared<const DataTable>(QList<DataColumn>{
            DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, std::move(when)),
            DataColumnBuilder::fromFloats(u"level"_s, std::move(level))});
        ComparisonView view;
        view.setPreviewLoader(&loader);
        view.resize(1600, 1000);
        view.setSpec(catalog, u"line-basic"_s);
        view.show();
        view.grab(); // the first paint of the tiles is not part of loading the table
        QTest::qWait(200);
        QElapsedTimer wall;
        wall.start();
        const CpuTimer gui;
        view.setDataTable(table, u"ten-million.csv"_s);
        const double setMs = gui.ms();
        auto *chartView = view.nativeTile()->findChild<QChartView *>();
        while (!(chartView && chartView->chart() && !chartView->chart()->series().isEmpty()) && wall.elapsed() < 60000)
            waitForEvents();
        std::printf("10 M-row table into the view: setDataTable %.1f ms GUI CPU, native tile drawn after %lld ms wall, "
                    "%.0f ms GUI-thread CPU in all (the build from prepared points included)\n",
                    setMs, qlonglong(wall.elapsed()), gui.ms());
    }
}

// The first native tile for a 100 k-row table (below the old 200 k threshold, where the whole build
// ran on the GUI thread): GUI-thread CPU from setDataTable() until the tile shows the chart, against
// the same build done in one go on this thread (what the GUI thread did before), and the two halves.
void benchFirstNativeTile(qsizetype rows, const QStringList &specIds, int runs)
{
    std::printf("\n== first native tile, %lld-row table (GUI-thread CPU)\n", qlonglong(rows));
    QString error;
    const CatalogPtr catalog = CatalogLoader::loadBlocking(*CatalogSources::fromArgument(u"sample"_s, {false, false}, &error));
    const auto makeTable = [&] {
        QRandomGenerator rng(7);
        std::vector<double> x(static_cast<size_t>(rows)), y(static_cast<size_t>(rows));
        std::vector<qint64> when(static_cast<size_t>(rows));
        QStringList group;
        const QStringList groups{u"north"_s, u"south"_s, u"east"_s};
        for (qsizetype i = 0; i < rows; ++i) {
            when[size_t(i)] = (rows - i) * 60000; // newest first: the build sorts
            x[size_t(i)] = rng.generateDouble() * 100;
            y[size_t(i)] = x[size_t(i)] * 0.5 + rng.generateDouble() * 10;
            group.append(groups[i % 3]);
        }
        return std::make_shared<const DataTable>(QList<DataColumn>{
            DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, std::move(when)),
            DataColumnBuilder::fromFloats(u"x"_s, std::move(x)), DataColumnBuilder::fromFloats(u"y"_s, std::move(y)),
            DataColumnBuilder::fromTexts(u"group"_s, ColumnType::Categorical, group)});
    };
    for (const QString &specId : specIds) {
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        if (!impl || !catalog->spec(specId)) {
            std::printf("%s: not in the sample catalog\n", qPrintable(specId));
            continue;
        }
        std::vector<double> viewGui, viewWall, oneGo, prepareCpu, chartHalf, setCpu, chartCpu, pointsCpu;
        for (int i = 0; i < runs; ++i) {
            const DataTablePtr table = makeTable(); // a new table each time: nothing cached
            ComparisonView view;
            view.resize(1600, 1000);
            view.setSpec(catalog, specId);
            view.show();
            auto *chartView = view.nativeTile()->findChild<QChartView *>();
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 3000 && !(chartView->chart() && !chartView->chart()->series().isEmpty()))
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QChart *sampleChart = chartView->chart();
            QElapsedTimer wall;
            wall.start();
            const CpuTimer gui;
            profiler()->record(true);
            view.setDataTable(table, u"user-table.csv"_s);
            // Where the GUI thread's time goes: the setDataTable() call itself (panel, mapping, the
            // worker started), the events until the tile has its new chart (the QtCharts half from
            // the prepared points), and the events until that chart's series has its points.
            setCpu.push_back(gui.ms());
            const auto hasChart = [&] {
                const QChart *chart = chartView->chart();
                return chart && chart != sampleChart && !chart->series().isEmpty();
            };
            // Drawn: the new chart is shown and its first series has its points (they come from a worker).
            const auto drawn = [&] {
                if (!hasChart())
                    return false;
                const auto *xy = qobject_cast<const QXYSeries *>(chartView->chart()->series().constFirst());
                return !xy || xy->count() > 0;
            };
            while (wall.elapsed() < 60000 && !hasChart())
                waitForEvents();
            chartCpu.push_back(gui.ms() - setCpu.back());
            while (wall.elapsed() < 60000 && !drawn())
                waitForEvents();
            pointsCpu.push_back(gui.ms() - setCpu.back() - chartCpu.back());
            profiler()->record(false);
            if (i == runs - 1)
                std::printf("%s, %lld rows, the events of the last run by receiver: %s\n", qPrintable(specId),
                            qlonglong(rows), qPrintable(profiler()->biggest(2.0)));
            viewGui.push_back(gui.ms());
            viewWall.push_back(double(wall.nsecsElapsed()) / 1e6);
            // Baseline: the whole build in one go on this thread, as the GUI thread did before.
            const PlotColumnMapping mapping = view.dataPanel()->mapping();
            const DataTablePtr fresh = makeTable();
            const CpuTimer whole;
            const PlotBuildResult built = impl->build(*fresh, mapping, PlotTheme::light());
            oneGo.push_back(whole.ms());
            const DataTablePtr fresh2 = makeTable();
            const CpuTimer first;
            const PreparedPlotPtr prepared = impl->prepare(fresh2, mapping, PlotTheme::light());
            prepareCpu.push_back(first.ms());
            const CpuTimer second;
            const PlotBuildResult fromPrepared = prepared->build(true); // as the view does
            chartHalf.push_back(second.ms());
        }
        std::printf("%s: GUI thread, setDataTable → tile drawn: %.1f ms CPU (%.0f ms wall; panel, layout and paint "
                    "included). The native build on the GUI thread: now %.1f ms CPU (the QtCharts half; the data half, "
                    "%.1f ms, runs on a worker), before %.1f ms CPU (the whole build ran there): %.1f× less\n",
                    qPrintable(specId), median(viewGui), median(viewWall), median(chartHalf), median(prepareCpu),
                    median(oneGo), median(oneGo) / std::max(0.01, median(chartHalf)));
        std::printf("%s, %lld rows, GUI-thread CPU split: setDataTable() %.1f ms, until the tile has its chart "
                    "%.1f ms, until the series has its points %.1f ms\n",
                    qPrintable(specId), qlonglong(rows), median(setCpu), median(chartCpu), median(pointsCpu));
    }
}

void benchRender()
{
    std::printf("\n== render to a 4800×2700 PNG at 300 dpi (budget 1 s)\n");
    const PlotImplementation *impl = PlotRegistry::instance().find(u"line-basic"_s);
    if (!impl) {
        std::printf("no line-basic implementation\n");
        return;
    }
    QTemporaryDir dir;
    Timings sample, big, draw, encode;
    std::vector<double> sampleCpu, bigCpu;
    for (int i = 0; i < 3; ++i) {
        PlotBuildResult built = impl->build(*impl->sampleData(), {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
        QElapsedTimer t;
        t.start();
        const CpuTimer cpu;
        QString error;
        ChartExport::write(built.chart.get(), dir.filePath(u"a.png"_s), ChartExportOptions(), &error);
        sampleCpu.push_back(cpu.ms());
        sample.add(t);
        QElapsedTimer d;
        d.start();
        const QImage image = ChartExport::renderImage(built.chart.get(), ChartExportOptions());
        draw.add(d);
        QElapsedTimer e;
        e.start();
        ChartExport::pngBytes(image, &error);
        encode.add(e);
    }
    // The same with a million rows of the user's data.
    const qsizetype n = 1'000'000;
    std::vector<qint64> when(static_cast<size_t>(n));
    std::vector<double> level(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        when[size_t(i)] = i * 60000;
        level[size_t(i)] = std::sin(i / 3000.0) * 20 + (i % 13);
    }
    const DataTable table({DataColumnBuilder::fromIntegers(u"x"_s, ColumnType::DateTime, std::move(when)),
                           DataColumnBuilder::fromFloats(u"y"_s, std::move(level))});
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const CpuTimer cpu;
        PlotBuildResult built = impl->build(table, {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
        QString error;
        ChartExport::write(built.chart.get(), dir.filePath(u"b.png"_s), ChartExportOptions(), &error);
        bigCpu.push_back(cpu.ms());
        big.add(t);
    }
    // The native build itself (GUI thread in the app): 10 M rows into line-basic, first and again
    // (a rebuild for the same columns reuses the prepared points).
    {
        const qsizetype rows = 10'000'000;
        std::vector<qint64> t10(static_cast<size_t>(rows));
        std::vector<double> v10(static_cast<size_t>(rows));
        for (qsizetype i = 0; i < rows; ++i) {
            t10[size_t(i)] = i * 1000;
            v10[size_t(i)] = std::sin(i / 1e5);
        }
        const DataTable ten({DataColumnBuilder::fromIntegers(u"x"_s, ColumnType::DateTime, std::move(t10)),
                             DataColumnBuilder::fromFloats(u"y"_s, std::move(v10))});
        CpuTimer first;
        PlotBuildResult a = impl->build(ten, {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
        const double firstMs = first.ms();
        CpuTimer second;
        PlotBuildResult b = impl->build(ten, {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::dark());
        std::printf("native build, 10 M rows: %.0f ms CPU the first time, %.0f ms CPU rebuilt (theme switch)\n", firstMs,
                    second.ms());
    }
    // Baseline: encoding an empty canvas of the same size.
    QImage blank(4800, 2700, QImage::Format_ARGB32_Premultiplied);
    blank.fill(QColor(0xFA, 0xF8, 0xF1));
    Timings blankEncode;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QString error;
        ChartExport::pngBytes(blank, &error);
        blankEncode.add(t);
    }
    std::printf("sample data (52 rows): %.0f ms wall median, %.0f ms CPU (draw %.0f ms + encode %.0f ms wall)\n",
                sample.median(), median(sampleCpu), draw.median(), encode.median());
    std::printf("1 M rows, build + draw + encode + write: %.0f ms wall median, %.0f ms CPU\n", big.median(), median(bigCpu));
    std::printf("baseline, encoding a blank 4800×2700 PNG: %.0f ms\n", blankEncode.median());
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    ProfilingApplication app(argc, argv);
    const QString only = app.arguments().value(1);
    if (only.isEmpty() || only == u"decimation"_s)
        benchDecimation();
    if (only.isEmpty() || only == u"redraw"_s)
        benchRedraw();
    if (only.isEmpty() || only == u"comparison"_s) {
        benchComparisonView();
        benchFirstNativeTile(100'000, {u"line-basic"_s, u"scatter-basic"_s, u"box-basic"_s}, 5);
    }
    // The same first tile with 10 M rows: the GUI thread's share should stay near the 100 k case.
    if (only.isEmpty() || only == u"comparison"_s || only == u"bigtile"_s) {
        if (only == u"bigtile"_s)
            benchFirstNativeTile(100'000, {u"line-basic"_s, u"scatter-basic"_s, u"box-basic"_s}, 3);
        benchFirstNativeTile(10'000'000, {u"line-basic"_s, u"scatter-basic"_s, u"box-basic"_s}, 2);
    }
    if (only.isEmpty() || only == u"render"_s)
        benchRender();
    return 0;
}
