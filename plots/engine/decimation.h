#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>

#include <cstddef>
#include <memory>
#include <vector>

class DataColumn;

// Immutable x/y arrays, shared between a series and the workers that decimate it.
struct XYPoints
{
    std::vector<double> x;
    std::vector<double> y;
    bool sortedByX = false;
    // Bounds of the finite points; an empty (null) rect when there is none.
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    std::size_t finiteCount = 0;

    std::size_t size() const { return x.size(); }
    QRectF bounds() const { return finiteCount ? QRectF(xMin, yMin, xMax - xMin, yMax - yMin) : QRectF(); }

    // x and y of equal length (the longer one is cut). sortByX orders the points by x (a line
    // through unsorted time would zig-zag); NaN and ±∞ are kept in the arrays and never drawn.
    static std::shared_ptr<const XYPoints> make(std::vector<double> x, std::vector<double> y, bool sortByX);
    // Columns as numbers (datetimes as ms since the epoch, missing as NaN).
    static std::shared_ptr<const XYPoints> fromColumns(const DataColumn &x, const DataColumn &y, bool sortByX);
};
using XYPointsPtr = std::shared_ptr<const XYPoints>;

// Reducing millions of points to what the pixels can show. Pure functions, thread-safe.
namespace Decimation {

// Lines (x sorted): for each of `columns` pixel columns over [xMin, xMax], the first, lowest,
// highest and last point falling into it (in x order), plus the nearest point outside the range
// on each side so the line runs to the edges. Drawn, it is the same picture as every point.
// At most 4 × columns + 2 points. Non-finite points are skipped.
QList<QPointF> lines(const XYPoints &points, double xMin, double xMax, int columns);

// Markers (any order): one point per occupied cell of a pixels.width() × pixels.height() grid over
// `range` (points outside it are dropped; they are not visible). The first point of a cell wins.
QList<QPointF> markers(const XYPoints &points, const QRectF &range, const QSize &pixels);

} // namespace Decimation
