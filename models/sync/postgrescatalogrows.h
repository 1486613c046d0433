#pragma once

#include "catalog.h"

#include <QByteArray>

#include <optional>
#include <vector>

class PostgresBinaryCopy;
class PostgresParams;

// The rows of specs and impls as `db push` writes them (CONTRACTS.md §4 and anyplot's NULL rules):
// binary COPY for the push, text parameters for the row-by-row baseline, from one description.
namespace PostgresCatalogRows {
using Field = std::optional<QByteArray>; // a column's value; none is NULL
using Row = std::vector<Field>;

// Column lists shared by the staging COPY, the upserts and the diff. The compared columns are
// everything the catalog decides; ids and bookkeeping (updated_at, tested) are not compared.
inline constexpr auto specColumns = "id, title, description, applications, data, notes, created, updated, issue, suggested, tags";
inline constexpr auto specCompared = "title, description, applications, data, notes, created, updated, issue, suggested, tags";
inline constexpr auto implColumns =
    "id, spec_id, library_id, language_id, code, preview_url_light, preview_url_dark, preview_html_light, "
    "preview_html_dark, python_version, library_version, quality_score, generated_at, updated, generated_by, issue, "
    "workflow_run, review_strengths, review_weaknesses, review_image_description, review_criteria_checklist, "
    "review_verdict, impl_tags";
inline constexpr int implLeadingColumns = 4; // id, spec_id, library_id, language_id: not compared
inline constexpr auto implCompared =
    "code, preview_url_light, preview_url_dark, preview_html_light, preview_html_dark, python_version, "
    "library_version, quality_score, generated_at, updated, generated_by, issue, workflow_run, review_strengths, "
    "review_weaknesses, review_image_description, review_criteria_checklist, review_verdict, impl_tags";

// One implementation's row, appended to a binary COPY.
void writeImplementation(PostgresBinaryCopy &sink, const Implementation &impl, const Field &code);
// COPY (FORMAT binary) of all specs: header, rows and trailer.
QByteArray specCopyData(const std::vector<Spec> &specs);
// The same rows as text values, one per column, for parameterised statements.
Row specRow(const Spec &spec);
Row implementationRow(const Implementation &impl, const Field &code);
PostgresParams paramsOf(const Row &row);
} // namespace PostgresCatalogRows
