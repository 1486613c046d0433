// scatter-color-mapped: Color-Mapped Scatter Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class ScatterColorMapped final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(ScatterColorMapped)
public:
    ScatterColorMapped()
        : NativePlot(u"scatter-color-mapped"_s, u"Color-Mapped Scatter Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Horizontal position")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Vertical position")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Third quantity, shown by colour")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // 150 weather stations: longitude, latitude and mean July temperature (°C).
        PlotStatistics::SampleRandom random(47);
        std::vector<double> lon, lat, temp;
        for (int i = 0; i < 150; ++i) {
            const double x = random.uniform(5, 25), y = random.uniform(44, 60);
            lon.push_back(std::round(x * 100) / 100);
            lat.push_back(std::round(y * 100) / 100);
            temp.push_back(std::round((38 - 0.55 * y + 0.12 * x + random.normal(0, 0.9)) * 10) / 10);
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, lon), SampleColumns::numbers(u"y"_s, lat),
                                     SampleColumns::numbers(u"value"_s, temp)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Longitude (°E)")}, {u"y"_s, tr("Latitude (°N)")}, {u"value"_s, tr("July mean (°C)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"x"_s, u"y"_s, u"value"_s});
        if (rows.empty())
            return {};
        double vlo = INFINITY, vhi = -INFINITY, xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
        for (qsizetype r : rows) {
            const double v = input.number(u"value"_s, r), x = input.number(u"x"_s, r), y = input.number(u"y"_s, r);
            vlo = std::min(vlo, v), vhi = std::max(vhi, v), xlo = std::min(xlo, x), xhi = std::max(xhi, x);
            ylo = std::min(ylo, y), yhi = std::max(yhi, y);
        }
        // Seven colour bands over the value range: each band one series, so that millions of
        // points stay cheap and the legend reads as a stepped colour bar.
        const int bands = 7;
        const double span = vhi > vlo ? vhi - vlo : 1;
        std::vector<QList<QPointF>> points(static_cast<size_t>(bands));
        for (qsizetype r : rows) {
            const int b = std::clamp(int((input.number(u"value"_s, r) - vlo) / span * bands), 0, bands - 1);
            points[size_t(b)].append(QPointF(input.number(u"x"_s, r), input.number(u"y"_s, r)));
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            const qsizetype total = qsizetype(rows.size());
            auto *x = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), xlo, xhi, false, {});
            auto *y = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, false, {});
            for (int b = bands - 1; b >= 0; --b) {
                auto *series = new QScatterSeries;
                series->setMarkerSize(total > 20000 ? 3 : total > 2000 ? 5 : 9);
                const QColor color = ChartStyle::sequentialColor(theme, 0.12 + 0.88 * (b + 0.5) / bands);
                series->setColor(color);
                series->setBorderColor(total > 2000 ? color : theme.background);
                series->setName(ChartStyle::formatNumber(vlo + span * b / bands) + u"–"_s + ChartStyle::formatNumber(vlo + span * (b + 1) / bands));
                ChartStyle::setPoints(series, points[size_t(b)]);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
            }
            ChartStyle::showLegend(chart.get(), theme, Qt::AlignRight);
            chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_scatter_color_mapped()
{
    return std::make_unique<ScatterColorMapped>();
}
