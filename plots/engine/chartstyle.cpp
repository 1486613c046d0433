#include "chartstyle.h"

#include "decimatedseries.h"

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>
#include <QAreaLegendMarker>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <QScatterSeries>
#include <QXYLegendMarker>
#include <QLocale>
#include <QPolarChart>
#include <QValueAxis>
#include <QAreaSeries>
#include <QXYSeries>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ChartStyle {

QString chartTitle(const QString &specId)
{
    return specId + u" · qtcharts · anyplot.ai"_s;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QColor seriesColor(const PlotTheme &theme, int index)
{
    if (theme.series.isEmpty())
        return theme.ink;
    return theme.series.at(((index % theme.series.size()) + theme.series.size()) % theme.series.size());
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return color;
}

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor gridColor(const PlotTheme &theme)
{
    return mix(theme.background, theme.ink, theme.mode == PlotTheme::Mode::Light ? 0.12 : 0.2);
}

QColor mutedInk(const PlotTheme &theme)
{
    return mix(theme.background, theme.ink, 0.75);
}

QColor sequentialColor(const PlotTheme &theme, qreal t)
{
    // Pale sky blue → blue → deep blue-green: monotone in lightness, readable in colour-vision deficiency.
    t = std::clamp(t, 0.0, 1.0);
    const QColor stops[] = {QColor(0xE4, 0xF1, 0xF7), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x72, 0xB2),
                            QColor(0x08, 0x30, 0x5C)};
    Q_UNUSED(theme);
    const qreal scaled = t * 3;
    const int i = std::min(2, int(scaled));
    return mix(stops[i], stops[i + 1], scaled - i);
}

namespace {
// Text grows with the chart beyond a tile's width, so that an export to anyplot's 4800×2700
// canvas has text in the same proportion as a tile (and as anyplot's own pictures).
constexpr qreal fontReferenceWidth = 640;

QFont scaled(QObject *owner, const char *key, const QFont &current, qreal factor)
{
    QVariant base = owner->property(key);
    if (!base.isValid()) {
        base = current.pointSizeF();
        owner->setProperty(key, base);
    }
    QFont f = current;
    f.setPointSizeF(base.toDouble() * factor);
    return f;
}

void scaleFonts(QChart *chart)
{
    const qreal factor = std::clamp(chart->size().width() / fontReferenceWidth, 1.0, 3.0);
    if (std::abs(chart->property("plotbench_fontFactor").toDouble() - factor) < 0.01)
        return;
    chart->setProperty("plotbench_fontFactor", factor);
    chart->setTitleFont(scaled(chart, "plotbench_titlePt", chart->titleFont(), factor));
    chart->legend()->setFont(scaled(chart->legend(), "plotbench_legendPt", chart->legend()->font(), factor));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(scaled(axis, "plotbench_labelsPt", axis->labelsFont(), factor));
        axis->setTitleFont(scaled(axis, "plotbench_axisTitlePt", axis->titleFont(), factor));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(scaled(set, "plotbench_labelPt", set->labelFont(), factor));
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            QVariant base = scatter->property("plotbench_markerSize");
            if (!base.isValid()) {
                base = scatter->markerSize();
                scatter->setProperty("plotbench_markerSize", base);
            }
            scatter->setMarkerSize(base.toDouble() * factor);
        }
        if (auto *pie = qobject_cast<QPieSeries *>(series))
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(scaled(slice, "plotbench_labelPt", slice->labelFont(), factor));
    }
}
} // namespace

void styleChart(QChart *chart, const QString &specId, const PlotTheme &theme)
{
    // Legend markers may only be made once the chart is in a scene: their colours are fixed here too.
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
        scaleFonts(chart);
        if (chart->legend()->isVisible())
            fixLegendMarkers(chart);
    });
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(chartTitle(specId));
    chart->setTitleFont(font(11, false));
    chart->setTitleBrush(theme.ink);
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->legend()->setVisible(false);
}

void showLegend(QChart *chart, const PlotTheme &theme, Qt::Alignment alignment)
{
    QLegend *legend = chart->legend();
    legend->setVisible(true);
    legend->setAlignment(alignment);
    legend->setFont(font(8));
    legend->setLabelColor(theme.ink);
    legend->setBackgroundVisible(false);
    // Shapes from the series where they carry meaning (lines, marker shapes); plain filled
    // squares otherwise: QtCharts draws bar and area markers "from series" as empty outlines.
    bool xy = false;
    for (QAbstractSeries *s : chart->series())
        xy = xy || s->type() == QAbstractSeries::SeriesTypeLine || s->type() == QAbstractSeries::SeriesTypeScatter;
    legend->setMarkerShape(xy ? QLegend::MarkerShapeFromSeries : QLegend::MarkerShapeRectangle);
}

