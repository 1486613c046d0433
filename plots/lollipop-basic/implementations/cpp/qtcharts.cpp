// lollipop-basic: Basic Lollipop Chart — Plotbench's native QtCharts implementation.
#include "chartshapesitem.h"
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QScatterSeries>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
class LollipopBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(LollipopBasic)
public:
    LollipopBasic()
        : NativePlot(u"lollipop-basic"_s, u"Basic Lollipop Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Label of each stick")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Value at the head of the stick")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Oslo"_s, u"Vienna"_s, u"Madrid"_s, u"Dublin"_s, u"Warsaw"_s,
                                                   u"Lisbon"_s, u"Prague"_s, u"Athens"_s, u"Helsinki"_s, u"Rome"_s}),
             SampleColumns::numbers(u"value"_s, {5.1, 3.9, 6.8, 7.4, 2.6, 4.4, 3.1, 5.9, 4.8, 6.2})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("City")}, {u"value"_s, tr("Median commute (km)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const PlotInput::CategoryTotals totals = input.totalsByCategory(u"category"_s, u"value"_s, 40);
        if (totals.labels.isEmpty())
            return {};
        std::vector<size_t> order(totals.values.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals.values[a] > totals.values[b]; });
        QStringList labels;
        QList<QPointF> heads;
        for (size_t i : order) {
            heads.append(QPointF(double(labels.size()), totals.values[i]));
            labels.append(totals.labels.at(qsizetype(i)));
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const QColor color = ChartStyle::seriesColor(theme, 0);
            auto *dots = new QScatterSeries;
            dots->setName(input.label(u"value"_s));
            dots->setMarkerSize(labels.size() > 25 ? 7 : 11);
            dots->setColor(color);
            dots->setBorderColor(color);
            dots->replace(heads);
            chart->addSeries(dots);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"category"_s), labels, {dots});
            const auto [lo, hi] = std::minmax_element(totals.values.begin(), totals.values.end());
            const double span = std::max(std::abs(*lo), std::abs(*hi));
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), std::min(0.0, *lo - 0.08 * span),
                                     std::max(0.0, *hi + 0.08 * span), true, {dots});
            auto *sticks = new ChartShapesItem(chart.get(), dots);
            sticks->setZValue(3.9);
            const QPen pen(ChartStyle::withAlpha(color, 0.8), 2);
            for (const QPointF &p : std::as_const(heads))
                sticks->addSegment(QPointF(p.x(), 0), p, pen);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_lollipop_basic()
{
    return std::make_unique<LollipopBasic>();
}
