#include "decimation.h"

#include "datacolumn.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
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
    // The contiguous arrays directly: number(row) per row is several times slower for 10 M rows.
    if (column.type() == ColumnType::Float && column.missingCount() == 0)
        return column.floats();
    if ((column.type() == ColumnType::Integer || column.type() == ColumnType::DateTime) && column.missingCount() == 0) {
        const std::vector<qint64> &integers = column.integers();
        std::transform(integers.cbegin(), integers.cend(), values.begin(), [](qint64 v) { return double(v); });
        return values;
    }
    for (qsizetype i = 0; i < n; ++i)
        values[size_t(i)] = column.number(i);
    return values;
}

// A scaled offset as a cell index in [0, last]: NaN (∞ × 0) and values beyond int's range, which
// extreme data or tiny ranges produce, must not reach the int conversion.
inline int cellIndex(double scaled, int last)
{
    if (!(scaled > 0))
        return 0;
    return scaled >= double(last) ? last : int(scaled);
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

namespace {
// Columns are immutable and shared: a chart rebuilt for the same columns (another theme, the large
// view, an export) reuses their points instead of copying and sorting millions again. Keyed by the
// columns' storage, checked against a few values so a reused address never yields stale points.
struct PointsKey
{
    const void *x = nullptr;
    const void *y = nullptr;
    qsizetype rows = 0;
    bool sorted = false;
    double probe[6] = {};
    bool operator==(const PointsKey &o) const
    {
        return x == o.x && y == o.y && rows == o.rows && sorted == o.sorted
            && std::equal(std::begin(probe), std::end(probe), std::begin(o.probe), [](double a, double b) {
                   return a == b || (std::isnan(a) && std::isnan(b));
               });
    }
};

const void *storageOf(const DataColumn &c)
{
    if (c.type() == ColumnType::Float)
        return c.floats().data();
    if (isStringType(c.type()))
        return nullptr;
    return c.integers().data();
}

PointsKey keyOf(const DataColumn &x, const DataColumn &y, bool sorted)
{
    PointsKey key{storageOf(x), storageOf(y), std::min(x.rowCount(), y.rowCount()), sorted, {}};
    if (key.rows > 0) {
        const qsizetype at[3] = {0, key.rows / 2, key.rows - 1};
        for (int i = 0; i < 3; ++i) {
            key.probe[i] = x.number(at[i]);
            key.probe[3 + i] = y.number(at[i]);
        }
    }
    return key;
}

struct PointsCache
{
    std::mutex mutex;
    std::vector<std::pair<PointsKey, std::weak_ptr<const XYPoints>>> entries; // a few, newest last
};

PointsCache &pointsCache()
{
    static PointsCache cache;
    return cache;
}
} // namespace

std::shared_ptr<const XYPoints> XYPoints::fromColumns(const DataColumn &x, const DataColumn &y, bool sortByXWanted)
{
    const PointsKey key = keyOf(x, y, sortByXWanted);
    const bool cacheable = key.x && key.y && key.rows >= 100000; // small tables are cheap to copy
    PointsCache &cache = pointsCache();
    if (cacheable) {
        const std::lock_guard lock(cache.mutex);
        for (const auto &[k, weak] : cache.entries)
            if (k == key)
                if (auto points = weak.lock())
                    return points;
    }
    auto points = make(columnNumbers(x), columnNumbers(y), sortByXWanted);
    if (cacheable) {
        const std::lock_guard lock(cache.mutex);
        std::erase_if(cache.entries, [](const auto &e) { return e.second.expired(); });
        if (cache.entries.size() >= 8)
            cache.entries.erase(cache.entries.begin());
        cache.entries.emplace_back(key, points);
    }
    return points;
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
    const auto columnOf = [&](double x) { return cellIndex((x - xMin) * scale, lastColumn); };
    // x is sorted, so each pixel column is one contiguous run: find its end by binary search
    // (the same column formula as per point, so boundaries never disagree), then one tight
    // min/max pass over its y values.
    const double *x = xs.data();
    const double *y = ys.data();
    std::size_t begin = lo;
    while (begin < hi) {
        const int c = columnOf(x[begin]);
        const std::size_t end = c == lastColumn
            ? hi
            : std::size_t(std::partition_point(x + begin, x + hi, [&](double v) { return columnOf(v) <= c; }) - x);
        // First and last drawable points of the run; NaN y never wins a comparison below.
        std::size_t first = begin;
        while (first < end && !std::isfinite(y[first]))
            ++first;
        if (first < end) {
            std::size_t last = end - 1;
            while (last > first && !std::isfinite(y[last]))
                --last;
            std::size_t minAt = first, maxAt = first;
            double minY = y[first], maxY = y[first];
            for (std::size_t i = first + 1; i <= last; ++i) {
                const double v = y[i];
                // New extremes are rare: the finiteness check (±∞ is never drawn) costs little there.
                if (v < minY && std::isfinite(v)) {
                    minY = v;
                    minAt = i;
                }
                if (v > maxY && std::isfinite(v)) {
                    maxY = v;
                    maxAt = i;
                }
            }
            std::size_t idx[4] = {first, minAt, maxAt, last};
            std::sort(idx, idx + 4);
            std::size_t previous = std::numeric_limits<std::size_t>::max();
            for (std::size_t i : idx) {
                if (i != previous)
                    out.append(QPointF(x[i], y[i]));
                previous = i;
            }
        }
        begin = end;
    }

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
        // Also rejects NaN; ±∞ are never drawn, even inside an infinite range.
        if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1) || !std::isfinite(x) || !std::isfinite(y))
            continue;
        const int cx = cellIndex((x - x0) * sx, w - 1);
        const int cy = cellIndex((y - y0) * sy, h - 1);
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
