// line-markers: Line Plot with Markers — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class LineMarkers final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(LineMarkers)
public:
    LineMarkers()
        : NativePlot(u"line-markers"_s, u"Line Plot with Markers"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Position of each measurement")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Measured value")},
                      {u"series"_s, PlotDataRole::Kind::Categorical, true, tr("Line each measurement belongs to")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Reaction time (ms) after 0–10 hours awake, two groups of volunteers.
        PlotStatistics::SampleRandom random(21);
        std::vector<double> hours, ms;
        QStringList group;
        for (int g = 0; g < 2; ++g)
            for (int h = 0; h <= 10; ++h) {
                hours.push_back(h);
                ms.push_back(std::round(250 + (g == 0 ? 6.5 : 3.0) * h * (1 + 0.08 * h) + random.normal(0, 6)));
                group.append(g == 0 ? u"No caffeine"_s : u"200 mg caffeine"_s);
            }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, hours), SampleColumns::numbers(u"y"_s, ms),
                                     SampleColumns::labels(u"series"_s, group)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Hours awake")}, {u"y"_s, tr("Reaction time (ms)")}, {u"series"_s, tr("Group")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const QList<PlotInput::PointGroup> groups = input.groupedPoints(u"x"_s, u"y"_s, u"series"_s, 7, true);
        if (groups.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
                                                          QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeStar,
                                                          QScatterSeries::MarkerShapePentagon};
            QList<QList<QPointF>> lists;
            QList<QAbstractSeries *> all;
            double xlo = INFINITY, xhi = -INFINITY;
            for (qsizetype g = 0; g < groups.size(); ++g) {
                const QColor color = ChartStyle::seriesColor(theme, int(g));
                const QList<QPointF> &points = groups[g].points;
                auto *line = new QLineSeries;
                line->setPen(QPen(color, 2));
                ChartStyle::setPoints(line, points);
                chart->addSeries(line);
                auto *markers = new QScatterSeries;
                markers->setName(groups[g].name);
                // Markers on every point while they stay distinguishable; a line alone beyond that.
                markers->setMarkerShape(shapes[g % 5]);
                markers->setMarkerSize(points.size() > 200 ? 4 : 9);
                markers->setColor(color);
                markers->setBorderColor(theme.background);
                ChartStyle::setPoints(markers, points);
                chart->addSeries(markers);
                all << line << markers;
                lists.append(points);
                xlo = std::min(xlo, points.constFirst().x());
                xhi = std::max(xhi, points.constLast().x());
            }
            auto *xAxis = ChartStyle::addXAxis(chart.get(), theme, input.label(u"x"_s), false, xlo, xhi, {});
            const auto [ylo, yhi] = ChartStyle::yExtent(lists, 0.06);
            auto *yAxis = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, false, {});
            for (QAbstractSeries *s : all) {
                s->attachAxis(xAxis);
                s->attachAxis(yAxis);
            }
            ChartStyle::showLegend(chart.get(), theme);
            // Only the marker series carry a legend entry (they show line colour and shape).
            for (QAbstractSeries *s : all)
                if (s->type() == QAbstractSeries::SeriesTypeLine)
                    for (QLegendMarker *marker : chart->legend()->markers(s))
                        marker->setVisible(false);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_line_markers()
{
    return std::make_unique<LineMarkers>();
}
