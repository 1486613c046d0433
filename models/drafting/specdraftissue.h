#pragma once

#include "specdraft.h"

#include <QString>
#include <QStringList>

// The GitHub issue a draft becomes: exactly what anyplot's "Request New Plot" issue form
// (.github/ISSUE_TEMPLATE/request-new-plot.yml) would produce. GitHub renders a form as one
// `### {field label}` section per field, in form order, with `_No response_` for an empty
// optional field; the title carries the spec id as `[spec-id] Title` (CONTRACTS.md §5).
struct SpecDraftIssue
{
    QString title;
    QString body;
    QStringList labels;

    static SpecDraftIssue fromDraft(const ParsedSpecDraft &draft);
    static QString requestLabel() { return QStringLiteral("spec-request"); }
};
