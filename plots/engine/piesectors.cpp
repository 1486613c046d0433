#include "piesectors.h"

#include "chartstyle.h"

#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>
#include <numeric>

PieSectors PieSectors::fromTotals(const PlotInput::CategoryTotals &totals)
{
    std::vector<size_t> order(totals.values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals.values[a] > totals.values[b]; });
    PieSectors s;
    s.parts = order.size();
    const size_t shown = order.size() > 7 ? 6 : order.size();
    s.pooled = order.size() - shown;
    for (size_t i = 0; i < shown; ++i) {
        s.labels.append(totals.labels.at(qsizetype(order[i])));
        s.values.push_back(totals.values[order[i]]);
    }
    for (size_t i = shown; i < order.size(); ++i)
        s.other += totals.values[order[i]];
    s.total = std::accumulate(totals.values.begin(), totals.values.end(), 0.0);
    return s;
}

std::optional<PieSectors> PieSectors::read(PlotInput &input, const QString &categoryRole, const QString &valueRole,
                                           const QString &pooledNote)
{
    const PlotInput::CategoryTotals totals = input.totalsByCategory(categoryRole, valueRole, 0);
    if (totals.labels.isEmpty() || !input.requireNonNegative(valueRole, totals.values))
        return std::nullopt;
    PieSectors sectors = fromTotals(totals);
    if (sectors.pooled > 0)
        input.note(categoryRole, pooledNote.arg(sectors.parts).arg(sectors.pooled));
    return sectors;
}

QPieSeries *PieSectors::makeSeries(const PlotTheme &theme, double holeSize, const QString &labelPattern,
                                   const QString &otherLabel) const
{
    auto *series = new QPieSeries;
    series->setPieSize(0.68);
    series->setVerticalPosition(0.54); // labels of wedges near 12 o'clock stay clear of the title
    series->setHoleSize(holeSize);
    int colour = 0;
    const auto addSlice = [&](const QString &label, double value) {
        if (value <= 0)
            return;
        auto *slice = series->append(label, value);
        slice->setColor(ChartStyle::seriesColor(theme, colour++));
        slice->setBorderColor(theme.background);
        slice->setBorderWidth(2);
        slice->setLabel(labelPattern.arg(label, ChartStyle::formatNumber(100 * value / total, value / total < 0.1 ? 1 : 0)));
        slice->setLabelVisible(value / total >= 0.02);
        slice->setLabelColor(theme.ink);
        slice->setLabelFont(ChartStyle::font(8));
        slice->setLabelArmLengthFactor(0.12);
    };
    for (qsizetype i = 0; i < labels.size(); ++i)
        addSlice(labels.at(i), values[size_t(i)]);
    addSlice(otherLabel, other);
    return series;
}
