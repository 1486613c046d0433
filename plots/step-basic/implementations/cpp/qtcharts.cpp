// step-basic: Basic Step Plot — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"

#include <QChart>
#include <QDateTime>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
class StepBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(StepBasic)
public:
    StepBasic()
        : NativePlot(u"step-basic"_s, u"Basic Step Plot"_s,
                     {{u"x"_s, PlotDataRole::Kind::DateTime, false, tr("Moments at which the value changes")},
                      {u"y"_s, PlotDataRole::Kind::Numeric, false, tr("Value until the next change")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // A central bank's policy rate (%) at each decision, 2022–2025.
        const QList<QPair<QDate, double>> decisions{
            {{2022, 1, 1}, 0.0},  {{2022, 7, 27}, 0.5},  {{2022, 9, 14}, 1.25}, {{2022, 11, 2}, 2.0},
            {{2022, 12, 21}, 2.5}, {{2023, 2, 8}, 3.0},  {{2023, 3, 22}, 3.5},  {{2023, 5, 10}, 3.75},
            {{2023, 6, 21}, 4.0}, {{2023, 9, 20}, 4.25}, {{2024, 6, 12}, 4.0},  {{2024, 9, 18}, 3.5},
            {{2024, 10, 23}, 3.25}, {{2024, 12, 18}, 3.0}, {{2025, 3, 5}, 2.75}, {{2025, 6, 4}, 2.25},
            {{2025, 12, 31}, 2.25}};
        QList<QDateTime> when;
        std::vector<double> rate;
        for (const auto &[date, value] : decisions) {
            when.append(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
            rate.push_back(value);
        }
        return SampleColumns::table({SampleColumns::dates(u"x"_s, when), SampleColumns::numbers(u"y"_s, rate)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"x"_s, tr("Decision date")}, {u"y"_s, tr("Policy rate (%)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const QList<QPointF> points = input.sortedPoints(u"x"_s, u"y"_s);
        if (points.isEmpty())
            return {};
        // Post-step: each value holds from its own x until the next x.
        QList<QPointF> steps;
        steps.reserve(points.size() * 2);
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (i > 0)
                steps.append(QPointF(points[i].x(), points[i - 1].y()));
            steps.append(points[i]);
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            auto *line = new QLineSeries;
            line->setPen(QPen(ChartStyle::seriesColor(theme, 0), 2.2));
            ChartStyle::setPoints(line, steps);
            chart->addSeries(line);
            auto *changes = new QScatterSeries;
            changes->setMarkerSize(6);
            changes->setColor(ChartStyle::seriesColor(theme, 0));
            changes->setBorderColor(theme.background);
            if (points.size() <= 500)
                changes->replace(points);
            chart->addSeries(changes);
            ChartStyle::addXAxis(chart.get(), theme, input.label(u"x"_s), input.isDateTime(u"x"_s), points.constFirst().x(),
                                 points.constLast().x(), {line, changes});
            const auto [ylo, yhi] = ChartStyle::yExtent({points}, 0.08);
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"y"_s), ylo, yhi, false, {line, changes});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_step_basic()
{
    return std::make_unique<StepBasic>();
}
