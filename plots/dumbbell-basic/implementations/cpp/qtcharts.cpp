// dumbbell-basic: Basic Dumbbell Chart — Plotbench's native QtCharts implementation.
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
class DumbbellBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(DumbbellBasic)
public:
    DumbbellBasic()
        : NativePlot(u"dumbbell-basic"_s, u"Basic Dumbbell Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Label of each row")},
                      {u"start_value"_s, PlotDataRole::Kind::Numeric, false, tr("First value (left dot)")},
                      {u"end_value"_s, PlotDataRole::Kind::Numeric, false, tr("Second value (right dot)")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Engineering"_s, u"Sales"_s, u"Support"_s, u"Finance"_s, u"Marketing"_s,
                                                   u"Operations"_s, u"Legal"_s, u"Research"_s}),
             SampleColumns::numbers(u"start_value"_s, {62, 55, 48, 66, 58, 51, 70, 64}),
             SampleColumns::numbers(u"end_value"_s, {74, 61, 69, 68, 72, 57, 71, 79})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Department")}, {u"start_value"_s, tr("Before (2024)")},
                {u"end_value"_s, tr("After (2025)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"start_value"_s, u"end_value"_s}, {u"category"_s});
        if (rows.empty())
            return {};
        const PlotInput::Categories cats = input.categories(u"category"_s);
        // One dumbbell per category: repeated categories keep their last row (reported).
        std::vector<qsizetype> rowOf(size_t(cats.labels.size()), -1);
        int repeated = 0;
        for (qsizetype r : rows) {
            qsizetype &slot = rowOf[size_t(cats.index[size_t(r)])];
            repeated += slot >= 0;
            slot = r;
        }
        if (repeated > 0)
            input.note(u"category"_s, tr("%n row(s) repeat a category; the last row of each category is drawn.", nullptr, repeated));
        std::vector<int> order;
        for (int c = 0; c < int(rowOf.size()); ++c)
            if (rowOf[size_t(c)] >= 0)
                order.push_back(c);
        const int maxRows = 40;
        if (int(order.size()) > maxRows) {
            input.note(u"category"_s, tr("%1 categories are too many rows; the first %2 are drawn.").arg(order.size()).arg(maxRows));
            order.resize(maxRows);
        }
        // Sorted by the change, largest gain on top.
        const auto change = [&](int c) { return input.number(u"end_value"_s, rowOf[size_t(c)]) - input.number(u"start_value"_s, rowOf[size_t(c)]); };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return change(a) < change(b); });
        QStringList labels;
        QList<QPointF> starts, ends;
        double lo = INFINITY, hi = -INFINITY;
        for (int c : order) {
            const double y = double(labels.size());
            const double s = input.number(u"start_value"_s, rowOf[size_t(c)]);
            const double e = input.number(u"end_value"_s, rowOf[size_t(c)]);
            starts.append(QPointF(s, y));
            ends.append(QPointF(e, y));
            labels.append(cats.labels.at(c));
            lo = std::min({lo, s, e});
            hi = std::max({hi, s, e});
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *startDots = new QScatterSeries;
            auto *endDots = new QScatterSeries;
            startDots->setName(input.label(u"start_value"_s));
            endDots->setName(input.label(u"end_value"_s));
            const QColor startColor = ChartStyle::mutedInk(theme);
            const QColor endColor = ChartStyle::seriesColor(theme, 0);
            for (auto [series, color, points] : {std::tuple{startDots, startColor, &starts}, std::tuple{endDots, endColor, &ends}}) {
                series->setMarkerSize(11);
                series->setColor(color);
                series->setBorderColor(theme.background);
                series->replace(*points);
                chart->addSeries(series);
            }
            const double pad = (hi - lo) > 0 ? (hi - lo) * 0.08 : 1;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, tr("%1 → %2").arg(input.label(u"start_value"_s), input.label(u"end_value"_s)),
                                     lo - pad, hi + pad, false, {startDots, endDots});
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignLeft, theme, {}, labels, {startDots, endDots}, true);
            auto *bars = new ChartShapesItem(chart.get(), startDots);
            bars->setZValue(3.9);
            const QPen pen(ChartStyle::gridColor(theme).darker(theme.mode == PlotTheme::Mode::Light ? 130 : 70), 3.5);
            for (qsizetype i = 0; i < starts.size(); ++i)
                bars->addSegment(starts[i], ends[i], pen);
            ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_dumbbell_basic()
{
    return std::make_unique<DumbbellBasic>();
}
