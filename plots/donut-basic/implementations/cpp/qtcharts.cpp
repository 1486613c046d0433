// donut-basic: Basic Donut Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "piesectors.h"
#include "plotinput.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPieSeries>

using namespace Qt::StringLiterals;

namespace {
class DonutBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(DonutBasic)
public:
    DonutBasic()
        : NativePlot(u"donut-basic"_s, u"Basic Donut Chart"_s,
                     {{u"category"_s, PlotDataRole::Kind::Categorical, false, tr("Name of each part of the whole")},
                      {u"value"_s, PlotDataRole::Kind::Numeric, false, tr("Non-negative amount of each part")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // A household's monthly budget (€).
        return SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"Housing"_s, u"Food"_s, u"Transport"_s, u"Savings"_s, u"Leisure"_s,
                                                   u"Other"_s}),
             SampleColumns::numbers(u"value"_s, {1150, 620, 310, 400, 260, 180})});
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::optional<PieSectors> read = PieSectors::read(
            input, u"category"_s, u"value"_s,
            tr("%1 parts are too many to tell apart; the %2 smallest are pooled as \"Other\"."));
        if (!read)
            return {};
        const PieSectors sectors = *read;
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &) mutable -> std::unique_ptr<QChart> {
            auto chart = ChartStyle::makeChart(specId(), theme);
            QPieSeries *series = sectors.makeSeries(theme, 0.52, tr("%1 %2%"), tr("Other"));
            // The total in the hole: what the ring divides.
            auto *centre = new QGraphicsSimpleTextItem(ChartStyle::formatNumber(sectors.total), chart.get());
            centre->setFont(ChartStyle::font(13, true));
            centre->setBrush(theme.ink);
            QChart *raw = chart.get();
            const auto place = [raw, centre] {
                const QRectF area = raw->plotArea();
                const QRectF box = centre->boundingRect();
                centre->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
            };
            QObject::connect(raw, &QChart::plotAreaChanged, raw, place);
            place();
            chart->addSeries(series);
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_donut_basic()
{
    return std::make_unique<DonutBasic>();
}
