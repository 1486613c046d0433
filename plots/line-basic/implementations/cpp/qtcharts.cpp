// line-basic: Basic Line Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QDateTime>
#include <QTimeZone>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class LineBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(LineBasic)
public:
    LineBasic()
        : NativePlot(u"line-basic"_s, u"Basic Line Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::DateTime, false, tr("Ordered position, typically a date")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Measured value at that position")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Daily mean temperature over one year in a temperate city: a seasonal wave with weather noise.
        PlotStatistics::SampleRandom random(11);
        QList<QDateTime> days;
        std::vector<double> temperature;
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        double weather = 0;
        for (int d = 0; d < 365; ++d) {
            days.append(start.addDays(d));
            weather = 0.7 * weather + random.normal(0, 1.6);
            temperature.push_back(std::round((10.5 - 9.5 * std::cos(2 * M_PI * (d - 15) / 365.0) + weather) * 10) / 10);
        }
        return SampleColumns::table({SampleColumns::dates(u"x"_s, days), SampleColumns::numbers(u"y"_s, temperature)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Date (2025)")}, {u"y"_s, tr("Mean temperature (°C)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"x"_s, u"y"_s});
        if (rows.empty())
            return {};
        QList<QPointF> points;
        points.reserve(qsizetype(rows.size()));
        for (qsizetype r : rows)
            points.append(QPointF(input.number(u"x"_s, r), input.number(u"y"_s, r)));
        // A line joins observations in the order of x, whatever the order of the rows.
        if (!std::is_sorted(points.cbegin(), points.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); })) {
            std::stable_sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            input.note(u"x"_s, tr("`%1` was not in ascending order; the points are joined in order of `%1`.")
                                   .arg(input.columnName(u"x"_s)));
        }
        double ylo = INFINITY, yhi = -INFINITY;
        for (const QPointF &p : std::as_const(points))
            ylo = std::min(ylo, p.y()), yhi = std::max(yhi, p.y());
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QLineSeries;
            series->setName(input.label(u"y"_s));
            series->setPen(QPen(ChartStyle::seriesColor(theme, 0), points.size() > 5000 ? 1.2 : 2.0));
            series->setPointsVisible(points.size() == 1); // a single observation still shows
            if (points.size() == 1)
                series->setMarkerSize(8);
            ChartStyle::setPoints(series, points);
            chart->addSeries(series);
            const double xlo = points.constFirst().x();
            const double xhi = points.constLast().x();
            if (input.isDateTime(u"x"_s))
                ChartStyle::addDateTimeAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), qint64(xlo),
                                            qint64(xhi), {series});
            else
                ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), xlo, xhi, false, {series});
            const double pad = (yhi - ylo) * 0.05;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo - pad, yhi + pad, false,
                                     {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_line_basic()
{
    return std::make_unique<LineBasic>();
}
