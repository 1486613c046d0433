// Decimation: what reaches QtCharts is what the pixels can show, and it follows zoom and pan.
#include "decimatedseries.h"
#include "decimation.h"
#include "datacolumn.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

XYPointsPtr randomWalk(std::size_t n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<double> x(n), y(n);
    double v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = double(i);
        v += rng.generateDouble() - 0.5;
        y[i] = v;
    }
    return XYPoints::make(std::move(x), std::move(y), true);
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesKeepExtremesPerColumn_data();
    void linesKeepExtremesPerColumn();
    void linesSkipNonFiniteAndSortTime();
    void linesAddNeighboursOutsideRange();
    void linesDegenerateInput();
    void markersOnePerCell();
    void seriesFollowsZoomOffThread();
    void scatterSeriesAndDateTimeAxis();
    void denseCloudIsCapped();
    void groupedCloudsShareTheCap();
    void pointsMadeReadyOnAWorker();
    void refreshNowForExportSize();
    void sameColumnsShareTheirPoints();
    void areaFollowsZoom();
};

void TestDecimation::linesKeepExtremesPerColumn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("fewer points than columns") << 300 << 1000;
    QTest::newRow("100k into 500") << 100000 << 500;
    QTest::newRow("1M into 1920") << 1000000 << 1920;
}

void TestDecimation::linesKeepExtremesPerColumn()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    const XYPointsPtr points = randomWalk(std::size_t(count), 7);
    const double xMin = 0, xMax = count - 1;
    const QList<QPointF> out = Decimation::lines(*points, xMin, xMax, columns);
    QVERIFY(out.size() <= 4 * columns + 2);
    QVERIFY(out.size() <= count);
    // Per pixel column, the lowest and highest y and the first and last x are kept.
    const double scale = columns / (xMax - xMin);
    const auto columnOf = [&](double x) { return std::min(int((x - xMin) * scale), columns - 1); };
    std::vector<double> lo(size_t(columns), 1e300), hi(size_t(columns), -1e300);
    for (int i = 0; i < count; ++i) {
        const int c = columnOf(points->x[size_t(i)]);
        lo[size_t(c)] = std::min(lo[size_t(c)], points->y[size_t(i)]);
        hi[size_t(c)] = std::max(hi[size_t(c)], points->y[size_t(i)]);
    }
    std::vector<double> outLo(size_t(columns), 1e300), outHi(size_t(columns), -1e300);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0)
            QVERIFY(out[i].x() >= out[i - 1].x()); // still in x order
        const int c = columnOf(out[i].x());
        outLo[size_t(c)] = std::min(outLo[size_t(c)], out[i].y());
        outHi[size_t(c)] = std::max(outHi[size_t(c)], out[i].y());
    }
    QCOMPARE(outLo, lo);
    QCOMPARE(outHi, hi);
    QCOMPARE(out.first().x(), 0.0);
    QCOMPARE(out.last().x(), double(count - 1));
}

void TestDecimation::linesSkipNonFiniteAndSortTime()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    // Unsorted time with a NaN x and non-finite y.
    const XYPointsPtr points = XYPoints::make({5, 1, nan, 3, 2, 4}, {50, 10, 99, inf, 20, nan}, true);
    QVERIFY(points->sortedByX);
    QCOMPARE(points->finiteCount, std::size_t(3));
    QCOMPARE(points->bounds(), QRectF(1, 10, 4, 40));
    const QList<QPointF> out = Decimation::lines(*points, 0, 10, 100);
    QCOMPARE(out, (QList<QPointF>{{1, 10}, {2, 20}, {5, 50}}));
}

void TestDecimation::linesAddNeighboursOutsideRange()
{
    const XYPointsPtr points = randomWalk(1000, 3);
    const QList<QPointF> out = Decimation::lines(*points, 100.5, 200.5, 1000);
    QCOMPARE(out.first(), QPointF(100, points->y[100]));
    QCOMPARE(out.last(), QPointF(201, points->y[201]));
    QCOMPARE(out.size(), 102);
}

