// bar-pareto: Pareto Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
class BarPareto final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BarPareto)
public:
    BarPareto()
        : NativePlot(u"bar-pareto"_s, u"Pareto Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Cause or category counted")},
                      {u"count"_s, PlotDataRole::Kind::Numeric, false, tr("How often it occurred")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Late"_s, u"Wrong size"_s, u"Damaged"_s, u"Colour"_s,
                                                   u"Part missing"_s, u"Billing"_s, u"Other"_s}),
             SampleColumns::numbers(u"count"_s, {186, 121, 64, 38, 22, 14, 9})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Reason for return")}, {u"count"_s, tr("Returns in 2025")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::CategoryTotals totals = input.totalsByCategory(u"category"_s, u"count"_s, 30);
        if (totals.labels.isEmpty())
            return {};
        if (!input.requireNonNegative(u"count"_s, totals.values))
            return {};
        std::vector<size_t> order(totals.values.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals.values[a] > totals.values[b]; });
        const double total = std::accumulate(totals.values.begin(), totals.values.end(), 0.0);
        QStringList labels;
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto *set = new QBarSet(input.label(u"count"_s));
            QList<QPointF> cumulative;
            double running = 0;
            for (size_t i : order) {
                labels.append(totals.labels.at(qsizetype(i)));
                set->append(totals.values[i]);
                running += totals.values[i];
                cumulative.append(QPointF(double(cumulative.size()), 100 * running / total));
            }
            set->setColor(ChartStyle::seriesColor(theme, 2));
            set->setBorderColor(ChartStyle::seriesColor(theme, 2));
            set->setLabelColor(theme.ink);
            set->setLabelFont(ChartStyle::font(7));
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *bars = new QBarSeries;
            bars->append(set);
            bars->setBarWidth(0.7);
            bars->setLabelsVisible(labels.size() <= 12);
            bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            bars->setLabelsPrecision(6);
            bars->setName(input.label(u"count"_s));
            chart->addSeries(bars);
            const QColor lineColor = ChartStyle::seriesColor(theme, 1);
            auto *line = new QLineSeries;
            line->setName(tr("Cumulative share"));
            line->setPen(QPen(lineColor, 2));
            line->replace(cumulative);
            auto *dots = new QScatterSeries;
            dots->setMarkerSize(7);
            dots->setColor(lineColor);
            dots->setBorderColor(theme.background);
            dots->replace(cumulative);
            chart->addSeries(line);
            chart->addSeries(dots);
            auto *categoryAxis = ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s),
                                                             labels, {bars, line, dots});
            Q_UNUSED(categoryAxis);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"count"_s), 0,
                                     *std::max_element(totals.values.begin(), totals.values.end()) * 1.1, true, {bars});
            auto *percent = ChartStyle::addValueAxis(chart.get(), Qt::AlignRight, theme, tr("Cumulative (%)"), 0, 100, true,
                                                     {line, dots});
            percent->setGridLineVisible(false);
            percent->setLabelsColor(lineColor);
            // The 80 % line of the Pareto principle.
            auto *eighty = new QLineSeries;
            eighty->setPen(QPen(ChartStyle::mutedInk(theme), 1, Qt::DashLine));
            eighty->replace({QPointF(-0.5, 80), QPointF(labels.size() - 0.5, 80)});
            chart->addSeries(eighty);
            eighty->attachAxis(categoryAxis);
            eighty->attachAxis(percent);
            ChartStyle::showLegend(chart.get(), theme);
            for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(dots), static_cast<QAbstractSeries *>(eighty)})
                for (QLegendMarker *marker : chart->legend()->markers(s))
                    marker->setVisible(false);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_bar_pareto()
{
    return std::make_unique<BarPareto>();
}
