#pragma once

#include "plotinput.h"

// The data half of the category × group charts (bar-grouped, bar-stacked, area-stacked and their
// percent twins): a PlotInput::Pivot made ready to stack, and the extents its value axis needs.
// No QtCharts here: this runs on the worker.
namespace StackedCategories {

// Negative values set to zero (a stack cannot hold them); returns how many there were, for the
// plot's own note.
int clipNegatives(PlotInput::Pivot &pivot);

// Every category's values scaled to sum to 100; a category whose values are all zero stays empty.
void normaliseToPercent(PlotInput::Pivot &pivot);

// What a value axis must cover; every figure includes zero.
struct Extent
{
    double lowest = 0;      // the smallest single value
    double highest = 0;     // the largest single value
    double stackBottom = 0; // the most negative sum of a category's negative values
    double stackTop = 0;    // the largest sum of a category's positive values
};
Extent extent(const PlotInput::Pivot &pivot);

} // namespace StackedCategories
