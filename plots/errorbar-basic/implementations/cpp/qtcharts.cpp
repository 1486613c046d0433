// errorbar-basic: Basic Error Bar Plot — Plotbench's native QtCharts implementation.
#include "chartshapesitem.h"
#include "chartstyle.h"
#include "plotinput.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QScatterSeries>

using namespace Qt::StringLiterals;

namespace {
class ErrorbarBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(ErrorbarBasic)
public:
    ErrorbarBasic()
        : NativePlot(u"errorbar-basic"_s, u"Basic Error Bar Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::Categorical, false, tr("Group along the horizontal axis")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Central estimate")},
                      {u"error"_s, PlotDataRole::Kind::Numeric, false, tr("Symmetric error half-width")},
                      {u"error_lower"_s, PlotDataRole::Kind::Numeric, true, tr("Distance below y when asymmetric")},
                      {u"error_upper"_s, PlotDataRole::Kind::Numeric, true, tr("Distance above y when asymmetric")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Mean systolic blood pressure change (mmHg) after 8 weeks, by dose, with 95 % CI half-widths.
        return SampleColumns::table(
            {SampleColumns::labels(u"x"_s, {u"Placebo"_s, u"5 mg"_s, u"10 mg"_s, u"20 mg"_s, u"40 mg"_s}),
             SampleColumns::numbers(u"y"_s, {-1.8, -5.6, -9.1, -12.4, -13.2}),
             SampleColumns::numbers(u"error"_s, {2.1, 2.4, 2.2, 2.6, 3.4})});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Daily dose")}, {u"y"_s, tr("Δ systolic (mmHg)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"y"_s, u"error"_s}, {u"x"_s});
        if (rows.empty())
            return {};
        const PlotInput::Categories cats = input.categories(u"x"_s);
        const bool asymmetric = input.has(u"error_lower"_s) || input.has(u"error_upper"_s);
        // One estimate per group: a repeated group keeps its last row (reported).
        std::vector<qsizetype> rowOf(size_t(cats.labels.size()), -1);
        int repeated = 0;
        for (qsizetype r : rows) {
            qsizetype &slot = rowOf[size_t(cats.index[size_t(r)])];
            repeated += slot >= 0;
            slot = r;
        }
        if (repeated > 0)
            input.note(u"x"_s, tr("%n row(s) repeat a group; the last estimate of each group is drawn.", nullptr, repeated));
        QStringList labels;
        QList<QPointF> centres;
        QList<QPair<double, double>> extents;
        double lo = INFINITY, hi = -INFINITY;
        int negativeErrors = 0;
        for (size_t c = 0; c < rowOf.size() && labels.size() < 40; ++c) {
            const qsizetype r = rowOf[c];
            if (r < 0)
                continue;
            const double y = input.number(u"y"_s, r);
            const double e = input.number(u"error"_s, r);
            double below = asymmetric ? input.number(u"error_lower"_s, r) : e;
            double above = asymmetric ? input.number(u"error_upper"_s, r) : e;
            if (!std::isfinite(below))
                below = e;
            if (!std::isfinite(above))
                above = e;
            negativeErrors += below < 0 || above < 0;
            below = std::abs(below);
            above = std::abs(above);
            centres.append(QPointF(double(labels.size()), y));
            extents.append({y - below, y + above});
            labels.append(cats.labels.at(qsizetype(c)));
            lo = std::min(lo, y - below);
            hi = std::max(hi, y + above);
        }
        if (negativeErrors > 0)
            input.note(u"error"_s, tr("%n negative error width(s) were taken as their absolute value.", nullptr, negativeErrors));
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const QColor color = ChartStyle::seriesColor(theme, 2);
            auto *dots = new QScatterSeries;
            dots->setName(input.label(u"y"_s));
            dots->setMarkerSize(10);
            dots->setColor(color);
            dots->setBorderColor(theme.background);
            dots->replace(centres);
            chart->addSeries(dots);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), labels, {dots});
            const double pad = (hi - lo) > 0 ? (hi - lo) * 0.08 : 1;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), lo - pad, hi + pad, false, {dots});
            auto *bars = new ChartShapesItem(chart.get(), dots);
            bars->setZValue(3.9);
            const QPen pen(theme.ink, 1.4);
            const double cap = 0.12; // cap half-width in category units
            for (qsizetype i = 0; i < centres.size(); ++i) {
                const double x = centres[i].x();
                bars->addSegment(QPointF(x, extents[i].first), QPointF(x, extents[i].second), pen);
                bars->addSegment(QPointF(x - cap, extents[i].first), QPointF(x + cap, extents[i].first), pen);
                bars->addSegment(QPointF(x - cap, extents[i].second), QPointF(x + cap, extents[i].second), pen);
            }
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_errorbar_basic()
{
    return std::make_unique<ErrorbarBasic>();
}
