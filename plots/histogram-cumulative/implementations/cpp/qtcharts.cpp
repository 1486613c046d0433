// histogram-cumulative: Cumulative Histogram — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class HistogramCumulative final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(HistogramCumulative)
public:
    HistogramCumulative()
        : NativePlot(u"histogram-cumulative"_s, u"Cumulative Histogram"_s,
                     {{u"value"_s, PlotDataRole::Kind::Numeric, false, tr("One observation; counts accumulate over the bins")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Waiting time (minutes) of 400 patients at an emergency department: right-skewed.
        PlotStatistics::SampleRandom random(29);
        std::vector<double> minutes;
        for (int i = 0; i < 400; ++i)
            minutes.push_back(std::round(std::exp(random.normal(3.6, 0.55))));
        return SampleColumns::table({SampleColumns::numbers(u"value"_s, minutes)});
    }
    QHash<QString, QString> sampleLabels() const override { return {{u"value"_s, tr("Waiting time (min)")}}; }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<double> values = input.finiteValues(u"value"_s, true);
        if (values.empty())
            return {};
        const PlotStatistics::Histogram h = PlotStatistics::histogram(values, PlotStatistics::binCount(values, 40));
        const double n = double(values.size());
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *upper = new QLineSeries(chart.get());
            QList<QPointF> outline;
            double running = 0;
            for (size_t i = 0; i < h.counts.size(); ++i) {
                running += h.counts[i];
                const double share = 100 * running / n;
                outline << QPointF(h.edges[i], 0) << QPointF(h.edges[i], share) << QPointF(h.edges[i + 1], share)
                        << QPointF(h.edges[i + 1], 0);
            }
            upper->replace(outline);
            auto *area = new QAreaSeries(upper);
            area->setBrush(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, 2), 0.85));
            area->setPen(QPen(theme.background, 1));
            chart->addSeries(area);
            // The median and the 90th percentile, where a reader looks first.
            QList<QAbstractSeries *> guides;
            for (double p : {50.0, 90.0}) {
                auto *guide = new QLineSeries;
                guide->setPen(QPen(ChartStyle::seriesColor(theme, 1), 1.2, Qt::DashLine));
                guide->replace({QPointF(h.edges.front(), p), QPointF(h.edges.back(), p)});
                guide->setName(p == 50 ? tr("50 %: %1").arg(ChartStyle::formatNumber(PlotStatistics::quantile(values, 0.5)))
                                       : tr("90 %: %1").arg(ChartStyle::formatNumber(PlotStatistics::quantile(values, 0.9))));
                chart->addSeries(guide);
                guides.append(guide);
            }
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s), h.edges.front(),
                                               h.edges.back(), false, {area});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Cumulative share (%)"), 0, 100, true, {area});
            y->setTickCount(6);
            for (QAbstractSeries *g : std::as_const(guides)) {
                g->attachAxis(x);
                g->attachAxis(y);
            }
            ChartStyle::showLegend(chart.get(), theme, Qt::AlignTop);
            for (QLegendMarker *marker : chart->legend()->markers(area))
                marker->setVisible(false);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_histogram_cumulative()
{
    return std::make_unique<HistogramCumulative>();
}
