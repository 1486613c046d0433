// pie-basic: Basic Pie Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "piesectors.h"
#include "plotinput.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>

using namespace Qt::StringLiterals;

namespace {
class PieBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(PieBasic)
public:
    PieBasic()
        : NativePlot(u"pie-basic"_s, u"Basic Pie Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Name of each part of the whole")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Non-negative amount of each part")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // How 1,200 commuters in a mid-sized town travel to work.
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Car"_s, u"Bicycle"_s, u"Bus"_s, u"On foot"_s, u"Train"_s}),
             SampleColumns::numbers(u"value"_s, {468, 312, 204, 132, 84})});
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::optional<PieSectors> read = PieSectors::read(
            input, u"category"_s, u"value"_s,
            tr("%1 parts are too many to tell apart; the %2 smallest are pooled as \"Other\"."));
        if (!read)
            return {};
        const PieSectors sectors = *read;
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            chart->addSeries(sectors.makeSeries(theme, 0.0, tr("%1 %2%"), tr("Other")));
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_pie_basic()
{
    return std::make_unique<PieBasic>();
}
