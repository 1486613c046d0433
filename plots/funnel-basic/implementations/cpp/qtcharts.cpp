// funnel-basic: Basic Funnel Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class FunnelBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(FunnelBasic)
public:
    FunnelBasic()
        : NativePlot(u"funnel-basic"_s, u"Basic Funnel Chart"_s,
                     {{u"stage"_s, PlotDataRole::Kind::Categorical, false, tr("Name of each stage, in process order")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Count reaching that stage")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"stage"_s, {u"Visited shop"_s, u"Viewed product"_s, u"Added to cart"_s,
                                                u"Started checkout"_s, u"Paid"_s}),
             SampleColumns::numbers(u"value"_s, {48200, 21900, 6400, 3100, 2240})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"stage"_s, tr("Stage")}, {u"value"_s, tr("Sessions in November")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::CategoryTotals stages = input.totalsByCategory(u"stage"_s, u"value"_s, 20);
        if (stages.labels.isEmpty() || !input.requireNonNegative(u"value"_s, stages.values))
            return {};
        const double widest = *std::max_element(stages.values.begin(), stages.values.end());
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            // Centred bars: an invisible pad of half the missing width, then the stage itself.
            auto *pad = new QBarSet(QString());
            pad->setColor(Qt::transparent);
            pad->setBorderColor(Qt::transparent);
            auto *bar = new QBarSet(input.label(u"value"_s));
            bar->setColor(ChartStyle::seriesColor(theme, 2));
            bar->setBorderColor(ChartStyle::seriesColor(theme, 2));
            bar->setLabelColor(Qt::white);
            bar->setLabelFont(ChartStyle::font(7, true));
            QStringList labels;
            // Top stage first: the category axis runs bottom-up.
            for (qsizetype i = stages.labels.size() - 1; i >= 0; --i) {
                const double v = stages.values[size_t(i)];
                pad->append((widest - v) / 2);
                bar->append(v);
                // Counts and the share of the first stage beside the bars: narrow bars have no room inside.
                const QString count = ChartStyle::formatNumber(v);
                labels.append(i == 0 || !(stages.values[0] > 0)
                                  ? tr("%1  %2").arg(stages.labels.at(i), count)
                                  : tr("%1  %2 (%3%)").arg(stages.labels.at(i), count,
                                                           ChartStyle::formatNumber(100 * v / stages.values[0], 0)));
            }
            auto *series = new QHorizontalStackedBarSeries;
            series->append(pad);
            series->append(bar);
            series->setBarWidth(0.86);
            series->setLabelsVisible(false);
            series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
            series->setLabelsPrecision(7);
            auto chart = ChartStyle::makeChart(specId(), theme);
            chart->addSeries(series);
            // The pad set's labels would read as values: only the stage bars carry them.
            pad->setLabelColor(Qt::transparent);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignLeft, theme, {}, labels, {series});
            auto *valueAxis = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"value"_s), 0, widest,
                                                       true, {series});
            valueAxis->setRange(0, widest);
            valueAxis->setVisible(false);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_funnel_basic()
{
    return std::make_unique<FunnelBasic>();
}
