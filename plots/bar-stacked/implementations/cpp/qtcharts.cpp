// bar-stacked: Stacked Bar Chart — Plotbench's native QtCharts implementation.
#include "categoryseries.h"
#include "chartstyle.h"
#include "plotinput.h"
#include "sharedsamples.h"
#include "stackedcategories.h"

#include <QChart>
#include <QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace {
class BarStacked final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarStacked)
public:
    BarStacked()
        : NativePlot(u"bar-stacked"_s, u"Stacked Bar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Category on the horizontal axis")},
                      {u"component"_s, PlotDataRole::Kind::Categorical, false, tr("Part of each bar, stacked in order")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Amount for one category and component")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Household electricity use (kWh) per quarter, by end use.
        return SharedSamples::electricityByEndUse();
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Quarter (2025)")}, {u"component"_s, tr("End use")}, {u"value"_s, tr("Electricity use (kWh)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::Pivot pivot = input.pivot(u"category"_s, u"component"_s, u"value"_s, false, 30, 7);
        if (pivot.categories.isEmpty() || pivot.groups.isEmpty())
            return {};
        const StackedCategories::Extent extent = StackedCategories::extent(pivot);
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QStackedBarSeries;
            CategorySeries::appendBarSets(series, pivot, theme, theme.background);
            series->setBarWidth(0.62);
            // Segment values inside the bars while they are few; totals are read off the axis.
            series->setLabelsVisible(pivot.categories.size() * pivot.groups.size() <= 24);
            series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
            series->setLabelsPrecision(6);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), pivot.categories,
                                        {series});
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), extent.stackBottom,
                                     extent.stackTop * 1.04, true, {series});
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_stacked()
{
    return std::make_unique<BarStacked>();
}
