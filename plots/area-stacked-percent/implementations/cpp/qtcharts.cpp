// area-stacked-percent: Percent Stacked Area Chart — Plotbench's native QtCharts implementation.
#include "categoryseries.h"
#include "chartstyle.h"
#include "plotinput.h"
#include "sharedsamples.h"
#include "stackedcategories.h"

#include <QAreaSeries>
#include <QChart>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class AreaStackedPercent final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(AreaStackedPercent)
public:
    AreaStackedPercent()
        : NativePlot(u"area-stacked-percent"_s, u"Percent Stacked Area Chart"_s,
                     {{u"x"_s, PlotDataRole::Kind::DateTime, false, tr("Shared ordered position, typically a date")},
                      {u"series"_s, PlotDataRole::Kind::Categorical, false, tr("Layer each value belongs to")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Non-negative amount of that layer")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Monthly streamed hours (millions) by device, 2024–2025.
        return SharedSamples::streamedHoursByDevice(67);
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Month")}, {u"series"_s, tr("Device")}, {u"value"_s, tr("Hours (millions)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        PlotInput::Pivot pivot = input.pivot(u"x"_s, u"series"_s, u"value"_s, true, 5000, 7);
        if (pivot.categories.isEmpty() || pivot.groups.isEmpty())
            return {};
        if (const int negatives = StackedCategories::clipNegatives(pivot); negatives > 0)
            input.note(u"value"_s, tr("%n negative value(s) cannot be stacked and count as zero.", nullptr, negatives));
        // Every position sums to 100 %; a position where all layers are zero stays empty.
        StackedCategories::normaliseToPercent(pivot);
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *x = ChartStyle::addXAxis(chart.get(), theme, input.label(u"x"_s), input.isDateTime(u"x"_s),
                                           pivot.categoryNumbers.front(), pivot.categoryNumbers.back(), {});
            const QList<QAreaSeries *> areas = CategorySeries::addStackedAreas(chart.get(), theme, pivot, x);
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Share (%)"), 0, 100, true, {});
            y->setRange(0, 100);
            for (QAreaSeries *a : areas)
                a->attachAxis(y);
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_area_stacked_percent()
{
    return std::make_unique<AreaStackedPercent>();
}
