#pragma once

#include "dataimport.h"
#include "datetimeparser.h"
#include "numberparser.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Decides the type of a column from ALL its cells (never from the first row) and builds the typed
// DataColumn: integer, float, boolean, datetime (day-first or month-first chosen for the whole
// column; Unix timestamps when the options ask), categorical (few distinct values) or free text.
// Applies the options' per-column overrides and renames. Shared by every reader: the CSV reader
// hands UTF-8 views of its buffer, the spreadsheet and JSON readers their text cells as QStrings.
class TypeInference
{
public:
    explicit TypeInference(const ImportOptions &options);

    // Where a cell sits, for warnings: fills `line` or `cell` of the warning for a 0-based row.
    using Locator = std::function<void(qsizetype row, ImportWarning *warning)>;

    // Whether a cell is one of the missing markers (after trimming blanks; ASCII case ignored).
    bool isMissing(std::string_view cell) const;

    // The type the column's present cells all fit; Text when nothing is present.
    ColumnType infer(const std::vector<std::string_view> &cells) const;

    // The typed column: `forced` (or the options' override for `fileColumn`) or the inferred type.
    // Cells a forced type cannot read become missing with a warning each (capped per column).
    DataColumn build(const QString &name, const std::vector<std::string_view> &cells, int fileColumn,
                     QList<ImportWarning> *warnings, const Locator &where = {},
                     std::optional<ColumnType> forced = std::nullopt) const;
    DataColumn build(const QString &name, const QStringList &cells, int fileColumn, QList<ImportWarning> *warnings,
                     const Locator &where = {}, std::optional<ColumnType> forced = std::nullopt) const;

    // The options' override for a column of the file (0-based), if any.
    std::optional<ColumnType> overrideFor(int fileColumn) const;
    // Final names: renames applied by position, then made unique (DataTable::uniqueNames).
    QStringList columnNames(const QStringList &fileNames) const;

    // Epoch timestamps: the factor to milliseconds when [min, max] looks like Unix seconds (1000)
    // or milliseconds (1), else 0.
    static int64_t epochFactor(int64_t min, int64_t max);
    // Booleans: true/false, yes/no (ASCII case ignored).
    static bool parseBoolean(std::string_view text, bool *value);
    // Whether a column with `distinct` values in `present` cells is categorical rather than free text.
    static bool isCategorical(qsizetype distinct, qsizetype present);

    const NumberParser &numbers() const { return m_numbers; }

    static constexpr qsizetype maxCategories = 1000;
    static constexpr int maxWarningsPerColumn = 50;

private:
    DateTimeParser::Order dateOrder(const std::vector<std::string_view> &cells, bool *ok) const;

    ImportOptions m_options;
    NumberParser m_numbers;
    std::vector<std::string> m_markers; // trimmed, ASCII-lowercased
    bool m_emptyIsMissing = false;
};
