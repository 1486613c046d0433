#include "stackedcategories.h"

#include <algorithm>

namespace StackedCategories {

int clipNegatives(PlotInput::Pivot &pivot)
{
    int negatives = 0;
    for (auto &group : pivot.values)
        for (double &v : group)
            if (v < 0) {
                ++negatives;
                v = 0;
            }
    return negatives;
}

void normaliseToPercent(PlotInput::Pivot &pivot)
{
    const size_t categories = pivot.values.empty() ? 0 : pivot.values.front().size();
    for (size_t c = 0; c < categories; ++c) {
        double sum = 0;
        for (const auto &group : pivot.values)
            sum += group[c];
        for (auto &group : pivot.values)
            group[c] = sum > 0 ? 100 * group[c] / sum : 0;
    }
}

Extent extent(const PlotInput::Pivot &pivot)
{
    Extent e;
    const size_t categories = pivot.values.empty() ? 0 : pivot.values.front().size();
    // Summed group by group, in the order the stack draws them, so the top is the drawn top.
    std::vector<double> positive(categories, 0.0), negative(categories, 0.0);
    for (const auto &group : pivot.values)
        for (size_t c = 0; c < categories; ++c) {
            const double v = group[c];
            (v >= 0 ? positive : negative)[c] += v;
            e.lowest = std::min(e.lowest, v);
            e.highest = std::max(e.highest, v);
        }
    for (size_t c = 0; c < categories; ++c) {
        e.stackTop = std::max(e.stackTop, positive[c]);
        e.stackBottom = std::min(e.stackBottom, negative[c]);
    }
    return e;
}

} // namespace StackedCategories
