// heatmap-basic: Basic Heatmap — Plotbench's native QtCharts implementation.
#include "chartshapesitem.h"
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>

using namespace Qt::StringLiterals;

namespace {
class HeatmapBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapBasic)
public:
    HeatmapBasic()
        : NativePlot(u"heatmap-basic"_s, u"Basic Heatmap"_s,
                     {{u"x"_s, PlotDataRole::Kind::Categorical, false, tr("Column label of each cell")},
                      {u"y"_s, PlotDataRole::Kind::Categorical, false, tr("Row label of each cell")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Quantity mapped to the cell's colour")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Bicycles counted per hour (6:00–21:00) on each weekday at a city-centre counter.
        PlotStatistics::SampleRandom random(43);
        const QStringList days{u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s};
        QStringList hour, day;
        std::vector<double> count;
        for (int d = 0; d < 7; ++d)
            for (int h = 6; h <= 21; ++h) {
                const bool weekend = d >= 5;
                const double commute = 260 * std::exp(-std::pow((h - 8) / 1.1, 2)) + 230 * std::exp(-std::pow((h - 17) / 1.4, 2));
                const double leisure = 150 * std::exp(-std::pow((h - 14) / 3.0, 2));
                hour.append(u"%1"_s.arg(h, 2, 10, QChar(u'0')));
                day.append(days[d]);
                count.push_back(std::round((weekend ? leisure * 1.4 + 20 : commute + leisure * 0.4 + 30) * (1 + random.normal(0, 0.06))));
            }
        return SampleColumns::table({SampleColumns::labels(u"x"_s, hour), SampleColumns::labels(u"y"_s, day),
                                     SampleColumns::numbers(u"value"_s, count)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Hour of day")}, {u"y"_s, {}}, {u"value"_s, tr("Bicycles per hour")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        PlotInput::Pivot grid = input.pivot(u"x"_s, u"y"_s, u"value"_s, false, 100, 100);
        if (grid.categories.isEmpty() || grid.groups.isEmpty())
            return {};
        // Cells that no row fills stay empty, not zero: find them again.
        const PlotInput::Categories xs = input.categories(u"x"_s);
        const PlotInput::Categories ys = input.categories(u"y"_s);
        std::vector<std::vector<bool>> filled(size_t(grid.groups.size()), std::vector<bool>(size_t(grid.categories.size()), false));
        for (qsizetype r = 0; r < input.rowCount(); ++r) {
            const int x = xs.index[size_t(r)], y = ys.index[size_t(r)];
            if (x >= 0 && y >= 0 && x < grid.categories.size() && y < grid.groups.size() && std::isfinite(input.number(u"value"_s, r)))
                filled[size_t(y)][size_t(x)] = true;
        }
        double lo = INFINITY, hi = -INFINITY;
        for (size_t y = 0; y < filled.size(); ++y)
            for (size_t x = 0; x < filled[y].size(); ++x)
                if (filled[y][x])
                    lo = std::min(lo, grid.values[y][x]), hi = std::max(hi, grid.values[y][x]);
        if (!std::isfinite(lo))
            return {};
        const double span = hi > lo ? hi - lo : 1;
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            // An empty series carries the axes the cells are drawn against.
            auto *anchor = new QScatterSeries;
            chart->addSeries(anchor);
            // Rows top-down in order of appearance.
            QStringList rowLabels = grid.groups;
            std::reverse(rowLabels.begin(), rowLabels.end());
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), grid.categories, {anchor});
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), rowLabels, {anchor});
            auto *cells = new ChartShapesItem(chart.get(), anchor);
            const QPen gap(theme.background, 1);
            const qsizetype rows = grid.groups.size();
            for (qsizetype y = 0; y < rows; ++y)
                for (qsizetype x = 0; x < grid.categories.size(); ++x) {
                    if (!filled[size_t(y)][size_t(x)])
                        continue;
                    const double t = (grid.values[size_t(y)][size_t(x)] - lo) / span;
                    const double row = double(rows - 1 - y);
                    cells->addRect(QRectF(QPointF(x - 0.5, row - 0.5), QPointF(x + 0.5, row + 0.5)),
                                   ChartStyle::sequentialColor(theme, t), rows * grid.categories.size() > 2500 ? Qt::NoPen : gap);
                }
            // A stepped colour key in the legend: five empty series, one per band of values.
            ChartStyle::showLegend(chart.get(), theme, Qt::AlignRight);
            chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
            for (QLegendMarker *marker : chart->legend()->markers(anchor))
                marker->setVisible(false);
            for (int band = 4; band >= 0; --band) {
                auto *key = new QScatterSeries;
                key->setColor(ChartStyle::sequentialColor(theme, (band + 0.5) / 5));
                key->setBorderColor(key->color());
                key->setName(ChartStyle::formatNumber(lo + span * band / 5) + u"–"_s + ChartStyle::formatNumber(lo + span * (band + 1) / 5));
                chart->addSeries(key);
            }
            if (!input.label(u"value"_s).isEmpty())
                chart->legend()->setToolTip(input.label(u"value"_s));
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_heatmap_basic()
{
    return std::make_unique<HeatmapBasic>();
}
