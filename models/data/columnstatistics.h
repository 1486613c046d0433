#pragma once

#include "datatable.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// What the data view shows about one column: its type, how many values are there and missing, the
// range and mean of numbers and datetimes, the distinct values of text.
struct ColumnStatistics
{
    QString name;
    ColumnType type = ColumnType::Text;
    qsizetype count = 0;   // present values
    qsizetype missing = 0;
    // Numbers, booleans and datetimes (datetimes in ms since the epoch); empty when nothing is present.
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> mean;
    // Strings: the number of distinct values and the most frequent ones, most frequent first.
    qsizetype distinct = 0;
    QList<QPair<QString, qsizetype>> topValues;

    static ColumnStatistics compute(const DataColumn &column, int topValueCount = 5);
    // Every column, in parallel on the calling thread's behalf (blocking: call it on a worker).
    static QList<ColumnStatistics> computeAll(const DataTable &table);
};
