#pragma once

#include "plotinput.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPieSeries;

// The parts of a whole as pie-basic and donut-basic draw them: largest first; Okabe-Ito has seven
// colours, so beyond seven parts the six largest are shown and the rest pooled as "Other".
struct PieSectors
{
    QStringList labels; // the parts shown, largest first (ties in data order)
    std::vector<double> values;
    double other = 0;   // the pooled rest; 0 when nothing is pooled
    size_t parts = 0;   // how many parts the data holds
    size_t pooled = 0;  // how many of them are in `other` (for the plot's own note)
    double total = 0;

    // The data half, on the worker: one total per category of `valueRole` (none negative, else a
    // fatal problem and nothing), noting `pooledNote` (%1 the parts, %2 how many are pooled; the
    // plot's tr()) when some are pooled.
    static std::optional<PieSectors> read(PlotInput &input, const QString &categoryRole, const QString &valueRole,
                                          const QString &pooledNote);
    static PieSectors fromTotals(const PlotInput::CategoryTotals &totals);

    // The QtCharts half, on the GUI thread: a pie of the sectors with a hole of `holeSize` (0 for a
    // pie) whose slices read `labelPattern` (%1 the part, %2 its percentage; the plot's tr()),
    // the pooled one named `otherLabel`. Empty parts get no slice.
    QPieSeries *makeSeries(const PlotTheme &theme, double holeSize, const QString &labelPattern,
                           const QString &otherLabel) const;
};
