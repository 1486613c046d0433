#include "decimatedseries.h"

#include "datacolumn.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QLineSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QLogValueAxis>
#include <QThreadPool>
#include <QValueAxis>
#include <QXYSeries>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace {

// Decimation never waits for anything, so a small pool of its own keeps it from queueing behind
// catalog loads or image decoding on the global one.
QThreadPool *decimationPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

// Points as the decimation reads them: x and y apart, sorted by x for lines.
XYPointsPtr pointsFrom(const QList<QPointF> &points, bool sortByX)
{
    std::vector<double> xs, ys;
    xs.reserve(size_t(points.size()));
    ys.reserve(size_t(points.size()));
    for (const QPointF &p : points) {
        xs.push_back(p.x());
        ys.push_back(p.y());
    }
    return XYPoints::make(std::move(xs), std::move(ys), sortByX);
}

struct AxisRange
{
    double min = 0, max = 0;
    bool valid = false;
};

AxisRange rangeOf(const QAbstractAxis *axis)
{
    if (const auto *value = qobject_cast<const QValueAxis *>(axis))
        return {value->min(), value->max(), true};
    if (const auto *time = qobject_cast<const QDateTimeAxis *>(axis))
        return {double(time->min().toMSecsSinceEpoch()), double(time->max().toMSecsSinceEpoch()), true};
    if (const auto *log = qobject_cast<const QLogValueAxis *>(axis))
        return {log->min(), log->max(), true};
    return {};
}

} // namespace

DecimatedSeries::DecimatedSeries(QXYSeries *series, XYPointsPtr points, Mode mode)
    : QObject(series), m_series(series), m_points(std::move(points)), m_mode(mode)
{
}

DecimatedSeries *DecimatedSeries::attach(QXYSeries *series, XYPointsPtr points, Mode mode)
{
    if (!series)
        return nullptr;
    if (!points)
        points = XYPoints::make({}, {}, false);
    if (mode == Mode::Lines && !points->sortedByX)
        points = XYPoints::make(points->x, points->y, true);
    if (DecimatedSeries *old = of(series))
        delete old;
    auto *decimator = new DecimatedSeries(series, std::move(points), mode);
    decimator->refreshNow();
    // Once the implementation has added the series to its chart and axes (after attach() returns),
    // follow their changes.
    QMetaObject::invokeMethod(decimator, &DecimatedSeries::hookUp, Qt::QueuedConnection);
    return decimator;
}

DecimatedSeries *DecimatedSeries::attach(QXYSeries *series, std::vector<double> x, std::vector<double> y, Mode mode)
{
    return attach(series, XYPoints::make(std::move(x), std::move(y), mode == Mode::Lines), mode);
}

DecimatedSeries *DecimatedSeries::attach(QXYSeries *series, const DataColumn &x, const DataColumn &y, Mode mode)
{
    return attach(series, XYPoints::fromColumns(x, y, mode == Mode::Lines), mode);
}

DecimatedSeries *DecimatedSeries::attach(QXYSeries *series, const QList<QPointF> &points, Mode mode)
{
    return attach(series, pointsFrom(points, mode == Mode::Lines), mode);
}

DecimatedSeries *DecimatedSeries::attachLater(QXYSeries *series, QList<QPointF> points, Mode mode)
{
    if (!series)
        return nullptr;
    if (DecimatedSeries *old = of(series))
        delete old;
    auto *decimator = new DecimatedSeries(series, nullptr, mode);
    series->clear();
    decimator->hookUp();
    const Request view = decimator->viewRequest();
    const quint64 generation = ++decimator->m_generation;
    decimator->m_running = true;
    using Ready = std::pair<XYPointsPtr, QList<QPointF>>;
    auto *watcher = new QFutureWatcher<Ready>(decimator);
    connect(watcher, &QFutureWatcherBase::finished, decimator, [decimator, watcher, generation] {
        watcher->deleteLater();
        const Ready ready = watcher->result();
        decimator->m_points = ready.first;
        decimator->m_running = false;
        if (generation == decimator->m_generation)
            decimator->show(ready.second);
        if (decimator->m_pending || generation != decimator->m_generation) {
            decimator->m_pending = false;
            decimator->scheduleRefresh(); // the view changed meanwhile
        }
    });
    watcher->setFuture(QtConcurrent::run(decimationPool(), [points = std::move(points), mode, view]() -> Ready {
        XYPointsPtr made = pointsFrom(points, mode == Mode::Lines);
        Request request = view;
        fillFromBounds(request, *made);
        QList<QPointF> shown = compute(*made, mode, request);
        return {std::move(made), std::move(shown)};
    }));
    return decimator;
}

