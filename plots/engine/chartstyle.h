#pragma once

#include "theme.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QPolarChart;
class QValueAxis;
class QXYSeries;
class QDateTimeAxis;
class QBarCategoryAxis;

// anyplot's look on a QChart (CONTRACTS.md §1): warm background and ink of the theme, a quiet
// grid, DejaVu Sans, Okabe-Ito series colours, and the title "{spec-id} · qtcharts · anyplot.ai".
namespace ChartStyle {

QString chartTitle(const QString &specId);
QFont font(qreal pointSize, bool bold = false);
QColor seriesColor(const PlotTheme &theme, int index);      // Okabe-Ito order, cycling
QColor gridColor(const PlotTheme &theme);                   // ink at low contrast
QColor mutedInk(const PlotTheme &theme);                    // tick labels
QColor withAlpha(QColor color, qreal alpha);
// A continuous sequential colour (0 → light, 1 → dark, perceptually even steps between
// two Okabe-Ito hues), for colour-mapped values.
QColor sequentialColor(const PlotTheme &theme, qreal t);

std::unique_ptr<QChart> makeChart(const QString &specId, const PlotTheme &theme);
std::unique_ptr<QPolarChart> makePolarChart(const QString &specId, const PlotTheme &theme);
// Styles the chart's frame: background, title, legend (shown only when asked).
void styleChart(QChart *chart, const QString &specId, const PlotTheme &theme);
// Legend markers painted in their series' colours (QtCharts leaves some hollow); called by
// NativePlot::build once the chart is complete.
void fixLegendMarkers(QChart *chart);
void showLegend(QChart *chart, const PlotTheme &theme, Qt::Alignment alignment = Qt::AlignTop);

void styleAxis(QAbstractAxis *axis, const PlotTheme &theme, const QString &title, bool grid = true);

// A value axis with "nice" limits and ticks covering [lo, hi] (zero included when asked),
// attached to the chart and to every given series.
QValueAxis *addValueAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme, const QString &title,
                         double lo, double hi, bool includeZero, std::initializer_list<QAbstractSeries *> series);
// Keeps the nice ticks of setNiceRange but ends the axis exactly at [lo, hi].
void setTightRange(QValueAxis *axis, double lo, double hi);
void setNiceRange(QValueAxis *axis, double lo, double hi, bool includeZero, int targetTicks = 6);
QDateTimeAxis *addDateTimeAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme, const QString &title,
                               qint64 loMs, qint64 hiMs, std::initializer_list<QAbstractSeries *> series);
QBarCategoryAxis *addCategoryAxis(QChart *chart, Qt::Alignment alignment, const PlotTheme &theme,
                                  const QString &title, const QStringList &categories,
                                  std::initializer_list<QAbstractSeries *> series, bool grid = false);
// A datetime axis for datetime columns, a value axis otherwise.
QAbstractAxis *addXAxis(QChart *chart, const PlotTheme &theme, const QString &title, bool dateTime, double lo,
                        double hi, std::initializer_list<QAbstractSeries *> series);
// The y extent of point lists, padded by `pad` of the span on both sides.
std::pair<double, double> yExtent(const QList<QList<QPointF>> &lists, double pad);
void attach(QAbstractAxis *axis, std::initializer_list<QAbstractSeries *> series);

// Points for a line or scatter series. Small lists go in at once; large ones are held back and
// handed to DecimatedSeries by attachPendingPoints() (NativePlot::build calls it once the chart
// has its axes), so QtCharts only ever sees what the pixels can show.
void setPoints(QXYSeries *series, const QList<QPointF> &points);
// `onAWorker`: the points are made ready on a worker and appear a moment later
// (DecimatedSeries::attachLater), for charts a view shows.
void attachPendingPoints(QChart *chart, bool onAWorker = false);
inline constexpr qsizetype directPointLimit = 3000;

// "1,234.5" style numbers for value labels.
QString formatNumber(double value, int decimals = -1);

} // namespace ChartStyle
