#pragma once

#include "specdraft.h"
#include "spectagvocabulary.h"

#include <QList>
#include <QSet>
#include <QString>

// One thing wrong with a draft, precise enough to jump to: which file, which line, which rule.
struct SpecDraftProblem
{
    enum class File { Markdown, Yaml };
    enum class Severity { Error, Warning }; // errors block submitting; warnings only advise

    File file = File::Markdown;
    int line = 0; // 1-based; 0 when the whole file is meant
    Severity severity = Severity::Error;
    QString rule;    // stable key: "id-invalid", "section-order", "tag-unknown", …
    QString message; // translated, says what to change

    friend bool operator==(const SpecDraftProblem &, const SpecDraftProblem &) = default;
};
using SpecDraftProblems = QList<SpecDraftProblem>;

// Live validation of a draft against CONTRACTS.md §1 and the loaded catalog: id rules, uniqueness
// and reserved words, the four sections in order, Data bullets, tags against the (open)
// vocabulary, leftover template placeholders. Cheap enough to run on every keystroke.
class SpecDraftValidator
{
public:
    SpecDraftValidator() = default;
    SpecDraftValidator(SpecTagVocabulary vocabulary, QHash<QString, QString> existingTitlesById);
    static SpecDraftValidator forCatalog(const Catalog *catalog);

    SpecDraftProblems validate(const SpecDraft &draft) const;
    SpecDraftProblems validate(const SpecDraft &draft, const ParsedSpecDraft &parsed) const;

    const SpecTagVocabulary &vocabulary() const { return m_vocabulary; }
    static bool hasErrors(const SpecDraftProblems &problems);
    static constexpr int maxTagsPerList = 6;
    static constexpr int longIdWarning = 40; // the longest real id has 32 characters

private:
    SpecTagVocabulary m_vocabulary;
    QHash<QString, QString> m_existingTitles; // spec id → title
};
