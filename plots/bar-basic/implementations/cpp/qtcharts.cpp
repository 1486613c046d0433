// bar-basic: Basic Bar Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class BarBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarBasic)
public:
    BarBasic()
        : NativePlot(u"bar-basic"_s, u"Basic Bar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Name of each bar")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Non-negative amount that sets the bar height")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Central"_s, u"Harbour"_s, u"Old Town"_s, u"Riverside"_s,
                                                   u"University"_s, u"Northgate"_s, u"Hillcrest"_s}),
             SampleColumns::numbers(u"value"_s, {4166, 1824, 2483, 2206, 3392, 1250, 921})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Library branch")}, {u"value"_s, tr("Books lent in March")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::CategoryTotals totals = input.totalsByCategory(u"category"_s, u"value"_s, 40);
        if (totals.labels.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *set = new QBarSet(input.label(u"value"_s));
            set->setColor(ChartStyle::seriesColor(theme, 0));
            set->setBorderColor(ChartStyle::seriesColor(theme, 0));
            set->setLabelColor(theme.ink);
            set->setLabelFont(ChartStyle::font(7));
            for (double v : totals.values)
                set->append(v);
            auto *series = new QBarSeries;
            series->append(set);
            series->setBarWidth(0.62);
            // Exact values above the bars while they are few enough to read.
            series->setLabelsVisible(totals.labels.size() <= 15);
            series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            series->setLabelsPrecision(6);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), totals.labels,
                                        {series});
            const auto [lo, hi] = std::minmax_element(totals.values.begin(), totals.values.end());
            // Headroom above the tallest bar for its label; the baseline always at zero.
            const double span = std::max(std::abs(*lo), std::abs(*hi));
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s),
                                     *lo < 0 ? *lo - 0.08 * span : 0, *hi > 0 ? *hi + 0.08 * span : 0, true, {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_basic()
{
    return std::make_unique<BarBasic>();
}
