#include "datatablesort.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace {
// Missing rows go to the end whatever the order; the rest are sorted by `less`.
template<typename Less>
std::vector<qint32> orderBy(const DataColumn &column, Qt::SortOrder order, Less less)
{
    std::vector<qint32> rows(size_t(column.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    const auto firstMissing = std::stable_partition(rows.begin(), rows.end(),
                                                    [&](qint32 row) { return !column.isMissing(row); });
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), firstMissing, less);
    else
        std::stable_sort(rows.begin(), firstMissing, [&](qint32 a, qint32 b) { return less(b, a); });
    return rows;
}
} // namespace

std::vector<qint32> sortedRowOrder(const DataColumn &column, Qt::SortOrder order)
{
    switch (column.type()) {
    case ColumnType::Float: {
        const auto &values = column.floats();
        // NaN that is not a missing marker (a computed one) sorts after every number.
        return orderBy(column, order, [&](qint32 a, qint32 b) {
            const double x = values[size_t(a)], y = values[size_t(b)];
            return std::isnan(y) ? !std::isnan(x) : x < y;
        });
    }
    case ColumnType::Categorical:
    case ColumnType::Text: {
        // Rank the dictionary once with a collator; rows then compare integers.
        const QStringList &dictionary = column.dictionary();
        std::vector<qint32> byText(size_t(dictionary.size()));
        std::iota(byText.begin(), byText.end(), 0);
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(byText.begin(), byText.end(),
                  [&](qint32 a, qint32 b) { return collator.compare(dictionary.at(a), dictionary.at(b)) < 0; });
        std::vector<qint32> rank(byText.size());
        for (size_t i = 0; i < byText.size(); ++i)
            rank[size_t(byText[i])] = qint32(i);
        return orderBy(column, order, [&](qint32 a, qint32 b) {
            return rank[size_t(column.code(a))] < rank[size_t(column.code(b))];
        });
    }
    default: {
        const auto &values = column.integers();
        return orderBy(column, order, [&](qint32 a, qint32 b) { return values[size_t(a)] < values[size_t(b)]; });
    }
    }
}
