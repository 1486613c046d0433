// ecdf-basic: Basic ECDF Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class EcdfBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(EcdfBasic)
public:
    EcdfBasic()
        : NativePlot(u"ecdf-basic"_s, u"Basic ECDF Plot"_s,
                     {{u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Observations, sorted into the cumulative curve")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Page load times (s) of 250 visits.
        PlotStatistics::SampleRandom random(31);
        std::vector<double> seconds;
        for (int i = 0; i < 250; ++i)
            seconds.push_back(std::round(std::exp(random.normal(0.35, 0.45)) * 100) / 100);
        return SampleColumns::table({SampleColumns::numbers(u"value"_s, seconds)});
    }
    QHash<QString, QString> sampleLabels() const override { return {{u"value"_s, tr("Page load time (s)")}}; }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<double> values = input.finiteValues(u"value"_s, true);
        if (values.empty())
            return {};
        // The exact step function: up by 1/n at every observation. Beyond a few thousand
        // observations steps are below a pixel, so the curve keeps every k-th step.
        const size_t n = values.size();
        const size_t stride = std::max<size_t>(1, n / 4000);
        QList<QPointF> steps;
        const double span = values.back() - values.front();
        const double pad = span > 0 ? span * 0.03 : 1;
        steps.append(QPointF(values.front() - pad, 0));
        double previous = 0;
        for (size_t i = 0; i < n; i += stride) {
            // Jump at the last of equal values, to the share at or below it.
            size_t j = std::min(n - 1, i + stride - 1);
            while (j + 1 < n && values[j + 1] == values[j])
                ++j;
            const double share = double(j + 1) / double(n);
            steps << QPointF(values[j], previous) << QPointF(values[j], share);
            previous = share;
            i = j + 1 - stride;
        }
        steps.append(QPointF(values.back() + pad, 1));
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *line = new QLineSeries;
            line->setPen(QPen(ChartStyle::seriesColor(theme, 2), 2));
            ChartStyle::setPoints(line, steps);
            chart->addSeries(line);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s), values.front() - pad,
                                     values.back() + pad, false, {line});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Cumulative proportion"), 0, 1, true, {line});
            y->setRange(0, 1.02);
            y->setTickCount(6);
            y->setLabelFormat(u"%.1f"_s);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_ecdf_basic()
{
    return std::make_unique<EcdfBasic>();
}
