// line-multi: Multi-Line Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class LineMulti final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(LineMulti)
public:
    LineMulti()
        : NativePlot(u"line-multi"_s, u"Multi-Line Comparison Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Shared ordered position")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Value of a series at that position")},
                      {u"series"_s, PlotDataRole::Kind::Categorical, false, tr("Line each observation belongs to")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Share of electricity from renewables (%) in four regions, 2000–2024.
        PlotStatistics::SampleRandom random(5);
        std::vector<double> year, share;
        QStringList region;
        const QStringList names{u"Nordic"_s, u"Iberia"_s, u"Central Europe"_s, u"Baltic"_s};
        const double start[] = {48, 18, 8, 12};
        const double growth[] = {0.9, 1.9, 1.5, 1.1};
        for (int r = 0; r < 4; ++r)
            for (int y = 2000; y <= 2024; ++y) {
                year.push_back(y);
                share.push_back(std::round((start[r] + growth[r] * (y - 2000) + random.normal(0, 1.2)) * 10) / 10);
                region.append(names[r]);
            }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, year), SampleColumns::numbers(u"y"_s, share),
                                     SampleColumns::labels(u"series"_s, region)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Year")}, {u"y"_s, tr("Renewables (%)")}, {u"series"_s, tr("Region")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const QList<PlotInput::PointGroup> groups = input.groupedPoints(u"x"_s, u"y"_s, u"series"_s, 7, true);
        if (groups.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            QList<QList<QPointF>> lists;
            double xlo = INFINITY, xhi = -INFINITY;
            QList<QLineSeries *> all;
            for (qsizetype g = 0; g < groups.size(); ++g) {
                auto *series = new QLineSeries;
                series->setName(groups[g].name);
                series->setPen(QPen(ChartStyle::seriesColor(theme, int(g)), groups[g].points.size() > 5000 ? 1.2 : 2.2));
                series->setPointsVisible(groups[g].points.size() == 1);
                ChartStyle::setPoints(series, groups[g].points);
                chart->addSeries(series);
                all.append(series);
                lists.append(groups[g].points);
                xlo = std::min(xlo, groups[g].points.constFirst().x());
                xhi = std::max(xhi, groups[g].points.constLast().x());
            }
            auto *xAxis = ChartStyle::addXAxis(chart.get(), theme, input.label(u"x"_s), false, xlo, xhi, {});
            const auto [ylo, yhi] = ChartStyle::yExtent(lists, 0.05);
            auto *yAxis = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, false, {});
            for (QLineSeries *s : all) {
                s->attachAxis(xAxis);
                s->attachAxis(yAxis);
            }
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_line_multi()
{
    return std::make_unique<LineMulti>();
}
