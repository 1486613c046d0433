// candlestick-basic: Basic Candlestick Chart — Plotbench's native QtCharts implementation.
#include "chartstyle.h"
#include "plotinput.h"
#include "plotstatistics.h"

#include <QBarCategoryAxis>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Candle
{
    double time, open, high, low, close;
};

class CandlestickBasic final : public NativePlot
{
    Q_DECLARE_TR_FUNCTIONS(CandlestickBasic)
public:
    CandlestickBasic()
        : NativePlot(u"candlestick-basic"_s, u"Basic Candlestick Chart"_s,
                     {{u"date"_s, PlotDataRole::Kind::DateTime, false, tr("Period of each candle")},
                      {u"open"_s, PlotDataRole::Kind::Numeric, false, tr("Price at the start of the period")},
                      {u"high"_s, PlotDataRole::Kind::Numeric, false, tr("Highest price in the period")},
                      {u"low"_s, PlotDataRole::Kind::Numeric, false, tr("Lowest price in the period")},
                      {u"close"_s, PlotDataRole::Kind::Numeric, false, tr("Price at the end of the period")}})
    {
    }

protected:
    DataTablePtr makeSampleData() const override
    {
        // 30 trading days of a mid-cap share (€), weekends skipped.
        PlotStatistics::SampleRandom random(41);
        QList<QDateTime> days;
        std::vector<double> open, high, low, close;
        QDate day(2026, 3, 2);
        double price = 42.0;
        while (days.size() < 30) {
            if (day.dayOfWeek() <= 5) {
                const double o = price + random.normal(0, 0.25);
                const double c = o + random.normal(0.08, 0.9);
                days.append(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
                open.push_back(std::round(o * 100) / 100);
                close.push_back(std::round(c * 100) / 100);
                high.push_back(std::round((std::max(o, c) + std::abs(random.normal(0, 0.45))) * 100) / 100);
                low.push_back(std::round((std::min(o, c) - std::abs(random.normal(0, 0.45))) * 100) / 100);
                price = c;
            }
            day = day.addDays(1);
        }
        return SampleColumns::table({SampleColumns::dates(u"date"_s, days), SampleColumns::numbers(u"open"_s, open),
                                     SampleColumns::numbers(u"high"_s, high), SampleColumns::numbers(u"low"_s, low),
                                     SampleColumns::numbers(u"close"_s, close)});
    }
    QHash<QString, QString> sampleLabels() const override
    {
        return {{u"date"_s, tr("Trading day (2026)")}, {u"close"_s, tr("Share price (€)")}};
    }

    ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const override
    {
        const std::vector<qsizetype> rows = input.usableRows({u"date"_s, u"open"_s, u"high"_s, u"low"_s, u"close"_s});
        if (rows.empty())
            return {};
        std::vector<Candle> candles;
        candles.reserve(rows.size());
        int inconsistent = 0;
        for (qsizetype r : rows) {
            Candle c{input.number(u"date"_s, r), input.number(u"open"_s, r), input.number(u"high"_s, r),
                     input.number(u"low"_s, r), input.number(u"close"_s, r)};
            // A high below the body or a low above it is a data error: widen to the body.
            if (c.high < std::max(c.open, c.close) || c.low > std::min(c.open, c.close) || c.low > c.high) {
                ++inconsistent;
                c.high = std::max({c.high, c.open, c.close, c.low});
                c.low = std::min({c.low, c.open, c.close, c.high});
            }
            candles.push_back(c);
        }
        if (inconsistent > 0)
            input.note(u"high"_s, tr("In %n row(s) high and low do not enclose open and close; the wicks were widened.", nullptr,
                                     inconsistent));
        const auto byTime = [](const Candle &a, const Candle &b) { return a.time < b.time; };
        if (!std::is_sorted(candles.begin(), candles.end(), byTime)) {
            std::stable_sort(candles.begin(), candles.end(), byTime);
            input.note(u"date"_s, tr("`%1` was not in ascending order; the candles are drawn in time order.").arg(input.columnName(u"date"_s)));
        }
        // Beyond 120 candles bodies shrink below a few pixels: merge neighbours into wider periods
        // (first open, highest high, lowest low, last close), as a trading platform does.
        const size_t maxCandles = 120;
        if (candles.size() > maxCandles) {
            const size_t per = (candles.size() + maxCandles - 1) / maxCandles;
            std::vector<Candle> merged;
            for (size_t i = 0; i < candles.size(); i += per) {
                Candle m = candles[i];
                for (size_t j = i + 1; j < std::min(candles.size(), i + per); ++j) {
                    m.high = std::max(m.high, candles[j].high);
                    m.low = std::min(m.low, candles[j].low);
                    m.close = candles[j].close;
                }
                merged.push_back(m);
            }
            input.note(u"date"_s, tr("%1 periods are too many to draw apart; every %2 neighbouring periods form one candle.")
                                      .arg(candles.size()).arg(per));
            candles = std::move(merged);
        }
        // The QtCharts half, on the GUI thread, from the values computed above.
        return [=, this](PlotInput &input) mutable -> std::unique_ptr<QChart> {
            auto *series = new QCandlestickSeries;
            series->setIncreasingColor(ChartStyle::seriesColor(theme, 0));
            series->setDecreasingColor(ChartStyle::seriesColor(theme, 1));
            series->setBodyWidth(0.7);
            series->setCapsVisible(false);
            series->setPen(QPen(theme.ink, 1));
            // Candles at their own moments on a datetime axis; QtCharts sizes the bodies from the
            // spacing of the timestamps.
            double lo = INFINITY, hi = -INFINITY;
            for (const Candle &c : candles) {
                series->append(new QCandlestickSet(c.open, c.high, c.low, c.close, c.time));
                lo = std::min(lo, c.low);
                hi = std::max(hi, c.high);
            }
            auto chart = ChartStyle::makeChart(specId(), theme);
            chart->addSeries(series);
            const double step = candles.size() > 1 ? (candles.back().time - candles.front().time) / double(candles.size() - 1) : 86'400'000;
            ChartStyle::addXAxis(chart.get(), theme, input.label(u"date"_s), input.isDateTime(u"date"_s),
                                 candles.front().time - step, candles.back().time + step, {series});
            const double pad = (hi - lo) * 0.05;
            ChartStyle::addValueAxis(chart.get(), Qt::AlignLeft, theme, input.label(u"close"_s), lo - pad, hi + pad, false, {series});
            return chart;
        };
    }
};
} // namespace

std::unique_ptr<PlotImplementation> makePlotImplementation_candlestick_basic()
{
    return std::make_unique<CandlestickBasic>();
}
