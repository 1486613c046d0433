// radar-basic: Basic Radar Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
class RadarBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(RadarBasic)
public:
    RadarBasic()
        : NativePlot(u"radar-basic"_s, u"Basic Radar Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Axis (dimension) of each value")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Score on that axis")},
                      {u"series"_s, PlotDataRole::Kind::Categorical, true, tr("Profile each value belongs to")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // Two laptops scored 0–100 by a consumer magazine.
        const QStringList axes{u"Battery"_s, u"Screen"_s, u"Keyboard"_s, u"Speed"_s, u"Weight"_s, u"Price"_s};
        const double a[] = {88, 72, 80, 64, 90, 55};
        const double b[] = {61, 90, 70, 92, 58, 70};
        QStringList category, model;
        std::vector<double> score;
        for (int m = 0; m < 2; ++m)
            for (int i = 0; i < 6; ++i) {
                category.append(axes[i]);
                model.append(m == 0 ? u"Air 13"_s : u"Pro 14"_s);
                score.push_back(m == 0 ? a[i] : b[i]);
            }
        return SampleColumns::table({SampleColumns::labels(u"category"_s, category), SampleColumns::numbers(u"value"_s, score),
                                     SampleColumns::labels(u"series"_s, model)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"category"_s, tr("Criterion")}, {u"value"_s, tr("Score")}, {u"series"_s, tr("Model")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        PlotInput::Pivot pivot;
        if (input.has(u"series"_s)) {
            pivot = input.pivot(u"category"_s, u"series"_s, u"value"_s, false, 16, 5);
        } else {
            const PlotInput::CategoryTotals totals = input.totalsByCategory(u"category"_s, u"value"_s, 16);
            pivot.categories = totals.labels;
            pivot.groups = {input.label(u"value"_s)};
            pivot.values = {totals.values};
        }
        const qsizetype n = pivot.categories.size();
        if (n == 0 || pivot.groups.isEmpty())
            return {};
        if (n < 3)
            input.note(u"category"_s, tr("A radar chart needs three axes or more to enclose an area; `%1` has %2.")
                                          .arg(input.columnName(u"category"_s)).arg(n));
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &) mutable -> std::unique_ptr<QChart> {
            std::unique_ptr<QPolarChart> chart = ChartStyle::makePolarChart(specId(), theme);
            auto *angular = new QCategoryAxis;
            ChartStyle::styleAxis(angular, theme, {});
            angular->setRange(0, double(n));
            angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            for (qsizetype i = 0; i < n; ++i)
                angular->append(pivot.categories.at(i), double(i));
            angular->setStartValue(0);
            chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
            double lo = 0, hi = 0;
            for (const auto &row : pivot.values)
                for (double v : row)
                    lo = std::min(lo, v), hi = std::max(hi, v);
            auto *radial = new QValueAxis;
            ChartStyle::styleAxis(radial, theme, {});
            ChartStyle::setNiceRange(radial, lo, hi, true, 5);
            radial->setLabelsVisible(true);
            chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
            for (qsizetype g = 0; g < pivot.groups.size(); ++g) {
                auto *outline = new QLineSeries(chart.get());
                QList<QPointF> points;
                for (qsizetype i = 0; i <= n; ++i)
                    points.append(QPointF(double(i), pivot.values[size_t(g)][size_t(i % n)]));
                outline->replace(points);
                auto *area = new QAreaSeries(outline);
                const QColor color = ChartStyle::seriesColor(theme, int(g));
                area->setBrush(ChartStyle::withAlpha(color, 0.22));
                area->setPen(QPen(color, 2.2));
                area->setName(pivot.groups.at(g));
                chart->addSeries(area);
                area->attachAxis(angular);
                area->attachAxis(radial);
            }
            ChartStyle::showLegend(chart.get(), theme, Qt::AlignBottom);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_radar_basic()
{
    return std::make_unique<RadarBasic>();
}