void fixLegendMarkers(QChart *chart)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        // Colours, not brushes: a bar set's brush may still have no style before it is themed.
        QColor color;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            color = bar->barset()->color();
        else if (auto *area = qobject_cast<QAreaLegendMarker *>(marker))
            color = area->series()->brush().style() != Qt::NoBrush ? area->series()->brush().color()
                                                                    : area->series()->pen().color();
        else if (auto *pie = qobject_cast<QPieLegendMarker *>(marker))
            color = pie->slice()->color();
        else if (auto *xy = qobject_cast<QXYLegendMarker *>(marker))
            color = xy->series()->type() == QAbstractSeries::SeriesTypeScatter
                        ? static_cast<QScatterSeries *>(xy->series())->color()
                        : xy->series()->pen().color();
        if (!color.isValid() || color.alpha() == 0)
            continue;
        QColor solid = color;
        solid.setAlpha(255);
        marker->setBrush(solid);
        marker->setPen(QPen(solid));
    }
}

std::unique_ptr<QChart> makeChart(const QString &specId, const PlotTheme &theme)
{
    auto chart = std::make_unique<QChart>();
    styleChart(chart.get(), specId, theme);
    return chart;
}

std::unique_ptr<QPolarChart> makePolarChart(const QString &specId, const PlotTheme &theme)
{
    auto chart = std::make_unique<QPolarChart>();
    styleChart(chart.get(), specId, theme);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const PlotTheme &theme, const QString &title, bool grid)
{
    axis->setTitleText(title);
    axis->setTitleFont(font(9));
    axis->setTitleBrush(theme.ink);
    axis->setLabelsFont(font(8));
    axis->setLabelsColor(mutedInk(theme));
    axis->setLinePen(QPen(mix(theme.background, theme.ink, 0.45), 1));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(gridColor(theme), 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    // QtCharts elides labels well before they would touch ("Old To…", "0…"): whole labels read better.
    axis->setTruncateLabels(false);
}

void attach(QAbstractAxis *axis, std::initializer_list<QAbstractSeries *> series)
{
    for (QAbstractSeries *s : series)
        if (s)
            s->attachAxis(axis);
}

void setNiceRange(QValueAxis *axis, double lo, double hi, bool includeZero, int targetTicks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (lo > hi)
        std::swap(lo, hi);
    if (includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (!(hi > lo)) {
        const double pad = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    const double rawStep = (hi - lo) / std::max(1, targetTicks - 1);
    const double magnitude = std::pow(10, std::floor(std::log10(rawStep)));
    const double residual = rawStep / magnitude;
    const double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
    const double niceLo = std::floor(lo / step + 1e-9) * step;
    const double niceHi = std::ceil(hi / step - 1e-9) * step;
    const int ticks = int(std::lround((niceHi - niceLo) / step)) + 1;
    axis->setRange(niceLo, niceHi);
    axis->setTickCount(std::clamp(ticks, 2, 20));
    const int decimals = std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
    axis->setLabelFormat(decimals == 0 ? u"%.0f"_s : u"%.%1f"_s.arg(std::min(decimals, 8)));
}

QValueAxis *addValueAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme, const QString &title,
                         double lo, double hi, bool includeZero, std::initializer_list<QAbstractSeries *> series)
{
    auto *axis = new QValueAxis;
    styleAxis(axis, theme, title);
    setNiceRange(axis, lo, hi, includeZero);
    chart->addAxis(axis, alignment);
    attach(axis, series);
    return axis;
}

QDateTimeAxis *addDateTimeAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme, const QString &title,
                               qint64 loMs, qint64 hiMs, std::initializer_list<QAbstractSeries *> series)
{
    auto *axis = new QDateTimeAxis;
    styleAxis(axis, theme, title);
    if (hiMs <= loMs)
        hiMs = loMs + 86'400'000;
    const qint64 span = hiMs - loMs;
    const qint64 day = 86'400'000;
    axis->setFormat(span > 6 * 365 * day ? u"yyyy"_s
                    : span > 60 * day    ? u"MMM yyyy"_s
                    : span > 2 * day     ? u"MMM d"_s
                                         : u"HH:mm"_s);
    axis->setTickCount(span > 60 * day ? 6 : 5);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(loMs, QTimeZone::utc()), QDateTime::fromMSecsSinceEpoch(hiMs, QTimeZone::utc()));
    chart->addAxis(axis, alignment);
    attach(axis, series);
    return axis;
}

