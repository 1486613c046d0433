// bar-stacked-percent: Percent Stacked Bar Chart — Plotbench's native QtCharts implementation.
#include "categoryseries.h"
#include "chartstyle.h"
#include "plotinput.h"
#include "sharedsamples.h"
#include "stackedcategories.h"

#include <QValueAxis>
#include <QChart>
#include <QPercentBarSeries>

using namespace Qt::StringLiterals;

namespace {
class BarStackedPercent final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarStackedPercent)
public:
    BarStackedPercent()
        : NativePlot(u"bar-stacked-percent"_s, u"Percent Stacked Bar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Category on the horizontal axis")},
                      {u"component"_s, PlotDataRole::Kind::Categorical, false, tr("Part of each bar, as a share of its total")},
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
        PlotInput::Pivot pivot = input.pivot(u"category"_s, u"component"_s, u"value"_s, false, 30, 7);
        if (pivot.categories.isEmpty() || pivot.groups.isEmpty())
            return {};
        if (StackedCategories::clipNegatives(pivot) > 0)
            input.note(u"value"_s, tr("`%1` holds negative values; a share of a whole counts only the positive ones.")
                                       .arg(input.columnName(u"value"_s)));
        // The QtCharts half, on the GUI thread, from the values computed above; QPercentBarSeries
        // makes the shares.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QPercentBarSeries;
            CategorySeries::appendBarSets(series, pivot, theme, theme.background);
            series->setBarWidth(0.62);
            series->setLabelsVisible(pivot.categories.size() * pivot.groups.size() <= 24);
            series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
            series->setLabelsFormat(u"@value"_s);
            series->setLabelsPrecision(4);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), pivot.categories,
                                        {series});
            auto *axis = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Share (%)"),
                                                  0, 100, true, {series});
            axis->setTickCount(6);
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_stacked_percent()
{
    return std::make_unique<BarStackedPercent>();
}
