// bar-horizontal: Horizontal Bar Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
class BarHorizontal final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarHorizontal)
public:
    BarHorizontal()
        : NativePlot(u"bar-horizontal"_s, u"Horizontal Bar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Name of each bar")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Length of the bar from zero")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Walking"_s, u"Cycling"_s, u"Bus"_s, u"Tram"_s, u"Car (driver)"_s,
                                                   u"Car (passenger)"_s, u"Train"_s, u"Scooter"_s, u"Working from home"_s}),
             SampleColumns::numbers(u"value"_s, {412, 688, 534, 297, 903, 164, 376, 58, 241})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Main way to work")}, {u"value"_s, tr("Survey respondents")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        PlotInput::CategoryTotals totals = input.totalsByCategory(u"category"_s, u"value"_s, 40);
        if (totals.labels.isEmpty())
            return {};
        // Sorted so the largest bar is on top: horizontal bars invite reading a ranking.
        std::vector<size_t> order(totals.values.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals.values[a] < totals.values[b]; });
        QStringList labels;
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto *set = new QBarSet(input.label(u"value"_s));
            for (size_t i : order) {
                labels.append(totals.labels.at(qsizetype(i)));
                set->append(totals.values[i]);
            }
            set->setColor(ChartStyle::seriesColor(theme, 2));
            set->setBorderColor(ChartStyle::seriesColor(theme, 2));
            set->setLabelColor(theme.ink);
            set->setLabelFont(ChartStyle::font(7));
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QHorizontalBarSeries;
            series->append(set);
            series->setBarWidth(0.66);
            series->setLabelsVisible(labels.size() <= 20);
            series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            series->setLabelsPrecision(6);
            chart->addSeries(series);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignLeft, theme, {}, labels, {series});
            const auto [lo, hi] = std::minmax_element(totals.values.begin(), totals.values.end());
            const double span = std::max(std::abs(*lo), std::abs(*hi));
            ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s),
                                     *lo < 0 ? *lo - 0.1 * span : 0, *hi > 0 ? *hi + 0.1 * span : 0, true, {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_horizontal()
{
    return std::make_unique<BarHorizontal>();
}
