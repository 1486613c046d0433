#include "specdraft.h"

#include "specyamlparser.h"

#include <QUuid>

using namespace Qt::StringLiterals;

SpecDraft SpecDraft::fromTemplate(const QDateTime &now, const QString &suggestedBy)
{
    SpecDraft draft;
    draft.draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.modified = now.toUTC();
    // anyplot's prompts/templates/specification.md, reduced to the four sections of CONTRACTS.md §1.
    draft.markdown = uR"(# {spec-id}: {Title}

## Description

{2-4 sentences describing what this plot visualizes and when to use it.}

## Applications

- {Realistic scenario with domain context}
- {Another use case}

## Data

- `{column_name}` ({type}) - {what this column represents}
- Size: {recommended data size, e.g. 50-500 points}
- Example: {dataset reference or inline data description}

## Notes

- {Optional implementation hints, special requirements, or visual preferences}
)"_s;
    const QString created = now.toUTC().toString(Qt::ISODate);
    const QString suggested = suggestedBy.isEmpty() ? u"null"_s : suggestedBy;
    draft.yaml = uR"(# Specification-level metadata for {spec-id}
# Auto-synced to PostgreSQL on push to main

spec_id: "{spec-id}"
title: "{Title}"

# Specification tracking
created: '%1'
updated: null
issue: null
suggested: %2

# Classification tags (applies to all library implementations)
tags:
  plot_type:
    - scatter
  data_type:
    - numeric
  domain:
    - general
  features:
    - basic
)"_s.arg(created, suggested);
    return draft;
}

ParsedSpecDraft ParsedSpecDraft::parse(const SpecDraft &draft)
{
    ParsedSpecDraft parsed;
    const QString mdPath = QString::fromLatin1(SpecDraftFiles::markdownName);
    const QString yamlPath = QString::fromLatin1(SpecDraftFiles::yamlName);
    const QByteArray md = draft.markdown.toUtf8();
    parsed.markdown = SpecMarkdownParser::parse(md, mdPath, parsed.warnings);
    parsed.yaml = Yaml::parse(draft.yaml.toUtf8());

    Spec &spec = parsed.spec;
    if (parsed.yaml.ok && parsed.yaml.root.isMapping()) {
        if (const YamlNode *id = parsed.yaml.root.find("spec_id"); id && id->isScalar() && !id->isNull())
            parsed.yamlSpecId = id->toString().trimmed();
    }
    spec.id = parsed.yamlSpecId.isEmpty() ? parsed.markdown.headingId : parsed.yamlSpecId;
    spec.title = parsed.markdown.headingTitle;
    spec.description = parsed.markdown.description;
    spec.applications = parsed.markdown.applications;
    spec.data = parsed.markdown.data;
    spec.dataColumns = parsed.markdown.dataColumns;
    spec.notes = parsed.markdown.notes;
    if (parsed.yaml.ok && !parsed.yaml.root.isNull())
        SpecYamlParser::parse(parsed.yaml.root, yamlPath, spec, parsed.warnings);
    return parsed;
}
