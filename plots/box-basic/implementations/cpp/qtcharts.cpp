// box-basic: Basic Box Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QScatterSeries>

using namespace Qt::StringLiterals;

namespace {
class BoxBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(BoxBasic)
public:
    BoxBasic()
        : NativePlot(u"box-basic"_s, u"Basic Box Plot"_s,
                     {{u"group"_s, PlotDataRole::Kind::Categorical, false, tr("Group of each observation, one box each")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Measured value")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Delivery time (days) of 80 parcels from each of four carriers.
        PlotStatistics::SampleRandom random(19);
        std::vector<double> days;
        QStringList carrier;
        const QStringList names{u"PostNord"_s, u"Swift"_s, u"Parcelo"_s, u"EcoShip"_s};
        const double centre[] = {3.1, 2.2, 4.0, 3.4};
        const double spread[] = {0.8, 0.5, 1.3, 0.9};
        for (int c = 0; c < 4; ++c)
            for (int i = 0; i < 80; ++i) {
                double d = random.normal(centre[c], spread[c]);
                if (i % 37 == 5)
                    d += 4; // the odd parcel stuck in a depot
                days.push_back(std::max(0.5, std::round(d * 10) / 10));
                carrier.append(names[c]);
            }
        return SampleColumns::table({SampleColumns::labels(u"group"_s, carrier), SampleColumns::numbers(u"value"_s, days)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"group"_s, tr("Carrier")}, {u"value"_s, tr("Delivery time (days)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"value"_s}, {u"group"_s});
        if (rows.empty())
            return {};
        const PlotInput::Categories groups = input.categories(u"group"_s);
        const int maxBoxes = 30;
        const int count = int(std::min<qsizetype>(groups.labels.size(), maxBoxes));
        if (groups.labels.size() > maxBoxes)
            input.note(u"group"_s, tr("`%1` has %2 groups; the first %3 are drawn.")
                                       .arg(input.columnName(u"group"_s)).arg(groups.labels.size()).arg(maxBoxes));
        std::vector<std::vector<double>> samples(static_cast<size_t>(count));
        for (qsizetype r : rows) {
            const int g = groups.index[size_t(r)];
            if (g >= 0 && g < count)
                samples[size_t(g)].push_back(input.number(u"value"_s, r));
        }
        // Sorting and the box figures are O(rows log rows): here, on the worker. The chart half
        // gets only five numbers and at most 500 outliers per group.
        std::vector<PlotStatistics::BoxStatistics> stats;
        QList<QPointF> outlierPoints;
        double lo = INFINITY, hi = -INFINITY;
        for (int g = 0; g < count; ++g) {
            std::vector<double> &s = samples[size_t(g)];
            std::sort(s.begin(), s.end());
            PlotStatistics::BoxStatistics b = PlotStatistics::boxStatistics(s);
            // Too many outliers to draw one by one would hide the boxes: at most 500 per group.
            const size_t step = std::max<size_t>(1, b.outliers.size() / 500);
            for (size_t i = 0; i < b.outliers.size(); i += step)
                outlierPoints.append(QPointF(g, b.outliers[i]));
            b.outliers.clear();
            b.outliers.shrink_to_fit();
            if (!s.empty()) {
                lo = std::min(lo, s.front());
                hi = std::max(hi, s.back());
            }
            stats.push_back(std::move(b));
        }
        const QStringList labels = groups.labels; // not `groups`: its index has one entry per row
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *boxes = new QBoxPlotSeries;
            boxes->setBoxWidth(0.55);
            boxes->setBoxOutlineVisible(true);
            auto *outliers = new QScatterSeries;
            outliers->setMarkerSize(6);
            outliers->setColor(Qt::transparent);
            outliers->setBorderColor(theme.ink);
            for (int g = 0; g < count; ++g) {
                const PlotStatistics::BoxStatistics &b = stats[size_t(g)];
                auto *set = new QBoxSet(b.lowerWhisker, b.q1, b.median, b.q3, b.upperWhisker, labels.at(g));
                const QColor color = ChartStyle::seriesColor(theme, g);
                set->setBrush(ChartStyle::withAlpha(color, 0.75));
                set->setPen(QPen(theme.ink, 1.2));
                boxes->append(set);
            }
            outliers->replace(outlierPoints);
            chart->addSeries(boxes);
            chart->addSeries(outliers);
            ChartStyle::addCategoryAxis(chart.get(), Qt::AlignBottom, theme, input.label(u"group"_s), labels.mid(0, count),
                                        {boxes, outliers});
            const double pad = (hi - lo) > 0 ? (hi - lo) * 0.05 : 1;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"value"_s), lo - pad, hi + pad, false,
                                     {boxes, outliers});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_box_basic()
{
    return std::make_unique<BoxBasic>();
}
