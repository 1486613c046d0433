#pragma once

#include "plotinput.h"

#include <QColor>
#include <QList>

class QAbstractAxis;
class QAbstractBarSeries;
class QAreaSeries;
class QChart;

// The QtCharts half of the category × group charts (see stackedcategories.h): one bar set or one
// stacked area per group, coloured in Okabe-Ito order. On the GUI thread.
namespace CategorySeries {

// One QBarSet per group (a value per category) appended to `series`; value labels in `labelColor`
// (ink beside a bar, the background inside one).
void appendBarSets(QAbstractBarSeries *series, const PlotInput::Pivot &pivot, const PlotTheme &theme,
                   const QColor &labelColor);

// One QAreaSeries per group, each on top of the ones before, added to the chart and attached to
// `x` (pivot.categoryNumbers are the positions). Returned to be attached to the value axis.
QList<QAreaSeries *> addStackedAreas(QChart *chart, const PlotTheme &theme, const PlotInput::Pivot &pivot,
                                     QAbstractAxis *x);

} // namespace CategorySeries
