// scatter-regression-linear: Scatter Plot with Linear Regression — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class ScatterRegressionLinear final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(ScatterRegressionLinear)
public:
    ScatterRegressionLinear()
        : NativePlot(u"scatter-regression-linear"_s, u"Scatter Plot with Linear Regression"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Explanatory variable")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Response variable")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Weekly study hours and exam score of 90 students.
        PlotStatistics::SampleRandom random(53);
        std::vector<double> hours, score;
        for (int i = 0; i < 90; ++i) {
            const double h = std::max(0.5, random.normal(9, 3.5));
            hours.push_back(std::round(h * 10) / 10);
            score.push_back(std::clamp(std::round(44 + 3.1 * h + random.normal(0, 7)), 0.0, 100.0));
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, hours), SampleColumns::numbers(u"y"_s, score)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Study time (h per week)")}, {u"y"_s, tr("Exam score")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"x"_s, u"y"_s});
        if (rows.empty())
            return {};
        std::vector<double> xs, ys;
        QList<QPointF> points;
        for (qsizetype r : rows) {
            xs.push_back(input.number(u"x"_s, r));
            ys.push_back(input.number(u"y"_s, r));
            points.append(QPointF(xs.back(), ys.back()));
        }
        const PlotStatistics::LinearFit fit = PlotStatistics::linearFit(xs, ys);
        if (!fit.valid)
            input.note(u"x"_s, tr("`%1` has no spread (or fewer than two points): no regression line can be fitted.")
                                   .arg(input.columnName(u"x"_s)));
        const auto [xlo, xhi] = std::minmax_element(xs.begin(), xs.end());
        const auto [ylo, yhi] = std::minmax_element(ys.begin(), ys.end());
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), *xlo, *xhi, false, {});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), *ylo, *yhi, false, {});
            auto *dots = new QScatterSeries;
            dots->setName(tr("Observations"));
            dots->setMarkerSize(points.size() > 2000 ? 4 : 8);
            dots->setColor(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, 2), 0.7));
            dots->setBorderColor(points.size() > 2000 ? Qt::transparent : theme.background);
            ChartStyle::setPoints(dots, points);
            if (fit.valid) {
                // 95 % confidence band of the mean response: ŷ ± t·s·√(1/n + (x − x̄)²/Sxx), t ≈ 1.96 + 2.4/df.
                const double n = double(xs.size());
                const double mx = PlotStatistics::mean(xs);
                double sxx = 0, sse = 0;
                for (size_t i = 0; i < xs.size(); ++i) {
                    sxx += (xs[i] - mx) * (xs[i] - mx);
                    const double e = ys[i] - (fit.intercept + fit.slope * xs[i]);
                    sse += e * e;
                }
                const double df = std::max(1.0, n - 2);
                const double s = std::sqrt(sse / df);
                const double t = 1.96 + 2.4 / df;
                auto *upper = new QLineSeries(chart.get());
                auto *lower = new QLineSeries(chart.get());
                for (double gx : PlotStatistics::linspace(*xlo, *xhi, 60)) {
                    const double half = t * s * std::sqrt(1 / n + (gx - mx) * (gx - mx) / sxx);
                    upper->append(gx, fit.intercept + fit.slope * gx + half);
                    lower->append(gx, fit.intercept + fit.slope * gx - half);
                }
                auto *band = new QAreaSeries(upper, lower);
                band->setName(tr("95 % confidence"));
                band->setBrush(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, 1), 0.18));
                band->setPen(Qt::NoPen);
                chart->addSeries(band);
                band->attachAxis(x);
                band->attachAxis(y);
                auto *line = new QLineSeries;
                line->setName(tr("y = %1x %2 %3 (R² = %4)")
                                  .arg(ChartStyle::formatNumber(fit.slope, 2), fit.intercept < 0 ? u"−"_s : u"+"_s,
                                       ChartStyle::formatNumber(std::abs(fit.intercept), 1), ChartStyle::formatNumber(fit.rSquared, 2)));
                line->setPen(QPen(ChartStyle::seriesColor(theme, 1), 2.4));
                line->replace({QPointF(*xlo, fit.intercept + fit.slope * *xlo), QPointF(*xhi, fit.intercept + fit.slope * *xhi)});
                chart->addSeries(dots);
                chart->addSeries(line);
                line->attachAxis(x);
                line->attachAxis(y);
            } else {
                chart->addSeries(dots);
            }
            dots->attachAxis(x);
            dots->attachAxis(y);
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_scatter_regression_linear()
{
    return std::make_unique<ScatterRegressionLinear>();
}
