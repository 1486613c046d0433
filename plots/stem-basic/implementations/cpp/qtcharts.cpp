// stem-basic: Basic Stem Plot — Plotbench's native QtCharts implementation.
#include "chartshapesitem.h"
#include "chartstyle.h"
#include "plotinput.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class StemBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(StemBasic)
public:
    StemBasic()
        : NativePlot(u"stem-basic"_s, u"Basic Stem Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Position of each stem")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Height of the stem from the baseline")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Impulse response of a damped resonant filter, sampled at n = 0 … 30.
        std::vector<double> n, h;
        for (int i = 0; i <= 30; ++i) {
            n.push_back(i);
            h.push_back(std::round(std::pow(0.86, i) * std::cos(0.55 * i) * 1000) / 1000);
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, n), SampleColumns::numbers(u"y"_s, h)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Sample n")}, {u"y"_s, tr("Impulse response h[n]")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        QList<QPointF> points = input.sortedPoints(u"x"_s, u"y"_s);
        if (points.isEmpty())
            return {};
        const qsizetype maxStems = 2000; // beyond that stems merge into a solid band anyway
        if (points.size() > maxStems) {
            input.note(u"x"_s, tr("%1 stems are too many to tell apart; every %2th is drawn.")
                                   .arg(points.size()).arg((points.size() + maxStems - 1) / maxStems));
            QList<QPointF> thinned;
            const qsizetype step = (points.size() + maxStems - 1) / maxStems;
            for (qsizetype i = 0; i < points.size(); i += step)
                thinned.append(points[i]);
            points = thinned;
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const QColor color = ChartStyle::seriesColor(theme, 2);
            auto *heads = new QScatterSeries;
            heads->setMarkerSize(points.size() > 200 ? 4 : 8);
            heads->setColor(color);
            heads->setBorderColor(color);
            heads->replace(points);
            auto *baseline = new QLineSeries;
            baseline->setPen(QPen(theme.ink, 1));
            baseline->replace({QPointF(points.constFirst().x(), 0), QPointF(points.constLast().x(), 0)});
            chart->addSeries(baseline);
            chart->addSeries(heads);
            const double span = points.constLast().x() - points.constFirst().x();
            const double pad = span > 0 ? span * 0.03 : 1;
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), points.constFirst().x() - pad,
                                               points.constLast().x() + pad, false, {heads, baseline});
            ChartStyle::setTightRange(x, points.constFirst().x() - pad, points.constLast().x() + pad);
            const auto [ylo, yhi] = ChartStyle::yExtent({points}, 0.06);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, true, {heads, baseline});
            auto *stems = new ChartShapesItem(chart.get(), heads);
            const QPen pen(color, points.size() > 200 ? 1 : 1.6);
            for (const QPointF &p : std::as_const(points))
                stems->addSegment(QPointF(p.x(), 0), p, pen);
            stems->setZValue(3.9); // under the heads (series are at 4), over the axes
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_stem_basic()
{
    return std::make_unique<StemBasic>();
}
