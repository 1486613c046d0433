#pragma once

#include "datatable.h"
#include "theme.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;
class QThread;

// One data role of a spec: a `- \`name\` (type[, optional]) - meaning` bullet of its ## Data section.
struct PlotDataRole
{
    enum class Kind { Numeric, Categorical, DateTime, Text, Any };
    QString name;
    Kind kind = Kind::Numeric;
    bool optional = false;
    QString meaning;
};

// Which column of the table feeds which role: role name → column index.
using PlotColumnMapping = QHash<QString, qsizetype>;

// A problem with the data or the mapping, in words a user understands ("`timestamp` needs a
// datetime column; `date` holds text in 12 rows"). Fatal ones prevent drawing.
struct PlotProblem
{
    QString role;
    QString message;
    bool fatal = false;
};

struct PlotBuildResult
{
    std::unique_ptr<QChart> chart; // null when a fatal problem prevents drawing
    QList<PlotProblem> problems;
};

// A build in two halves, so the GUI thread never waits for the data: PlotImplementation::prepare()
// reads and computes everything on a worker; build() then only makes the QtCharts objects, on the
// GUI thread (QtCharts objects belong there). build() may be called more than once (the tile, the
// large view, an export), each time a new chart. With `pointsOnAWorker` the points of big series
// are split and decimated on a worker and appear a moment later (for views; an export wants them
// at once).
class PreparedPlot
{
public:
    virtual ~PreparedPlot() = default;
    virtual PlotBuildResult build(bool pointsOnAWorker = false) const = 0;
};
using PreparedPlotPtr = std::shared_ptr<const PreparedPlot>;

// Our native implementation of one anyplot spec, drawn with QtCharts from any DataTable.
// Lives in plots/<spec-id>/implementations/cpp/qtcharts.cpp; each such file defines
//     std::unique_ptr<PlotImplementation> makePlotImplementation_<spec_id_with_underscores>();
// and the build generates the registry from the files it finds (see plots/CMakeLists.txt).
class PlotImplementation
{
public:
    virtual ~PlotImplementation() = default;

    virtual QString specId() const = 0;
    virtual QString title() const = 0;
    // The roles it draws, in the order of the spec's Data section.
    virtual QList<PlotDataRole> roles() const = 0;
    // Built-in data for when the user has loaded none, already matching roles() by name.
    virtual DataTablePtr sampleData() const = 0;
    // Builds the chart; never throws, never crashes on odd data (NaN, ∞, empty, one row …).
    virtual PlotBuildResult build(const DataTable &table, const PlotColumnMapping &mapping,
                                  const PlotTheme &theme) const = 0;
    // The first half of a build, on any thread (the table is kept alive by the result). This
    // default leaves all the work to PreparedPlot::build().
    virtual PreparedPlotPtr prepare(DataTablePtr table, const PlotColumnMapping &mapping, const PlotTheme &theme) const;
    // The thread the newest data half (NativePlot::prepare) ran on: lets tests check that a view
    // keeps the O(rows) work off the GUI thread without timing it.
    static QThread *lastPrepareThread();
};
