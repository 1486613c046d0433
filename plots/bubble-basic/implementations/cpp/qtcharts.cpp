// bubble-basic: Basic Bubble Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class BubbleBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BubbleBasic)
public:
    BubbleBasic()
        : NativePlot(u"bubble-basic"_s, u"Basic Bubble Chart"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Horizontal position")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Vertical position")},
                      {u"size"_s, PlotDataRole::Kind::Numeric, false, tr("Non-negative amount shown by bubble area")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // 40 countries: GDP per person (k$), life expectancy (years), population (millions).
        PlotStatistics::SampleRandom random(59);
        std::vector<double> gdp, life, population;
        for (int i = 0; i < 40; ++i) {
            const double g = std::exp(random.uniform(std::log(1.5), std::log(80)));
            gdp.push_back(std::round(g * 10) / 10);
            life.push_back(std::round((55 + 6.2 * std::log(g) + random.normal(0, 2.2)) * 10) / 10);
            population.push_back(std::round(std::exp(random.normal(2.6, 1.3)) * 10) / 10);
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, gdp), SampleColumns::numbers(u"y"_s, life),
                                     SampleColumns::numbers(u"size"_s, population)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("GDP per person (thousand $)")}, {u"y"_s, tr("Life expectancy (years)")},
                {u"size"_s, tr("Population (millions)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"x"_s, u"y"_s, u"size"_s});
        if (rows.empty())
            return {};
        double smax = 0, xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
        int negative = 0;
        for (qsizetype r : rows) {
            smax = std::max(smax, std::abs(input.number(u"size"_s, r)));
            negative += input.number(u"size"_s, r) < 0;
            xlo = std::min(xlo, input.number(u"x"_s, r)), xhi = std::max(xhi, input.number(u"x"_s, r));
            ylo = std::min(ylo, input.number(u"y"_s, r)), yhi = std::max(yhi, input.number(u"y"_s, r));
        }
        if (negative > 0)
            input.note(u"size"_s, tr("%n negative size(s) are drawn as the smallest bubble.", nullptr, negative));
        // Area, not diameter, proportional to size: diameters in a few classes (one series each),
        // so a million bubbles stay a handful of series.
        const int classes = 8;
        const qreal maxDiameter = 34, minDiameter = 5;
        std::vector<QList<QPointF>> points(static_cast<size_t>(classes));
        for (qsizetype r : rows) {
            const double share = smax > 0 ? std::max(0.0, input.number(u"size"_s, r)) / smax : 1;
            const int c = std::clamp(int(std::ceil(std::sqrt(share) * classes)) - 1, 0, classes - 1);
            points[size_t(c)].append(QPointF(input.number(u"x"_s, r), input.number(u"y"_s, r)));
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const double xpad = (xhi - xlo) * 0.06, ypad = (yhi - ylo) * 0.08;
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s),
                                               xlo >= 0 ? std::max(0.0, xlo - xpad) : xlo - xpad, xhi + xpad, false, {});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo - ypad, yhi + ypad, false, {});
            const QColor color = ChartStyle::withAlpha(ChartStyle::seriesColor(theme, 2), 0.55);
            for (int c = classes - 1; c >= 0; --c) { // big bubbles first, small ones stay visible on top
                auto *series = new QScatterSeries;
                series->setMarkerSize(minDiameter + (maxDiameter - minDiameter) * (c + 1) / classes);
                series->setColor(color);
                series->setBorderColor(ChartStyle::seriesColor(theme, 2).darker(130));
                ChartStyle::setPoints(series, points[size_t(c)]);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
            }
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bubble_basic()
{
    return std::make_unique<BubbleBasic>();
}
