#pragma once

#include "datacolumn.h"
#include "dataimport.h"

#include <QStringList>

#include <vector>

// Types the text cells of a spreadsheet or JSON column (a date written as a string, a number stored
// as text). The one place where the structured readers (xlsx, ods, JSON) decide what text means, so it
// can follow the CSV reader's TypeInference.
struct TextColumnTypes
{
    ColumnType type = ColumnType::Text;
    // One per input value, for Integer, Boolean and DateTime (ms since the epoch) …
    std::vector<qint64> integers;
    // … or for Float.
    std::vector<double> floats;
};

namespace TextColumnInference {

// `values` are the distinct, non-missing texts of one column; the result types all of them, or is
// Text/Categorical (then the vectors are empty).
TextColumnTypes infer(const QStringList &values, const ImportOptions &options);

// Converts one text to `type` (a forced column type); false when it does not fit.
bool convert(QStringView text, ColumnType type, const ImportOptions &options, qint64 *integer, double *number);

// Categorical rather than free text, from the count of distinct values among present ones.
bool isCategorical(qsizetype distinct, qsizetype present);

// A missing-value marker after trimming (empty, NA, N/A …)?
bool isMissingMarker(QStringView text, const ImportOptions &options);

} // namespace TextColumnInference
