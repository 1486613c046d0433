// qq-basic: Basic Q-Q Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

using namespace Qt::StringLiterals;

namespace {
class QqBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(QqBasic)
public:
    QqBasic()
        : NativePlot(u"qq-basic"_s, u"Basic Q-Q Plot"_s,
                     {{u"sample"_s, PlotDataRole::Kind::Numeric, false, tr("Observed values compared with a normal distribution")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Daily returns (%) of an index fund over 200 days: nearly normal, with heavier tails.
        PlotStatistics::SampleRandom random(37);
        std::vector<double> returns;
        for (int i = 0; i < 200; ++i) {
            const double scale = i % 25 == 0 ? 2.6 : 1.0;
            returns.push_back(std::round(random.normal(0.04, 0.9 * scale) * 100) / 100);
        }
        return SampleColumns::table({SampleColumns::numbers(u"sample"_s, returns)});
    }
    QHash<QString, QString> sampleLabels() const override { return {{u"sample"_s, tr("Daily return (%)")}}; }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<double> values = input.finiteValues(u"sample"_s, true);
        if (values.size() < 2) {
            if (!values.empty())
                input.fail(u"sample"_s, tr("A Q-Q plot needs at least two observations; `%1` has one.").arg(input.columnName(u"sample"_s)));
            return {};
        }
        const size_t n = values.size();
        // Filliben-style plotting positions (i − 0.375) / (n + 0.25); beyond 5,000 points every k-th
        // is drawn, the tails always included.
        const size_t stride = std::max<size_t>(1, n / 5000);
        QList<QPointF> points;
        for (size_t i = 0; i < n; i += stride)
            points.append(QPointF(PlotStatistics::normalQuantile((double(i) + 1 - 0.375) / (double(n) + 0.25)), values[i]));
        if ((n - 1) % stride != 0)
            points.append(QPointF(PlotStatistics::normalQuantile((double(n) - 0.375) / (double(n) + 0.25)), values.back()));
        // Reference line through the quartiles, as R's qqline does.
        const double q1 = PlotStatistics::quantile(values, 0.25), q3 = PlotStatistics::quantile(values, 0.75);
        const double z1 = PlotStatistics::normalQuantile(0.25), z3 = PlotStatistics::normalQuantile(0.75);
        double slope = (q3 - q1) / (z3 - z1);
        if (!(slope > 0))
            slope = std::max(PlotStatistics::standardDeviation(values), 1e-12);
        const double intercept = q1 - slope * z1;
        const double zlo = points.constFirst().x(), zhi = points.constLast().x();
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *dots = new QScatterSeries;
            dots->setName(input.label(u"sample"_s));
            dots->setMarkerSize(n > 2000 ? 4 : 7);
            dots->setColor(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, 2), 0.8));
            dots->setBorderColor(theme.background);
            ChartStyle::setPoints(dots, points);
            auto *line = new QLineSeries;
            line->setName(tr("Normal reference"));
            line->setPen(QPen(ChartStyle::seriesColor(theme, 1), 2, Qt::DashLine));
            line->replace({QPointF(zlo, intercept + slope * zlo), QPointF(zhi, intercept + slope * zhi)});
            chart->addSeries(line);
            chart->addSeries(dots);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, tr("Theoretical quantiles (standard normal)"), zlo, zhi,
                                     false, {dots, line});
            const double ylo = std::min(values.front(), intercept + slope * zlo), yhi = std::max(values.back(), intercept + slope * zhi);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"sample"_s), ylo, yhi, false, {dots, line});
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_qq_basic()
{
    return std::make_unique<QqBasic>();
}
