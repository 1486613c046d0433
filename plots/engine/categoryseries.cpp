#include "categoryseries.h"

#include "chartstyle.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>

namespace CategorySeries {

void appendBarSets(QAbstractBarSeries *series, const PlotInput::Pivot &pivot, const PlotTheme &theme,
                   const QColor &labelColor)
{
    for (qsizetype g = 0; g < pivot.groups.size(); ++g) {
        auto *set = new QBarSet(pivot.groups.at(g));
        set->setColor(ChartStyle::seriesColor(theme, int(g)));
        set->setBorderColor(theme.background);
        set->setLabelColor(labelColor);
        set->setLabelFont(ChartStyle::font(7));
        for (double v : pivot.values[size_t(g)])
            set->append(v);
        series->append(set);
    }
}

QList<QAreaSeries *> addStackedAreas(QChart *chart, const PlotTheme &theme, const PlotInput::Pivot &pivot,
                                     QAbstractAxis *x)
{
    const size_t n = pivot.categoryNumbers.size();
    std::vector<double> below(n, 0.0);
    QList<QAreaSeries *> areas;
    for (size_t g = 0; g < pivot.values.size(); ++g) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        QList<QPointF> lo, hi;
        for (size_t i = 0; i < n; ++i) {
            lo.append(QPointF(pivot.categoryNumbers[i], below[i]));
            below[i] += pivot.values[g][i];
            hi.append(QPointF(pivot.categoryNumbers[i], below[i]));
        }
        lower->replace(lo);
        upper->replace(hi);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(pivot.groups.at(qsizetype(g)));
        area->setBrush(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, int(g)), 0.85));
        area->setPen(QPen(theme.background, 0.8));
        chart->addSeries(area);
        area->attachAxis(x);
        areas.append(area);
    }
    return areas;
}

} // namespace CategorySeries
