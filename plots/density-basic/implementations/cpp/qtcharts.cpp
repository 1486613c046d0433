// density-basic: Basic Density Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class DensityBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(DensityBasic)
public:
    DensityBasic()
        : NativePlot(u"density-basic"_s, u"Basic Density Plot"_s,
                     {{u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Observations whose distribution is estimated")},
                      {u"group"_s, PlotDataRole::Kind::Categorical, true, tr("Splits the observations into curves")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Sleep per night (h) reported by 300 students and 300 office workers.
        PlotStatistics::SampleRandom random(13);
        std::vector<double> hours;
        QStringList who;
        for (int i = 0; i < 600; ++i) {
            const bool student = i % 2 == 0;
            hours.push_back(std::round((student ? random.normal(7.4, 1.2) : random.normal(6.6, 0.8)) * 10) / 10);
            who.append(student ? u"Students"_s : u"Office workers"_s);
        }
        return SampleColumns::table({SampleColumns::numbers(u"value"_s, hours), SampleColumns::labels(u"group"_s, who)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"value"_s, tr("Sleep per night (h)")}, {u"group"_s, tr("Group")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"value"_s});
        if (rows.empty())
            return {};
        const PlotInput::Categories groups = input.categories(u"group"_s);
        const int count = groups.labels.isEmpty() ? 1 : int(std::min<qsizetype>(groups.labels.size(), 7));
        if (groups.labels.size() > 7)
            input.note(u"group"_s, tr("`%1` has %2 groups; the first 7 are drawn.").arg(input.columnName(u"group"_s)).arg(groups.labels.size()));
        std::vector<std::vector<double>> samples(static_cast<size_t>(count));
        for (qsizetype r : rows) {
            const int g = groups.labels.isEmpty() ? 0 : groups.index[size_t(r)];
            if (g >= 0 && g < count)
                samples[size_t(g)].push_back(input.number(u"value"_s, r));
        }
        double lo = INFINITY, hi = -INFINITY, bandwidthMax = 0;
        std::vector<double> bandwidths;
        for (auto &s : samples) {
            std::sort(s.begin(), s.end());
            bandwidths.push_back(s.empty() ? 0 : PlotStatistics::silvermanBandwidth(s));
            if (!s.empty()) {
                lo = std::min(lo, s.front());
                hi = std::max(hi, s.back());
                bandwidthMax = std::max(bandwidthMax, bandwidths.back());
            }
        }
        // The curves reach three bandwidths past the data, where the density has nearly vanished.
        const std::vector<double> grid = PlotStatistics::linspace(lo - 3 * bandwidthMax, hi + 3 * bandwidthMax, 240);
        const QStringList labels = groups.labels; // not `groups`: its index has one entry per row
        // The densities are O(rows × grid): computed here, on the worker; the chart half gets 240
        // points per group, never the samples.
        std::vector<QList<QPointF>> curves(static_cast<size_t>(count));
        double top = 0;
        for (int g = 0; g < count; ++g) {
            if (samples[size_t(g)].empty())
                continue;
            const std::vector<double> d = PlotStatistics::gaussianKde(samples[size_t(g)], bandwidths[size_t(g)], grid);
            for (size_t i = 0; i < grid.size(); ++i) {
                curves[size_t(g)].append(QPointF(grid[i], d[i]));
                top = std::max(top, d[i]);
            }
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            QList<QAreaSeries *> areas;
            for (int g = 0; g < count; ++g) {
                const QList<QPointF> &curve = curves[size_t(g)];
                if (curve.isEmpty())
                    continue;
                auto *upper = new QLineSeries(chart.get());
                upper->replace(curve);
                auto *area = new QAreaSeries(upper);
                const QColor color = ChartStyle::seriesColor(theme, g);
                area->setBrush(ChartStyle::withAlpha(color, 0.3));
                area->setPen(QPen(color, 2.2));
                area->setName(labels.isEmpty() ? input.label(u"value"_s) : labels.at(g));
                chart->addSeries(area);
                areas.append(area);
            }
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s), grid.front(),
                                               grid.back(), false, {});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, tr("Density"), 0, top * 1.05, true, {});
            for (QAreaSeries *a : std::as_const(areas)) {
                a->attachAxis(x);
                a->attachAxis(y);
            }
            if (!labels.isEmpty())
                ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_density_basic()
{
    return std::make_unique<DensityBasic>();
}
