#include "decimation.h"

#include "datacolumn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

void computeBounds(XYPoints &p)
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    std::size_t finite = 0;
    const std::size_t n = p.x.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = p.x[i], y = p.y[i];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        ++finite;
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    }
    p.finiteCount = finite;
    if (finite) {
        p.xMin = x0;
        p.xMax = x1;
        p.yMin = y0;
        p.yMax = y1;
    }
}

// Non-finite x go to the end (they are never drawn); the finite ones are ordered, equal x keep
// their order.
void sortByX(std::vector<double> &x, std::vector<double> &y)
{
    const std::size_t n = x.size();
    bool sorted = true;
    bool seenNonFinite = false;
    for (std::size_t i = 0; i < n && sorted; ++i) {
        if (!std::isfinite(x[i]))
            seenNonFinite = true;
        else if (seenNonFinite || (i > 0 && x[i] < x[i - 1]))
            sorted = false;
    }
    if (sorted)
        return;
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const auto finiteEnd = std::stable_partition(order.begin(), order.end(),
                                                 [&x](std::uint32_t i) { return std::isfinite(x[i]); });
    std::stable_sort(order.begin(), finiteEnd, [&x](std::uint32_t a, std::uint32_t b) { return x[a] < x[b]; });
    std::vector<double> sx(n), sy(n);
    for (std::size_t i = 0; i < n; ++i) {
        sx[i] = x[order[i]];
        sy[i] = y[order[i]];
    }
    x.swap(sx);
    y.swap(sy);
}

std::vector<double> columnNumbers(const DataColumn &column)
{
    const qsizetype n = column.rowCount();
    std::vector<double> values(static_cast<size_t>(n));
    if (column.type() == ColumnType::Float && column.missingCount() == 0) {
        values = column.floats();
        return values;
    }
    for (qsizetype i = 0; i < n; ++i)
        values[size_t(i)] = column.number(i);
    return values;
}

} // namespace

std::shared_ptr<const XYPoints> XYPoints::make(std::vector<double> x, std::vector<double> y, bool sortByXWanted)
{
    auto points = std::make_shared<XYPoints>();
    const std::size_t n = std::min(x.size(), y.size());
    x.resize(n);
    y.resize(n);
    if (sortByXWanted)
        sortByX(x, y);
    points->x = std::move(x);
    points->y = std::move(y);
    points->sortedByX = sortByXWanted;
    computeBounds(*points);
    return points;
}

std::shared_ptr<const XYPoints> XYPoints::fromColumns(const DataColumn &x, const DataColumn &y, bool sortByXWanted)
{
    return make(columnNumbers(x), columnNumbers(y), sortByXWanted);
}

namespace Decimation {

QList<QPointF> lines(const XYPoints &points, double xMin, double xMax, int columns)
{
    QList<QPointF> out;
    const std::vector<double> &xs = points.x;
    const std::vector<double> &ys = points.y;
    if (columns < 1 || !points.finiteCount || !(xMax >= xMin) || !std::isfinite(xMin) || !std::isfinite(xMax))
        return out;
    // Finite x form a sorted prefix.
    const auto finiteEnd = std::partition_point(xs.begin(), xs.end(), [](double v) { return std::isfinite(v); });
    const std::size_t lo = std::size_t(std::lower_bound(xs.begin(), finiteEnd, xMin) - xs.begin());
    const std::size_t hi = std::size_t(std::upper_bound(xs.begin(), finiteEnd, xMax) - xs.begin());
    out.reserve(qsizetype(std::min<std::size_t>(hi - lo, std::size_t(columns) * 4)) + 2);

    // The nearest drawable point left of the range, so the line enters from the edge.
    for (std::size_t i = lo; i-- > 0;) {
        if (std::isfinite(ys[i])) {
            out.append(QPointF(xs[i], ys[i]));
            break;
        }
    }

    const double span = xMax - xMin;
    const double scale = span > 0 ? double(columns) / span : 0.0;
    const int lastColumn = columns - 1;
    int current = -1;
    std::size_t first = 0, last = 0, minAt = 0, maxAt = 0;
    double minY = 0, maxY = 0;
    const auto flush = [&]() {
        std::size_t idx[4] = {first, minAt, maxAt, last};
        std::sort(idx, idx + 4);
        std::size_t previous = std::numeric_limits<std::size_t>::max();
        for (std::size_t i : idx) {
            if (i != previous)
                out.append(QPointF(xs[i], ys[i]));
            previous = i;
        }
    };
    for (std::size_t i = lo; i < hi; ++i) {
        const double y = ys[i];
        if (!std::isfinite(y))
            continue;
        int c = int((xs[i] - xMin) * scale);
        c = c > lastColumn ? lastColumn : c;
        if (c != current) {
            if (current >= 0)
                flush();
            current = c;
            first = last = minAt = maxAt = i;
            minY = maxY = y;
            continue;
        }
        last = i;
        if (y < minY) {
            minY = y;
            minAt = i;
        } else if (y > maxY) {
            maxY = y;
            maxAt = i;
        }
    }
    if (current >= 0)
        flush();

    for (std::size_t i = hi; i < std::size_t(finiteEnd - xs.begin()); ++i) {
        if (std::isfinite(ys[i])) {
            out.append(QPointF(xs[i], ys[i]));
            break;
        }
    }
    return out;
}

QList<QPointF> markers(const XYPoints &points, const QRectF &range, const QSize &pixels)
{
    QList<QPointF> out;
    const int w = pixels.width(), h = pixels.height();
    if (w < 1 || h < 1 || !points.finiteCount)
        return out;
    const double x0 = range.left(), x1 = range.right(), y0 = range.top(), y1 = range.bottom();
    if (!(x1 >= x0) || !(y1 >= y0))
        return out;
    const double sx = x1 > x0 ? w / (x1 - x0) : 0.0;
    const double sy = y1 > y0 ? h / (y1 - y0) : 0.0;
    std::vector<std::uint64_t> occupied((std::size_t(w) * std::size_t(h) + 63) / 64, 0);
    const std::size_t n = points.size();
    const double *xs = points.x.data();
    const double *ys = points.y.data();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = xs[i], y = ys[i];
        // Also rejects NaN.
        if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1))
            continue;
        const int cx = std::min(int((x - x0) * sx), w - 1);
        const int cy = std::min(int((y - y0) * sy), h - 1);
        const std::size_t cell = std::size_t(cy) * std::size_t(w) + std::size_t(cx);
        std::uint64_t &word = occupied[cell >> 6];
        const std::uint64_t bit = std::uint64_t(1) << (cell & 63);
        if (word & bit)
            continue;
        word |= bit;
        out.append(QPointF(x, y));
    }
    return out;
}

} // namespace Decimation
