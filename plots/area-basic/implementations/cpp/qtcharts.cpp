// area-basic: Basic Area Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class AreaBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(AreaBasic)
public:
    AreaBasic()
        : NativePlot(u"area-basic"_s, u"Basic Area Chart"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Ordered position along the horizontal axis")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Quantity filled down to zero")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Visitors per hour at a city museum on a Saturday, 9:00–18:00 in quarter hours.
        PlotStatistics::SampleRandom random(9);
        std::vector<double> hour, visitors;
        for (int q = 0; q <= 36; ++q) {
            const double h = 9 + q / 4.0;
            hour.push_back(h);
            const double crowd = 320 * std::exp(-std::pow((h - 14.5) / 2.6, 2)) + 60 * std::exp(-std::pow((h - 11) / 1.0, 2));
            visitors.push_back(std::max(0.0, std::round(crowd + 20 + random.normal(0, 12))));
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, hour), SampleColumns::numbers(u"y"_s, visitors)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Hour of day")}, {u"y"_s, tr("Visitors inside")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const QList<QPointF> points = input.sortedPoints(u"x"_s, u"y"_s);
        if (points.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *upper = new QLineSeries(chart.get());
            ChartStyle::setPoints(upper, points);
            auto *lower = new QLineSeries(chart.get());
            lower->replace({QPointF(points.constFirst().x(), 0), QPointF(points.constLast().x(), 0)});
            auto *area = new QAreaSeries(upper, lower);
            const QColor color = ChartStyle::seriesColor(theme, 0);
            area->setBrush(ChartStyle::withAlpha(color, 0.45));
            area->setPen(QPen(color, 2));
            area->setName(input.label(u"y"_s));
            chart->addSeries(area);
            ChartStyle::addXAxis(chart.get(), theme, input.label(u"x"_s), input.isDateTime(u"x"_s), points.constFirst().x(),
                                 points.constLast().x(), {area});
            const auto [ylo, yhi] = ChartStyle::yExtent({points}, 0.05);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), std::min(0.0, ylo), yhi, true, {area});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_area_basic()
{
    return std::make_unique<AreaBasic>();
}
