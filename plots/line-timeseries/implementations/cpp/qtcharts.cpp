// line-timeseries: Time Series Line Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QDateTime>
#include <QLineSeries>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
class LineTimeseries final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(LineTimeseries)
public:
    LineTimeseries()
        : NativePlot(u"line-timeseries"_s, u"Time Series Line Plot"_s,
                     {{u"date"_s, PlotDataRole::Kind::DateTime, false, tr("Moment of each observation")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Measurement at that moment")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Hourly electricity demand (GW) of a mid-sized grid over two weeks in February.
        PlotStatistics::SampleRandom random(3);
        QList<QDateTime> when;
        std::vector<double> demand;
        const QDateTime start(QDate(2026, 2, 2), QTime(0, 0), QTimeZone::utc());
        for (int h = 0; h < 14 * 24; ++h) {
            when.append(start.addSecs(3600LL * h));
            const int hour = h % 24;
            const bool weekend = (h / 24) % 7 >= 5;
            const double daily = 4.0 * std::exp(-std::pow((hour - 9) / 3.0, 2)) + 5.0 * std::exp(-std::pow((hour - 19) / 2.5, 2));
            demand.push_back(std::round((30 + daily * (weekend ? 0.7 : 1.0) - (weekend ? 3 : 0) + random.normal(0, 0.6)) * 10) / 10);
        }
        return SampleColumns::table({SampleColumns::dates(u"date"_s, when), SampleColumns::numbers(u"value"_s, demand)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"date"_s, tr("February 2026")}, {u"value"_s, tr("Demand (GW)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const QList<QPointF> points = input.sortedPoints(u"date"_s, u"value"_s);
        if (points.isEmpty())
            return {};
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *series = new QLineSeries;
            series->setPen(QPen(ChartStyle::seriesColor(theme, 2), points.size() > 2000 ? 1.0 : 1.6));
            series->setPointsVisible(points.size() == 1);
            ChartStyle::setPoints(series, points);
            chart->addSeries(series);
            ChartStyle::addXAxis(chart.get(), theme, input.label(u"date"_s), input.isDateTime(u"date"_s), points.constFirst().x(),
                                 points.constLast().x(), {series});
            const auto [ylo, yhi] = ChartStyle::yExtent({points}, 0.05);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), ylo, yhi, false, {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_line_timeseries()
{
    return std::make_unique<LineTimeseries>();
}
