#pragma once

#include "plotimplementation.h"
#include "spec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Data roles, column mapping and validation: everything between a spec's `## Data` section, the
// user's DataTable and an implementation's build(). No widgets, no QtCharts.
namespace PlotMapping {

// numeric/integer → Numeric, categorical/boolean → Categorical, datetime → DateTime, text → Text,
// list/other → Any (SpecMarkdownParser::normalizeType's vocabulary).
PlotDataRole::Kind kindForNormalizedType(const QString &normalizedType);
QString kindKey(PlotDataRole::Kind kind);         // "numeric", "categorical", "datetime", "text", "any"
QString kindDisplayName(PlotDataRole::Kind kind); // translated: "number", "category", "date/time" …
// The roles of a spec, in the order of its Data section (duplicates by name dropped).
QList<PlotDataRole> rolesFromSpec(const QList<SpecDataColumn> &columns);

// Whether a column of this type can feed the role. Numbers feed numeric roles, strings, integers
// and booleans feed categories, only datetimes feed datetime roles; text and any take everything.
bool accepts(PlotDataRole::Kind kind, ColumnType type);

// Matches table columns to roles: first by name (case, spaces, '-' and '_' ignored; a few common
// synonyms such as x/y for value), then, for required roles only, the first unused column of a
// fitting type in table order. A column feeds at most one role. Unmatched roles are left out.
PlotColumnMapping autoMap(const QList<PlotDataRole> &roles, const DataTable &table);

// Everything wrong with a mapping, in words: missing required roles, columns of the wrong type
// ("`timestamp` needs a date/time column; `date` holds text in 12 rows"), empty columns, missing
// and non-finite values, unknown column indexes. Fatal problems prevent drawing.
QList<PlotProblem> validate(const QList<PlotDataRole> &roles, const DataTable &table,
                            const PlotColumnMapping &mapping);
bool hasFatal(const QList<PlotProblem> &problems);

// "role=column" pairs (the CLI's --map) applied over a mapping; column by name. Returns false and
// sets *error when a role or column is unknown.
bool applyOverrides(const QList<PlotDataRole> &roles, const DataTable &table, const QStringList &pairs,
                    PlotColumnMapping *mapping, QString *error);

} // namespace PlotMapping

// What an implementation's build() reads: the mapped columns of one table, resolved once, with
// the validation problems. Accessors give empty results for unmapped roles; numbers() gives NaN
// where a value is missing or not a number, so implementations filter with std::isfinite.
class RoleData
{
public:
    RoleData(const QList<PlotDataRole> &roles, const DataTable &table, const PlotColumnMapping &mapping);

    const QList<PlotProblem> &problems() const { return m_problems; }
    bool hasFatal() const { return PlotMapping::hasFatal(m_problems); }
    void addProblem(const QString &role, const QString &message, bool fatal = false);

    qsizetype rowCount() const { return m_table.rowCount(); }
    bool isMapped(const QString &role) const { return column(role) != nullptr; }
    const DataColumn *column(const QString &role) const; // null when unmapped or out of range
    QString columnName(const QString &role) const;       // the mapped column's name, or the role's

    // Per row: the number (datetimes as ms since the epoch), NaN when missing/non-numeric.
    std::vector<double> numbers(const QString &role) const;
    // Per row: the text (categories, or any type's canonical text); empty when missing.
    QStringList texts(const QString &role) const;
    // Distinct texts in first-seen order (category axes keep the data's order).
    QStringList categories(const QString &role) const;
    bool isDateTime(const QString &role) const;

private:
    const DataTable &m_table;
    PlotColumnMapping m_mapping;
    QList<PlotProblem> m_problems;
};
