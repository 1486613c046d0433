#pragma once

#include "catalogwarning.h"
#include "spec.h"
#include "specmarkdownparser.h"
#include "yamldocument.h"

#include <QDateTime>
#include <QString>

// A spec being drafted by a contributor: the two files of a spec folder (CONTRACTS.md §1) as
// text, plus what the draft store needs to keep it across sessions.
struct SpecDraft
{
    QString draftId;          // stable key in the DraftStore (a UUID), not the spec id
    QString markdown;         // specification.md
    QString yaml;             // specification.yaml
    QDateTime modified;       // UTC, last edit
    int submittedIssue = 0;   // the issue created from it; 0 while not submitted
    QString lastSubmitError;  // why the last submit failed, shown when it is restored

    // A fresh draft from anyplot's template: placeholders in braces that validation points at.
    static SpecDraft fromTemplate(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                  const QString &suggestedBy = {});
    friend bool operator==(const SpecDraft &, const SpecDraft &) = default;
};

// A draft read with the catalog's own parsers: the Spec it describes plus the parts validation
// and the submit preview need (line numbers, the YAML tree).
struct ParsedSpecDraft
{
    Spec spec;                 // id from spec_id (or the heading when spec_id is missing)
    SpecMarkdown markdown;
    YamlParseResult yaml;
    CatalogWarnings warnings;  // from the catalog parsers, paths "specification.md|yaml"
    QString yamlSpecId;        // spec_id as written ("" when absent)

    static ParsedSpecDraft parse(const SpecDraft &draft);
};

namespace SpecDraftFiles {
inline constexpr auto markdownName = "specification.md";
inline constexpr auto yamlName = "specification.yaml";
}
