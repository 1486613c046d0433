// pie-basic: Basic Pie Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

#include <numeric>

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
        const PlotInput::CategoryTotals parts = input.totalsByCategory(u"category"_s, u"value"_s, 0);
        if (parts.labels.isEmpty() || !input.requireNonNegative(u"value"_s, parts.values))
            return {};
        // Okabe-Ito has seven colours: beyond six parts the smallest are pooled as "Other".
        std::vector<size_t> order(parts.values.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return parts.values[a] > parts.values[b]; });
        const size_t shown = order.size() > 7 ? 6 : order.size();
        double other = 0;
        for (size_t i = shown; i < order.size(); ++i)
            other += parts.values[order[i]];
        if (order.size() > 7)
            input.note(u"category"_s, tr("%1 parts are too many to tell apart; the %2 smallest are pooled as \"Other\".")
                                          .arg(order.size()).arg(order.size() - shown));
        const double total = std::accumulate(parts.values.begin(), parts.values.end(), 0.0);
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QPieSeries;
            series->setPieSize(0.68);
            series->setVerticalPosition(0.54); // labels of wedges near 12 o'clock stay clear of the title
            series->setHoleSize(0.0);
            int colour = 0;
            const auto addSlice = [&](const QString &label, double value) {
                if (value <= 0)
                    return;
                auto *slice = series->append(label, value);
                slice->setColor(ChartStyle::seriesColor(theme, colour++));
                slice->setBorderColor(theme.background);
                slice->setBorderWidth(2);
                slice->setLabel(tr("%1 %2%").arg(label, ChartStyle::formatNumber(100 * value / total, value / total < 0.1 ? 1 : 0)));
                slice->setLabelVisible(value / total >= 0.02);
                slice->setLabelColor(theme.ink);
                slice->setLabelFont(ChartStyle::font(8));
                slice->setLabelArmLengthFactor(0.12);
            };
            for (size_t i = 0; i < shown; ++i)
                addSlice(parts.labels.at(qsizetype(order[i])), parts.values[order[i]]);
            addSlice(tr("Other"), other);

            chart->addSeries(series);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_pie_basic()
{
    return std::make_unique<PieBasic>();
}
