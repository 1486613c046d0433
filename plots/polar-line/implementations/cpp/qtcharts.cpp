// polar-line: Polar Line Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class PolarLine final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(PolarLine)
public:
    PolarLine()
        : NativePlot(u"polar-line"_s, u"Polar Line Plot"_s,
                     {{u"angle"_s, PlotDataRole::Kind::Numeric, false, tr("Direction in degrees, clockwise from north")},
                      {u"radius"_s, PlotDataRole::Kind::Numeric, false, tr("Distance from the centre")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Mean wind speed (m/s) by direction at a coastal weather station, every 15°.
        std::vector<double> angle, speed;
        for (int a = 0; a < 360; a += 15) {
            angle.push_back(a);
            const double r = a * M_PI / 180;
            speed.push_back(std::round((5.2 + 2.6 * std::cos(r - 4.2) + 0.9 * std::cos(2 * (r - 0.6))) * 10) / 10);
        }
        return SampleColumns::table({SampleColumns::numbers(u"angle"_s, angle), SampleColumns::numbers(u"radius"_s, speed)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"angle"_s, tr("Wind direction (°)")}, {u"radius"_s, tr("Mean wind speed (m/s)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        QList<QPointF> points = input.sortedPoints(u"angle"_s, u"radius"_s);
        if (points.isEmpty())
            return {};
        // Angles wrap: 370° is 10°; the curve closes when it goes all the way round.
        for (QPointF &p : points)
            p.setX(std::fmod(std::fmod(p.x(), 360.0) + 360.0, 360.0));
        std::stable_sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        double rmax = 0, rmin = 0;
        for (const QPointF &p : std::as_const(points))
            rmax = std::max(rmax, p.y()), rmin = std::min(rmin, p.y());
        if (points.size() > 2 && points.constLast().x() - points.constFirst().x() > 270)
            points.append(QPointF(points.constFirst().x() + 360, points.constFirst().y()));
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            std::unique_ptr<QPolarChart> chart = ChartStyle::makePolarChart(specId(), theme);
            const QColor color = ChartStyle::seriesColor(theme, 2);
            auto *line = new QLineSeries;
            line->setName(input.label(u"radius"_s));
            line->setPen(QPen(color, 2.2));
            ChartStyle::setPoints(line, points);
            auto *dots = new QScatterSeries;
            dots->setMarkerSize(6);
            dots->setColor(color);
            dots->setBorderColor(theme.background);
            if (points.size() <= 720)
                dots->replace(points);
            chart->addSeries(line);
            chart->addSeries(dots);
            // Category labels, not a value axis' printf format, so that the degree sign survives.
            auto *angular = new QCategoryAxis;
            ChartStyle::styleAxis(angular, theme, {});
            angular->setRange(0, 360);
            angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            for (int a = 0; a < 360; a += 45)
                angular->append(u"%1°"_s.arg(a), a);
            angular->setStartValue(0);
            chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
            auto *radial = new QValueAxis;
            ChartStyle::styleAxis(radial, theme, {});
            ChartStyle::setNiceRange(radial, rmin, rmax, true, 5);
            chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
            for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
                s->attachAxis(angular);
                s->attachAxis(radial);
            }
            ChartStyle::showLegend(chart.get(), theme, Qt::AlignBottom);
            for (QLegendMarker *marker : chart->legend()->markers(dots))
                marker->setVisible(false);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_polar_line()
{
    return std::make_unique<PolarLine>();
}
