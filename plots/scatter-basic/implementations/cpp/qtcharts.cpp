// scatter-basic: Basic Scatter Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
class ScatterBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(ScatterBasic)
public:
    ScatterBasic()
        : NativePlot(u"scatter-basic"_s, u"Basic Scatter Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::Numeric, false, tr("Explanatory measurement")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Response measurement")},
                      {u"group"_s, PlotDataRole::Kind::Categorical, true, tr("Subgroup, shown by marker colour")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Height and weight of 120 adults in three age bands: a clear linear trend with spread.
        PlotStatistics::SampleRandom random(7);
        std::vector<double> height, weight;
        QStringList band;
        const QStringList bands{u"18–34"_s, u"35–54"_s, u"55+"_s};
        for (int i = 0; i < 120; ++i) {
            const double h = random.normal(171, 9);
            height.push_back(std::round(h * 10) / 10);
            weight.push_back(std::round((0.9 * h - 85 + 2.5 * (i % 3) + random.normal(0, 0.045 * h)) * 10) / 10);
            band.append(bands[i % 3]);
        }
        return SampleColumns::table({SampleColumns::numbers(u"x"_s, height), SampleColumns::numbers(u"y"_s, weight),
                                     SampleColumns::labels(u"group"_s, band)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Height (cm)")}, {u"y"_s, tr("Weight (kg)")}, {u"group"_s, tr("Age")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"x"_s, u"y"_s});
        if (rows.empty())
            return {};
        const PlotInput::Categories groups = input.categories(u"group"_s);
        const int maxGroups = 7; // one Okabe-Ito colour each
        const bool grouped = !groups.labels.isEmpty();
        const int seriesCount = grouped ? int(std::min<qsizetype>(groups.labels.size(), maxGroups)) : 1;
        if (groups.labels.size() > maxGroups)
            input.note(u"group"_s, tr("`%1` has %2 groups; the first %3 get their own colour, the rest share one.")
                                       .arg(input.columnName(u"group"_s)).arg(groups.labels.size()).arg(maxGroups - 1));
        std::vector<QList<QPointF>> points(static_cast<size_t>(seriesCount));
        double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
        for (qsizetype r : rows) {
            const double x = input.number(u"x"_s, r);
            const double y = input.number(u"y"_s, r);
            int g = grouped ? std::max(0, groups.index[size_t(r)]) : 0;
            g = std::min(g, seriesCount - 1);
            points[size_t(g)].append(QPointF(x, y));
            xlo = std::min(xlo, x), xhi = std::max(xhi, x), ylo = std::min(ylo, y), yhi = std::max(yhi, y);
        }
        const QStringList labels = groups.labels; // not `groups`: its index has one entry per row
        // The QtCharts half, on the GUI thread, from the values computed above. It captures the
        // count, not `rows`: each build copies the recipe, and 10 M row numbers cost ~70 ms to copy.
        const qsizetype total = qsizetype(rows.size());
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            // Marker size and opacity shrink as points crowd, so dense clouds keep their shape.
            const qreal size = total > 20000 ? 3 : total > 2000 ? 5 : 8;
            const qreal alpha = total > 20000 ? 0.35 : total > 500 ? 0.6 : 0.75;
            QList<QAbstractSeries *> all;
            for (int g = 0; g < seriesCount; ++g) {
                auto *series = new QScatterSeries;
                series->setName(!grouped ? input.label(u"y"_s)
                                : g == maxGroups - 1 && labels.size() > maxGroups ? tr("other")
                                                                                         : labels.at(g));
                series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                series->setMarkerSize(size);
                series->setColor(ChartStyle::withAlpha(ChartStyle::seriesColor(theme, g), alpha));
                series->setBorderColor(total > 2000 ? Qt::transparent : theme.background);
                series->setUseOpenGL(false);
                ChartStyle::setPoints(series, points[size_t(g)]);
                chart->addSeries(series);
                all.append(series);
            }
            auto *xAxis = ChartStyle::addValueAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"x"_s), xlo, xhi, false, {});
            auto *yAxis = ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, false, {});
            for (QAbstractSeries *s : all) {
                s->attachAxis(xAxis);
                s->attachAxis(yAxis);
            }
            if (grouped)
                ChartStyle::showLegend(chart.get(), theme);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_scatter_basic()
{
    return std::make_unique<ScatterBasic>();
}
