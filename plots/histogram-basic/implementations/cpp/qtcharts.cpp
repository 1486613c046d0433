// histogram-basic: Basic Histogram — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class HistogramBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(HistogramBasic)
public:
    HistogramBasic()
        : NativePlot(u"histogram-basic"_s, u"Basic Histogram"_s,
                     {{u"value"_s, PlotDataRole::Kind::Numeric, false, tr("One observation of the measured variable")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Birth weight (g) of 600 full-term babies.
        PlotStatistics::SampleRandom random(17);
        std::vector<double> grams;
        for (int i = 0; i < 600; ++i)
            grams.push_back(std::round(random.normal(3450, 470) - (i % 9 == 0 ? std::abs(random.normal(0, 500)) : 0)));
        return SampleColumns::table({SampleColumns::numbers(u"value"_s, grams)});
    }
    QHash<QString, QString> sampleLabels() const override { return {{u"value"_s, tr("Birth weight (g)")}}; }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<double> values = input.finiteValues(u"value"_s, true);
        if (values.empty())
            return {};
        const PlotStatistics::Histogram h = PlotStatistics::histogram(values, PlotStatistics::binCount(values));
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            // One area whose outline drops to zero at every edge: filled bars, and the background-
            // coloured outline separates them, on a true numeric axis.
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *upper = new QLineSeries(chart.get());
            QList<QPointF> outline;
            for (size_t i = 0; i < h.counts.size(); ++i)
                outline << QPointF(h.edges[i], 0) << QPointF(h.edges[i], h.counts[i]) << QPointF(h.edges[i + 1], h.counts[i])
                        << QPointF(h.edges[i + 1], 0);
            upper->replace(outline);
            auto *area = new QAreaSeries(upper);
            area->setBrush(ChartStyle::seriesColor(theme, 0));
            area->setPen(QPen(theme.background, h.counts.size() > 40 ? 0.5 : 1.2));
            area->setName(input.label(u"value"_s));
            chart->addSeries(area);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s), h.edges.front(),
                                     h.edges.back(), false, {area});
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Count"), 0,
                                     *std::max_element(h.counts.begin(), h.counts.end()) * 1.05, true, {area});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_histogram_basic()
{
    return std::make_unique<HistogramBasic>();
}
