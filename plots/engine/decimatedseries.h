#pragma once

#include "decimation.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSize>

#include <memory>
#include <vector>

class DataColumn;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QXYSeries;

// Feeds a QLineSeries / QSplineSeries / QScatterSeries (for an area: its upper or lower line
// series) with only the points its pixels can show, and recomputes them off the GUI thread when
// the axes' ranges or the plot area change (zoom, pan, resize). QtCharts never sees the millions.
//
// Usage in an implementation's build():
//     auto *series = new QLineSeries;
//     chart->addSeries(series);
//     series->attachAxis(xAxis); series->attachAxis(yAxis);
//     DecimatedSeries::attach(series, std::move(xs), std::move(ys));   // or (series, colX, colY)
//     // markers (scatter): attach(scatter, xs, ys, DecimatedSeries::Mode::Markers)
//     // areas: attachToArea(area, upperPoints, lowerPoints) — the area is in the chart, not its lines
// Lines mode sorts by x (a copy; NaN/±∞ are kept but never drawn); Markers keep the data's order.
// XYPoints::fromColumns() shares prepared points between charts of the same big columns.
// The axis ranges are the implementation's to set (dataBounds() helps). attach() fills the series
// at once for a plot area of `initialColumns` pixels, so a chart drawn without an event loop (CLI
// export) has its points; ChartExport and the views call refreshNow() for the real size.
// The object is a child of the series and dies with it.
class DecimatedSeries : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Lines, Markers };
    static constexpr int initialColumns = 2048;
    // At most this many markers per series reach QtCharts (dense clouds get coarser cells).
    static constexpr qsizetype maxMarkers = 4000;
    static constexpr qsizetype minMarkerBudget = 1000; // per series, however many share a chart

    static DecimatedSeries *attach(QXYSeries *series, XYPointsPtr points, Mode mode = Mode::Lines);
    static DecimatedSeries *attach(QXYSeries *series, std::vector<double> x, std::vector<double> y,
                                   Mode mode = Mode::Lines);
    static DecimatedSeries *attach(QXYSeries *series, const DataColumn &x, const DataColumn &y,
                                   Mode mode = Mode::Lines);
    static DecimatedSeries *attach(QXYSeries *series, const QList<QPointF> &points, Mode mode = Mode::Lines);
    // Like attach() for a series already in its chart and on its axes, but the points are made
    // ready (split, sorted, decimated) on a worker: the series stays empty until then. For
    // charts a view shows, so that millions of points never hold the GUI thread.
    static DecimatedSeries *attachLater(QXYSeries *series, QList<QPointF> points, Mode mode = Mode::Lines);

    // An area: its upper (and lower, when given) line series decimated; the area is what sits in
    // the chart and on the axes. Add the area to the chart with its line series already set.
    // Returns the upper line's decimator.
    static DecimatedSeries *attachToArea(QAreaSeries *area, XYPointsPtr upper, XYPointsPtr lower = {});

    // The decimator feeding `series`, or null.
    static DecimatedSeries *of(const QXYSeries *series);
    static QList<DecimatedSeries *> allOf(const QChart *chart);
    // Every decimated series of the chart, recomputed now on the calling thread (export, tests).
    static void refreshNow(QChart *chart);

    const XYPointsPtr &points() const { return m_points; }
    QRectF dataBounds() const { return m_points ? m_points->bounds() : QRectF(); }
    Mode mode() const { return m_mode; }
    qsizetype shownPointCount() const { return m_shown; }

    // Recomputes for the current plot area and axis ranges on the calling thread.
    void refreshNow();
    // Recomputes on a worker; the newest request wins, older results are dropped.
    void scheduleRefresh();
    // True while a worker computes points that are not shown yet.
    bool isRefreshing() const { return m_running; }

Q_SIGNALS:
    // New points were handed to the series.
    void refreshed();

private:
    struct Request
    {
        double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
        QSize pixels;
        bool valid = false;
        bool xFromAxes = false, yFromAxes = false;
        qsizetype markerBudget = maxMarkers; // shared by the marker series of one chart
    };
    DecimatedSeries(QXYSeries *series, XYPointsPtr points, Mode mode);
    void hookUp();
    Request currentRequest() const;
    // The plot area and the axes' ranges (xFromAxes/yFromAxes), as far as the chart has them.
    Request viewRequest() const;
    static void fillFromBounds(Request &request, const XYPoints &points);
    static QList<QPointF> compute(const XYPoints &points, Mode mode, const Request &request);
    void show(const QList<QPointF> &points);
    void startWorker();

    QAbstractSeries *shownAs() const; // the series in the chart: the line itself, or its area
    QXYSeries *m_series;
    QPointer<QAbstractSeries> m_area;
    XYPointsPtr m_points;
    Mode m_mode;
    QPointer<QChart> m_hookedChart;
    QList<QObject *> m_hookedAxes;
    qsizetype m_shown = 0;
    bool m_running = false;
    bool m_pending = false;
    quint64 m_generation = 0;
};
