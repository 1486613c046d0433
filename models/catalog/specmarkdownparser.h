#pragma once

#include "catalogwarning.h"
#include "spec.h"

#include <QByteArrayView>

// The parts of a specification.md (CONTRACTS.md §1): `# id: Title`, then `## Description`,
// `## Applications`, `## Data`, `## Notes`. Like anyplot's own parser it keeps Description as raw
// text and only `- ` / `* ` bullets of the other sections; a missing section is empty.
struct SpecMarkdown
{
    QString headingId;
    QString headingTitle;
    QString description;
    QStringList applications;
    QStringList data;
    QList<SpecDataColumn> dataColumns;
    QStringList notes;
    QStringList sectionOrder; // `##` headings as written, for lint
    // 1-based line numbers, for editors that point at a problem: the `#` heading (0: none), each
    // `##` heading (parallel to sectionOrder) and each Data bullet (parallel to data).
    int headingLine = 0;
    QList<int> sectionLines;
    QList<int> dataLines;
};

namespace SpecMarkdownParser {
SpecMarkdown parse(QByteArrayView content, const QString &path, CatalogWarnings &warnings);
// `\`name\` (type[, optional]) - meaning`, without the bullet; nullopt when the bullet is not a column.
std::optional<SpecDataColumn> parseDataColumn(const QString &bullet);
// 53 free-text spellings → numeric, integer, categorical, text, datetime, boolean, list, other.
QString normalizeType(const QString &typeText);
}
