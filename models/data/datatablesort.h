#pragma once

#include "datacolumn.h"

#include <QtGlobal>

#include <vector>

// The row order that sorts a column: stable, missing values last in either direction, strings
// compared by their text (not their dictionary code). Pure and thread-safe, so a model can run it
// on a worker for ten million rows.
std::vector<qint32> sortedRowOrder(const DataColumn &column, Qt::SortOrder order);