void TestDecimation::linesDegenerateInput()
{
    QVERIFY(Decimation::lines(*XYPoints::make({}, {}, true), 0, 1, 100).isEmpty());
    const XYPointsPtr one = XYPoints::make({2}, {3}, true);
    QCOMPARE(Decimation::lines(*one, 2, 2, 100), (QList<QPointF>{{2, 3}}));
    QVERIFY(Decimation::lines(*one, 0, 1, 0).isEmpty());
    QVERIFY(Decimation::lines(*one, std::nan(""), 1, 10).isEmpty());
    // All x equal: one column, at most four points.
    const XYPointsPtr same = XYPoints::make(std::vector<double>(1000, 1.0), std::vector<double>(1000, 2.0), true);
    QVERIFY(Decimation::lines(*same, 1, 1, 500).size() <= 4);
}

void TestDecimation::markersOnePerCell()
{
    QRandomGenerator rng(11);
    const std::size_t n = 200000;
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = rng.generateDouble() * 10;
        y[i] = rng.generateDouble() * 10;
    }
    x[0] = std::nan("");
    x[1] = 50; // outside the range
    const XYPointsPtr points = XYPoints::make(x, y, false);
    const QSize grid(200, 100);
    const QRectF range(0, 0, 10, 10);
    const QList<QPointF> out = Decimation::markers(*points, range, grid);
    QSet<int> cells;
    for (const QPointF &p : out) {
        QVERIFY(range.contains(p));
        const int cx = std::min(int(p.x() / 10 * 200), 199), cy = std::min(int(p.y() / 10 * 100), 99);
        QVERIFY(!cells.contains(cy * 200 + cx));
        cells.insert(cy * 200 + cx);
    }
    // 200k random points cover (nearly) every one of the 20,000 cells.
    QVERIFY(out.size() > 19000);
    QVERIFY(out.size() <= 20000);
}

void TestDecimation::seriesFollowsZoomOffThread()
{
    QChart *chart = new QChart;
    QChartView view(chart);
    view.resize(800, 500);
    auto *series = new QLineSeries;
    chart->addSeries(series);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    const XYPointsPtr points = randomWalk(2000000, 5);
    DecimatedSeries *decimated = DecimatedSeries::attach(series, points);
    QCOMPARE(DecimatedSeries::of(series), decimated);
    QCOMPARE(DecimatedSeries::allOf(chart), QList<DecimatedSeries *>{decimated});
    // Filled at once, without an event loop, for the default width.
    QVERIFY(series->count() > 0);
    QVERIFY(series->count() <= 4 * DecimatedSeries::initialColumns + 2);
    const QRectF bounds = decimated->dataBounds();
    xAxis->setRange(bounds.left(), bounds.right());
    yAxis->setRange(bounds.top(), bounds.bottom());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy refreshed(decimated, &DecimatedSeries::refreshed);
    xAxis->setRange(1000, 1500); // zoom into 501 points
    QVERIFY(refreshed.wait(5000));
    QTRY_COMPARE(series->count(), 503); // every point in range and one neighbour each side
    QCOMPARE(series->at(0).x(), 999.0);
    QVERIFY(series->count() == decimated->shownPointCount());

    // Pan: newest range wins even when several changes queue up.
    for (int i = 0; i < 20; ++i)
        xAxis->setRange(1000 + i * 1000, 1500 + i * 1000);
    QTRY_VERIFY(!decimated->isRefreshing() && series->at(1).x() == 20000.0);
    // Back out to everything: bounded by the plot width.
    xAxis->setRange(bounds.left(), bounds.right());
    QTRY_VERIFY(!decimated->isRefreshing() && series->count() > 1000);
    QVERIFY(series->count() <= 4 * int(std::ceil(chart->plotArea().width())) + 2);
}

void TestDecimation::scatterSeriesAndDateTimeAxis()
{
    QChart chart;
    auto *series = new QScatterSeries;
    chart.addSeries(series);
    auto *xAxis = new QDateTimeAxis;
    auto *yAxis = new QValueAxis;
    chart.addAxis(xAxis, Qt::AlignBottom);
    chart.addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    const qint64 day = 86400000;
    const DataColumn when = DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, {0, day, 2 * day, 3 * day});
    const DataColumn value = DataColumnBuilder::fromFloats(u"v"_s, {1, 2, 3, 4});
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(3 * day, Qt::UTC));
    yAxis->setRange(0, 5);
    DecimatedSeries *decimated = DecimatedSeries::attach(series, when, value, DecimatedSeries::Mode::Markers);
    QCOMPARE(decimated->mode(), DecimatedSeries::Mode::Markers);
    QCOMPARE(series->count(), 4);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(day, Qt::UTC), QDateTime::fromMSecsSinceEpoch(2 * day, Qt::UTC));
    DecimatedSeries::refreshNow(&chart);
    QCOMPARE(series->count(), 2); // markers outside the visible range are not drawn
}

