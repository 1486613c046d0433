// line-basic: Basic Line Plot — native Qt Charts implementation.
// One series of y over ordered x (dates); every point goes through DecimatedSeries so that
// millions of rows stay fluid.
#include "decimatedseries.h"
#include "plotimplementation.h"
#include "plotmapping.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString xRole = u"x"_s;
const QString yRole = u"y"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("LineBasic", text);
}

// Colours of the canvas, ink and grid after the theme (anyplot's style, CONTRACTS.md §1).
void applyTheme(QChart *chart, const PlotTheme &theme)
{
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(theme.ink);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(16);
    chart->setTitleFont(titleFont);
    chart->legend()->setVisible(false);
    QColor grid = theme.ink;
    grid.setAlphaF(0.15);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(theme.ink);
        axis->setTitleBrush(theme.ink);
        axis->setLinePenColor(theme.ink);
        axis->setGridLineColor(grid);
    }
}

class LineBasic : public PlotImplementation
{
public:
    QString specId() const override { return u"line-basic"_s; }
    QString title() const override { return tr("Basic Line Plot"); }

    QList<PlotDataRole> roles() const override
    {
        return {{xRole, PlotDataRole::Kind::DateTime, false, tr("Ordered position of each observation, typically a date or time stamp")},
                {yRole, PlotDataRole::Kind::Numeric, false, tr("Measured value at that position")}};
    }

    // The spec's example: weekly fill level (%) of a mountain reservoir over one year, with a
    // snowmelt peak and a summer draw-down. Deterministic, so golden renders stay stable.
    DataTablePtr sampleData() const override
    {
        const qint64 week = 7LL * 24 * 3600 * 1000;
        const qint64 start = QDateTime(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        std::vector<qint64> when;
        std::vector<double> level;
        double noise = 0;
        for (int t = 0; t < 52; ++t) {
            when.push_back(start + t * week);
            noise += std::sin(t * 2.3) * 0.8;
            const double snowmelt = 28 * std::exp(-std::pow((t - 20) / 7.5, 2));
            const double draw = -0.55 * std::max(0, t - 24);
            const double rain = 9 * std::exp(-std::pow((t - 44) / 4.0, 2));
            level.push_back(std::clamp(52 + snowmelt + draw + rain + noise, 0.0, 100.0));
        }
        return std::make_shared<const DataTable>(QList<DataColumn>{
            DataColumnBuilder::fromIntegers(xRole, ColumnType::DateTime, std::move(when)),
            DataColumnBuilder::fromFloats(yRole, std::move(level))});
    }

    PlotBuildResult build(const DataTable &table, const PlotColumnMapping &mapping, const PlotTheme &theme) const override
    {
        RoleData data(roles(), table, mapping);
        PlotBuildResult result;
        if (data.hasFatal()) {
            result.problems = data.problems();
            return result;
        }
        const XYPointsPtr points = XYPoints::fromColumns(*data.column(xRole), *data.column(yRole), true);
        if (!points->finiteCount) {
            data.addProblem(yRole, tr("There is no row with both a date and a value to draw."), true);
            result.problems = data.problems();
            return result;
        }
        auto chart = std::make_unique<QChart>();
        chart->setTitle(u"line-basic · qtcharts · anyplot.ai"_s);
        auto *series = new QLineSeries;
        QPen pen(theme.series.value(0, theme.ink));
        pen.setWidthF(2.5);
        series->setPen(pen);
        chart->addSeries(series);

        auto *xAxis = new QDateTimeAxis;
        auto *yAxis = new QValueAxis;
        xAxis->setTitleText(data.columnName(xRole));
        yAxis->setTitleText(data.columnName(yRole));
        const QRectF bounds = points->bounds();
        const qint64 span = qint64(bounds.width());
        const qint64 dayMs = 86400000;
        xAxis->setFormat(span > 3 * 365 * dayMs ? u"yyyy"_s
                         : span > 40 * dayMs    ? u"MMM yyyy"_s
                         : span > 4 * dayMs     ? u"d MMM"_s
                                                : u"d MMM HH:mm"_s);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        const qint64 x0 = qint64(bounds.left()), x1 = qint64(bounds.right());
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(x0, Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(x1 > x0 ? x1 : x0 + 86400000, Qt::UTC));
        const double pad = bounds.height() > 0 ? bounds.height() * 0.05 : 1.0;
        yAxis->setRange(bounds.top() - pad, bounds.bottom() + pad);
        yAxis->applyNiceNumbers();
        DecimatedSeries::attach(series, points, DecimatedSeries::Mode::Lines);
        applyTheme(chart.get(), theme);
        result.chart = std::move(chart);
        result.problems = data.problems();
        return result;
    }
};

} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_line_basic()
{
    return std::make_unique<LineBasic>();
}
