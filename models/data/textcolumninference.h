#pragma once

#include "datacolumn.h"
#include "dataimport.h"

#include <QStringList>

#include <optional>
#include <vector>

// Types the text cells of a spreadsheet or JSON column (a date written as a string, a number stored
// as text): the one place where the structured readers (xlsx, ods, JSON) hand text to the CSV
// reader's TypeInference, so every format reads "2024-03-01" or "1,5" the same way.
struct TextColumnTypes
{
    ColumnType type = ColumnType::Text;
    // Per input value: whether it fits `type`, and its value (Integer, Boolean, DateTime: `integers`
    // in ms since the epoch for dates; Float: `floats`). Empty for Text/Categorical.
    std::vector<bool> valid;
    std::vector<qint64> integers;
    std::vector<double> floats;
};

namespace TextColumnInference {

// `values` are the distinct, non-missing texts of one column. Without `forced`, the type all of them
// fit (else Text); with it, each value converted to that type where it can be.
TextColumnTypes infer(const QStringList &values, const ImportOptions &options,
                      std::optional<ColumnType> forced = std::nullopt);

// Categorical rather than free text, from the count of distinct values among present ones.
bool isCategorical(qsizetype distinct, qsizetype present);

// Decides the missing markers (empty, NA, N/A … after trimming) the way TypeInference does.
class MissingMarkers
{
public:
    explicit MissingMarkers(const ImportOptions &options);
    ~MissingMarkers();
    bool contains(const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace TextColumnInference