// A uniform cloud fills every 2 × 2 px cell: coarser cells keep QtCharts at a few thousand markers,
// still spread over the whole range.
namespace {
// `series` in `chart` on two value axes with these ranges.
void putOnAxes(QChart &chart, QXYSeries *series, const QRectF &range)
{
    chart.addSeries(series);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    chart.addAxis(xAxis, Qt::AlignBottom);
    chart.addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    xAxis->setRange(range.left(), range.right());
    yAxis->setRange(range.top(), range.bottom());
}
} // namespace

void TestDecimation::denseCloudIsCapped()
{
    QChart chart;
    auto *series = new QScatterSeries;
    putOnAxes(chart, series, QRectF(QPointF(0, 0), QPointF(1, 1)));
    QRandomGenerator rng(3);
    std::vector<double> x(200000), y(200000);
    for (size_t i = 0; i < x.size(); ++i) {
        x[i] = rng.generateDouble();
        y[i] = rng.generateDouble();
    }
    DecimatedSeries::attach(series, std::move(x), std::move(y), DecimatedSeries::Mode::Markers);
    QVERIFY2(series->count() <= DecimatedSeries::maxMarkers, qPrintable(QString::number(series->count())));
    QVERIFY(series->count() > DecimatedSeries::maxMarkers / 8);
    QRectF covered;
    for (const QPointF &p : series->points())
        covered = covered.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9)) : covered.united(QRectF(p, QSizeF(1e-9, 1e-9)));
    QVERIFY(covered.left() < 0.05 && covered.right() > 0.95 && covered.top() < 0.05 && covered.bottom() > 0.95);
}

// attachLater(): the series is empty at first, then shows what attach() would have shown.
// Three dense groups in one chart share the cap: the GUI thread makes graphics items for about
// maxMarkers markers in all, not maxMarkers per group.
void TestDecimation::groupedCloudsShareTheCap()
{
    QChart chart;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    chart.addAxis(xAxis, Qt::AlignBottom);
    chart.addAxis(yAxis, Qt::AlignLeft);
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    QList<QScatterSeries *> groups;
    for (int g = 0; g < 3; ++g) {
        auto *series = new QScatterSeries;
        chart.addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        groups.append(series);
    }
    QRandomGenerator rng(5);
    qsizetype total = 0;
    for (QScatterSeries *series : std::as_const(groups)) {
        std::vector<double> x(200000), y(200000);
        for (size_t i = 0; i < x.size(); ++i) {
            x[i] = rng.generateDouble();
            y[i] = rng.generateDouble();
        }
        DecimatedSeries::attach(series, std::move(x), std::move(y), DecimatedSeries::Mode::Markers);
        QVERIFY2(series->count() <= DecimatedSeries::maxMarkers / 3, qPrintable(QString::number(series->count())));
        QVERIFY(series->count() > DecimatedSeries::maxMarkers / 3 / 8); // still a cloud, not a handful
        total += series->count();
    }
    QVERIFY2(total <= DecimatedSeries::maxMarkers, qPrintable(QString::number(total)));
}

