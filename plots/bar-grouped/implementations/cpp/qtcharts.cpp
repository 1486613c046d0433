// bar-grouped: Grouped Bar Chart — Plotbench's native QtCharts implementation.
#include "categoryseries.h"
#include "chartstyle.h"
#include "plotinput.h"
#include "stackedcategories.h"

#include <QChart>
#include <QBarSeries>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class BarGrouped final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarGrouped)
public:
    BarGrouped()
        : NativePlot(u"bar-grouped"_s, u"Grouped Bar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Category on the horizontal axis")},
                      {u"group"_s, PlotDataRole::Kind::Categorical, false, tr("Subgroup inside every cluster, shown by colour")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Amount for one category and group")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Mean monthly rainfall (mm) in three cities, by season.
        QStringList season, city;
        std::vector<double> rain;
        const QStringList seasons{u"Winter"_s, u"Spring"_s, u"Summer"_s, u"Autumn"_s};
        const QStringList cities{u"Bergen"_s, u"Lyon"_s, u"Seville"_s};
        const double mm[3][4] = {{230, 140, 135, 260}, {55, 80, 70, 95}, {62, 45, 5, 58}};
        for (int s = 0; s < 4; ++s)
            for (int c = 0; c < 3; ++c) {
                season.append(seasons[s]);
                city.append(cities[c]);
                rain.push_back(mm[c][s]);
            }
        return SampleColumns::table({SampleColumns::labels(u"category"_s, season), SampleColumns::labels(u"group"_s, city),
                                     SampleColumns::numbers(u"value"_s, rain)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Season")}, {u"group"_s, tr("City")}, {u"value"_s, tr("Rainfall (mm/month)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::Pivot pivot = input.pivot(u"category"_s, u"group"_s, u"value"_s, false, 30, 7);
        if (pivot.categories.isEmpty() || pivot.groups.isEmpty())
            return {};
        const StackedCategories::Extent extent = StackedCategories::extent(pivot);
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QBarSeries;
            CategorySeries::appendBarSets(series, pivot, theme, theme.ink);
            series->setBarWidth(0.8);
            series->setLabelsVisible(pivot.categories.size() * pivot.groups.size() <= 16);
            series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            series->setLabelsPrecision(6);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), pivot.categories,
                                        {series});
            const double lo = extent.lowest, hi = extent.highest;
            const double span = std::max(std::abs(lo), std::abs(hi));
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), lo < 0 ? lo - 0.08 * span : 0,
                                     hi > 0 ? hi + 0.08 * span : 0, true, {series});
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_grouped()
{
    return std::make_unique<BarGrouped>();
}
