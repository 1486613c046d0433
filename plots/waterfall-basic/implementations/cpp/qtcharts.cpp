// waterfall-basic: Basic Waterfall Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarCategoryAxis>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class WaterfallBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallBasic)
public:
    WaterfallBasic()
        : NativePlot(u"waterfall-basic"_s, u"Basic Waterfall Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Label of each step")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Change at that step, signed")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Revenue"_s, u"Goods"_s, u"Staff"_s, u"Rent"_s, u"Marketing"_s,
                                                   u"Grants"_s, u"Tax"_s}),
             SampleColumns::numbers(u"value"_s, {820, -310, -205, -64, -48, 35, -52})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("2025, café cooperative")}, {u"value"_s, tr("Thousand €")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::CategoryTotals steps = input.totalsByCategory(u"category"_s, u"value"_s, 40);
        if (steps.labels.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            // Floating bars from the running total before a step to the one after it: candlestick
            // bodies without wicks. A final bar shows the net result from zero.
            auto *series = new QCandlestickSeries;
            series->setBodyWidth(0.62);
            series->setCapsVisible(false);
            series->setBodyOutlineVisible(false);
            const QColor up = ChartStyle::seriesColor(theme, 0);
            const QColor down = ChartStyle::seriesColor(theme, 1);
            const QColor total = ChartStyle::seriesColor(theme, 2);
            series->setIncreasingColor(up);
            series->setDecreasingColor(down);
            QStringList labels = steps.labels;
            double running = 0, lo = 0, hi = 0;
            for (size_t i = 0; i < steps.values.size(); ++i) {
                const double before = running;
                running += steps.values[i];
                auto *set = new QCandlestickSet(before, std::max(before, running), std::min(before, running), running, double(i));
                series->append(set);
                lo = std::min(lo, running);
                hi = std::max(hi, running);
            }
            auto *net = new QCandlestickSet(0, std::max(0.0, running), std::min(0.0, running), running, double(labels.size()));
            net->setBrush(total);
            net->setPen(QPen(total));
            series->append(net);
            labels.append(tr("Net"));
            auto chart = ChartStyle::makeChart(specId(), theme);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), labels, {series});
            const double span = hi - lo;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), lo - 0.04 * span,
                                     hi + 0.06 * span, true, {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_waterfall_basic()
{
    return std::make_unique<WaterfallBasic>();
}