QAbstractAxis *addXAxis(QChart *chart, const PlotTheme &theme, const QString &title, bool dateTime, double lo,
                        double hi, std::initializer_list<QAbstractSeries *> series)
{
    if (dateTime)
        return addDateTimeAxis(chart, Qt::AlignBottom, theme, title, qint64(lo), qint64(hi), series);
    auto *axis = addValueAxis(chart, Qt::AlignBottom, theme, title, lo, hi, false, series);
    setTightRange(axis, lo, hi);
    return axis;
}

void setTightRange(QValueAxis *axis, double lo, double hi)
{
    // Ticks at the nice values of setNiceRange, but the axis ends where the data end: a line or
    // an area then spans the whole width, as in anyplot's pictures.
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    const double niceLo = axis->min(), niceHi = axis->max();
    const int ticks = axis->tickCount();
    const double step = ticks > 1 ? (niceHi - niceLo) / (ticks - 1) : hi - lo;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(niceLo);
    axis->setTickInterval(step);
    axis->setRange(lo, hi);
}

std::pair<double, double> yExtent(const QList<QList<QPointF>> &lists, double pad)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const QList<QPointF> &list : lists)
        for (const QPointF &p : list)
            lo = std::min(lo, p.y()), hi = std::max(hi, p.y());
    if (!std::isfinite(lo))
        return {0, 1};
    const double span = hi - lo;
    return {lo - pad * span, hi + pad * span};
}

QBarCategoryAxis *addCategoryAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme,
                                  const QString &title, const QStringList &categories,
                                  std::initializer_list<QAbstractSeries *> series, bool grid)
{
    auto *axis = new QBarCategoryAxis;
    styleAxis(axis, theme, title, grid);
    axis->setCategories(categories);
    // A crowded row of names gets a smaller font. Never tilted: QtCharts elides tilted labels
    // to the category width, which would cut every name.
    qsizetype longest = 0;
    for (const QString &c : categories)
        longest = std::max(longest, c.size());
    if ((alignment & (Qt::AlignBottom | Qt::AlignTop)) && categories.size() * std::max<qsizetype>(longest, 3) > 48)
        axis->setLabelsFont(font(7));
    chart->addAxis(axis, alignment);
    attach(axis, series);
    return axis;
}

namespace {
const char pendingPointsProperty[] = "plotbench_pendingPoints";
} // namespace

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (points.size() <= directPointLimit) {
        series->replace(points);
        return;
    }
    series->clear();
    series->setProperty(pendingPointsProperty, QVariant::fromValue(points));
}

void attachPendingPoints(QChart *chart, bool onAWorker)
{
    QList<QXYSeries *> candidates;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            candidates.append(xy);
        else if (auto *area = qobject_cast<QAreaSeries *>(s))
            candidates << area->upperSeries() << area->lowerSeries();
    }
    for (QXYSeries *series : std::as_const(candidates)) {
        if (!series)
            continue;
        const QVariant pending = series->property(pendingPointsProperty);
        if (!pending.isValid())
            continue;
        series->setProperty(pendingPointsProperty, QVariant());
        const QList<QPointF> points = pending.value<QList<QPointF>>();
        const bool markers = series->type() == QAbstractSeries::SeriesTypeScatter;
        const DecimatedSeries::Mode mode = markers ? DecimatedSeries::Mode::Markers : DecimatedSeries::Mode::Lines;
        if (onAWorker)
            DecimatedSeries::attachLater(series, points, mode);
        else
            DecimatedSeries::attach(series, points, mode);
    }
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"–"_s;
    if (decimals < 0) {
        const double magnitude = std::abs(value);
        decimals = magnitude >= 100 || magnitude == std::floor(magnitude) ? 0 : magnitude >= 10 ? 1 : 2;
    }
    QLocale locale(QLocale::English);
    return locale.toString(value, 'f', decimals);
}

} // namespace ChartStyle