DecimatedSeries *DecimatedSeries::attachToArea(QAreaSeries *area, XYPointsPtr upper, XYPointsPtr lower)
{
    if (!area || !area->upperSeries())
        return nullptr;
    DecimatedSeries *top = attach(area->upperSeries(), std::move(upper), Mode::Lines);
    top->m_area = area;
    if (lower && area->lowerSeries()) {
        DecimatedSeries *bottom = attach(area->lowerSeries(), std::move(lower), Mode::Lines);
        bottom->m_area = area;
    }
    return top;
}

QAbstractSeries *DecimatedSeries::shownAs() const
{
    return m_area ? static_cast<QAbstractSeries *>(m_area.data()) : m_series;
}

DecimatedSeries *DecimatedSeries::of(const QXYSeries *series)
{
    return series ? series->findChild<DecimatedSeries *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QList<DecimatedSeries *> DecimatedSeries::allOf(const QChart *chart)
{
    QList<DecimatedSeries *> result;
    if (!chart)
        return result;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            if (DecimatedSeries *d = of(xy))
                result.append(d);
        }
        // An area's line series are not in chart->series(): reach them through the area.
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            for (QXYSeries *line : {static_cast<QXYSeries *>(area->upperSeries()), static_cast<QXYSeries *>(area->lowerSeries())})
                if (DecimatedSeries *d = of(line))
                    result.append(d);
        }
    }
    return result;
}

void DecimatedSeries::refreshNow(QChart *chart)
{
    const QList<DecimatedSeries *> all = allOf(chart);
    for (DecimatedSeries *d : all)
        d->refreshNow();
}

void DecimatedSeries::hookUp()
{
    QChart *chart = shownAs()->chart();
    if (!chart)
        return;
    const QList<QAbstractAxis *> axes = shownAs()->attachedAxes();
    if (m_hookedChart == chart && m_hookedAxes.size() == axes.size())
        return;
    if (m_hookedChart)
        disconnect(m_hookedChart, nullptr, this, nullptr);
    for (QObject *axis : std::as_const(m_hookedAxes))
        disconnect(axis, nullptr, this, nullptr);
    m_hookedAxes.clear();
    m_hookedChart = chart;
    connect(chart, &QChart::plotAreaChanged, this, &DecimatedSeries::scheduleRefresh);
    for (QAbstractAxis *axis : axes) {
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            connect(value, &QValueAxis::rangeChanged, this, &DecimatedSeries::scheduleRefresh);
        else if (auto *time = qobject_cast<QDateTimeAxis *>(axis))
            connect(time, &QDateTimeAxis::rangeChanged, this, &DecimatedSeries::scheduleRefresh);
        else if (auto *log = qobject_cast<QLogValueAxis *>(axis))
            connect(log, &QLogValueAxis::rangeChanged, this, &DecimatedSeries::scheduleRefresh);
        m_hookedAxes.append(axis);
    }
}

DecimatedSeries::Request DecimatedSeries::viewRequest() const
{
    Request request;
    request.pixels = QSize(initialColumns, initialColumns / 2);
    if (const QChart *chart = shownAs()->chart()) {
        // The marker series of a chart share one budget of graphics items (a grouped scatter of
        // 10 M rows would otherwise make maxMarkers items per group on the GUI thread).
        if (m_mode == Mode::Markers) {
            // Counted by type: the siblings may not have their decimators yet (attached one by one).
            qsizetype markerSeries = 0;
            for (const QAbstractSeries *s : chart->series())
                markerSeries += s->type() == QAbstractSeries::SeriesTypeScatter ? 1 : 0;
            request.markerBudget = std::max<qsizetype>(minMarkerBudget, maxMarkers / std::max<qsizetype>(1, markerSeries));
        }
        const QSizeF area = chart->plotArea().size();
        if (area.width() >= 1 && area.height() >= 1)
            request.pixels = QSize(int(std::ceil(area.width())), int(std::ceil(area.height())));
        const QList<QAbstractAxis *> axes = shownAs()->attachedAxes();
        for (const QAbstractAxis *axis : axes) {
            const AxisRange range = rangeOf(axis);
            if (!range.valid)
                continue;
            if (axis->orientation() == Qt::Horizontal) {
                request.xMin = range.min;
                request.xMax = range.max;
                request.xFromAxes = true;
            } else {
                request.yMin = range.min;
                request.yMax = range.max;
                request.yFromAxes = true;
            }
        }
    }
    return request;
}