void TestDecimation::pointsMadeReadyOnAWorker()
{
    QList<QPointF> points;
    for (int i = 0; i < 1000000; ++i)
        points.append(QPointF(1000000 - i, std::sin(i / 1000.0))); // descending x: Lines sorts
    QList<QPointF> expected;
    for (bool later : {false, true}) {
        QChart chart;
        auto *series = new QLineSeries;
        putOnAxes(chart, series, QRectF(QPointF(1, -1), QPointF(1000000, 1)));
        if (!later) {
            std::vector<double> xs, ys;
            for (const QPointF &p : std::as_const(points))
                xs.push_back(p.x()), ys.push_back(p.y());
            DecimatedSeries *decimated = DecimatedSeries::attach(series, std::move(xs), std::move(ys));
            QVERIFY(series->count() > 1000);
            // Then the chart lays out and the series follows its plot area.
            QTest::qWait(100);
            QTRY_VERIFY_WITH_TIMEOUT(!decimated->isRefreshing(), 20000);
            expected = series->points();
            QVERIFY(!expected.isEmpty());
            continue;
        }
        DecimatedSeries *decimated = DecimatedSeries::attachLater(series, points);
        QCOMPARE(series->count(), 0);
        QVERIFY(decimated->isRefreshing());
        DecimatedSeries::refreshNow(&chart); // nothing to show yet: no crash, still empty
        QCOMPARE(series->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(series->count() > 0, 20000);
        QTest::qWait(100);
        QTRY_VERIFY_WITH_TIMEOUT(!decimated->isRefreshing(), 20000);
        QCOMPARE(series->points(), expected);
        QCOMPARE(decimated->dataBounds().left(), 1.0);
        QCOMPARE(decimated->dataBounds().right(), 1000000.0);
    }
}

void TestDecimation::refreshNowForExportSize()
{
    QChart chart;
    auto *series = new QLineSeries;
    DecimatedSeries *decimated = DecimatedSeries::attach(series, randomWalk(500000, 9));
    chart.addSeries(series);
    chart.createDefaultAxes(); // ranges from the (decimated) points
    const qsizetype small = series->count();
    chart.resize(4800, 2700);
    DecimatedSeries::refreshNow(&chart);
    QVERIFY(series->count() > small); // more columns, more points
    QVERIFY(series->count() <= 4 * 4800 + 2);
    QCOMPARE(decimated->shownPointCount(), series->count());
}

void TestDecimation::sameColumnsShareTheirPoints()
{
    // A chart rebuilt for the same big columns (theme switch, large view, export) reuses the
    // prepared points; other columns, or the same storage with other values, do not.
    std::vector<double> xs(200000), ys(200000);
    for (size_t i = 0; i < xs.size(); ++i) {
        xs[i] = double(xs.size() - i); // unsorted: the prepared copy is sorted once
        ys[i] = std::sin(double(i));
    }
    const DataColumn x = DataColumnBuilder::fromFloats(u"x"_s, xs);
    const DataColumn y = DataColumnBuilder::fromFloats(u"y"_s, ys);
    const XYPointsPtr first = XYPoints::fromColumns(x, y, true);
    const XYPointsPtr again = XYPoints::fromColumns(x, y, true);
    QCOMPARE(again.get(), first.get());
    QVERIFY(first->sortedByX);
    QCOMPARE(first->x.front(), 1.0);
    QVERIFY(XYPoints::fromColumns(x, y, false).get() != first.get()); // unsorted is another preparation
    const DataColumn other = DataColumnBuilder::fromFloats(u"y2"_s, ys);
    QVERIFY(XYPoints::fromColumns(x, other, true).get() != first.get());
}

void TestDecimation::areaFollowsZoom()
{
    QChart chart;
    chart.resize(1000, 600);
    auto *area = new QAreaSeries(new QLineSeries, new QLineSeries);
    const XYPointsPtr upper = randomWalk(1000000, 1);
    const XYPointsPtr lower = XYPoints::make({0, 999999}, {-1000, -1000}, true);
    DecimatedSeries *top = DecimatedSeries::attachToArea(area, upper, lower);
    QVERIFY(top);
    chart.addSeries(area);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    x->setRange(0, 999999);
    y->setRange(-1000, 1000);
    QCOMPARE(DecimatedSeries::allOf(&chart).size(), 2);
    DecimatedSeries::refreshNow(&chart);
    QVERIFY(area->upperSeries()->count() <= 4 * int(std::ceil(chart.plotArea().width())) + 2);
    QCOMPARE(area->lowerSeries()->count(), 2);
    // Zoom into 101 points: the upper line follows, off the GUI thread.
    x->setRange(5000, 5100);
    QTRY_COMPARE(area->upperSeries()->count(), 103);
}

QTEST_MAIN(TestDecimation)
#include "tst_decimation.moc"
