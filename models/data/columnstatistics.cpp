#include "columnstatistics.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

ColumnStatistics ColumnStatistics::compute(const DataColumn &column, int topValueCount)
{
    ColumnStatistics stats;
    stats.name = column.name();
    stats.type = column.type();
    stats.missing = column.missingCount();
    stats.count = column.rowCount() - column.missingCount();
    const qsizetype rows = column.rowCount();

    if (isStringType(column.type())) {
        std::vector<qsizetype> frequency(size_t(column.dictionary().size()), 0);
        for (qsizetype row = 0; row < rows; ++row)
            if (!column.isMissing(row))
                ++frequency[size_t(column.code(row))];
        std::vector<qint32> codes;
        for (size_t code = 0; code < frequency.size(); ++code)
            if (frequency[code] > 0)
                codes.push_back(qint32(code));
        stats.distinct = qsizetype(codes.size());
        const size_t top = std::min(codes.size(), size_t(std::max(0, topValueCount)));
        std::partial_sort(codes.begin(), codes.begin() + qsizetype(top), codes.end(), [&](qint32 a, qint32 b) {
            return frequency[size_t(a)] != frequency[size_t(b)] ? frequency[size_t(a)] > frequency[size_t(b)] : a < b;
        });
        for (size_t i = 0; i < top; ++i)
            stats.topValues.append({column.dictionary().at(codes[i]), frequency[size_t(codes[i])]});
        return stats;
    }

    double minimum = INFINITY, maximum = -INFINITY, sum = 0;
    qsizetype finite = 0;
    for (qsizetype row = 0; row < rows; ++row) {
        const double value = column.number(row);
        if (!std::isfinite(value))
            continue; // missing, NaN or ±∞: they would swallow the mean
        minimum = std::min(minimum, value);
        maximum = std::max(maximum, value);
        sum += value;
        ++finite;
    }
    if (finite > 0) {
        stats.minimum = minimum;
        stats.maximum = maximum;
        stats.mean = sum / double(finite);
    }
    return stats;
}

QList<ColumnStatistics> ColumnStatistics::computeAll(const DataTable &table)
{
    return QtConcurrent::blockingMapped(table.columns(), [](const DataColumn &column) { return compute(column); });
}