void DecimatedSeries::fillFromBounds(Request &request, const XYPoints &points)
{
    request.valid = points.finiteCount > 0;
    if (!request.valid)
        return;
    const QRectF bounds = points.bounds();
    if (!request.xFromAxes) {
        request.xMin = bounds.left();
        request.xMax = bounds.right();
    }
    if (!request.yFromAxes) {
        request.yMin = bounds.top();
        request.yMax = bounds.bottom();
    }
}

DecimatedSeries::Request DecimatedSeries::currentRequest() const
{
    Request request;
    if (!m_points || !m_points->finiteCount)
        return request;
    request = viewRequest();
    fillFromBounds(request, *m_points);
    return request;
}

QList<QPointF> DecimatedSeries::compute(const XYPoints &points, Mode mode, const Request &request)
{
    if (!request.valid)
        return {};
    if (mode == Mode::Lines)
        return Decimation::lines(points, request.xMin, request.xMax, std::max(1, request.pixels.width()));
    // Markers are a few pixels wide: a cell of 2 × 2 pixels loses nothing visible.
    QSize cells(std::max(1, request.pixels.width() / 2), std::max(1, request.pixels.height() / 2));
    const QRectF range(QPointF(request.xMin, request.yMin), QPointF(request.xMax, request.yMax));
    QList<QPointF> shown = Decimation::markers(points, range, cells);
    // QtCharts makes a graphics item per marker (~50 µs each, on the GUI thread): a dense cloud
    // would hand it tens of thousands. Coarser cells then, until a few thousand remain; a cloud
    // that dense is a solid patch of markers either way.
    const qsizetype budget = std::clamp<qsizetype>(request.markerBudget, 1, maxMarkers);
    for (int pass = 0; pass < 4 && shown.size() > budget && (cells.width() > 1 || cells.height() > 1); ++pass) {
        const double factor = std::ceil(std::sqrt(double(shown.size()) / double(budget)) * 1.05);
        cells = QSize(std::max(1, int(cells.width() / factor)), std::max(1, int(cells.height() / factor)));
        shown = Decimation::markers(points, range, cells);
    }
    return shown;
}

void DecimatedSeries::show(const QList<QPointF> &points)
{
    m_shown = points.size();
    m_series->replace(points);
    Q_EMIT refreshed();
}

void DecimatedSeries::refreshNow()
{
    hookUp();
    if (!m_points)
        return; // attachLater(): the worker shows the points when they are ready
    ++m_generation; // a worker still running for an older range is dropped
    m_pending = false;
    show(compute(*m_points, m_mode, currentRequest()));
}

void DecimatedSeries::scheduleRefresh()
{
    if (m_running) {
        m_pending = true; // the newest range is computed when the running one is done
        return;
    }
    if (m_pending)
        return;
    // x and y ranges change one after the other on a zoom: start once both are set.
    m_pending = true;
    QMetaObject::invokeMethod(this, &DecimatedSeries::startWorker, Qt::QueuedConnection);
}

void DecimatedSeries::startWorker()
{
    if (!m_points) {
        m_pending = true; // attachLater() is still making them; it starts this again when done
        return;
    }
    m_pending = false;
    const Request request = currentRequest();
    const quint64 generation = ++m_generation;
    m_running = true;
    auto *watcher = new QFutureWatcher<QList<QPointF>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        if (generation == m_generation)
            show(watcher->result());
        if (m_pending) {
            m_pending = false;
            scheduleRefresh();
        }
    });
    watcher->setFuture(QtConcurrent::run(decimationPool(), [points = m_points, mode = m_mode, request] {
        return compute(*points, mode, request);
    }));
}
