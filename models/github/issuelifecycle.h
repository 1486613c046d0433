#pragma once

#include "githubtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The lifecycle state an issue's labels spell (CONTRACTS.md §5). Labels are the live state: this
// is derived from them only, never stored. Unknown labels are kept in `otherLabels`.
struct IssueLifecycle
{
    // The spec's own path: spec-request → approved → spec-ready; duplicate closes it.
    enum class SpecStage { None, Requested, Approved, Ready, Duplicate };
    // One library's path: generate:{lib} → impl:{lib}:pending → impl:{lib}:done | impl:{lib}:failed.
    enum class LibraryState { None, GenerateRequested, Pending, Done, Failed };
    enum class ReportState { None, Pending, Validated };

    // The filter groups of the Issues panel; an issue can belong to several.
    enum class Group {
        SpecRequest, Approved, SpecReady, Duplicate,
        Generate, ImplPending, ImplDone, ImplFailed, Report,
    };
    static constexpr int groupCount = 9;

    SpecStage stage = SpecStage::None;
    QMap<QString, LibraryState> libraries; // library id → its furthest state
    ReportState report = ReportState::None;
    QStringList reportTargets;             // "spec", "impl", "impl:matplotlib"
    QString reportCategory;                // visual, data, functional, other
    int qualityScore = -1;                 // quality:{NN} (pull requests)
    QString aiVerdict;                     // "ai-approved", "ai-rejected" or empty
    QStringList otherLabels;

    static IssueLifecycle fromLabels(const QStringList &labels);
    static IssueLifecycle fromIssue(const GitHubIssue &issue);

    bool isInGroup(Group group) const;
    // A short text for a table cell: "approved · 3 done, 1 failed".
    QString summary() const;

    static QString stageKey(SpecStage stage);     // "spec-request", "approved", "spec-ready", …
    static QString libraryStateKey(LibraryState state); // "generate", "pending", "done", "failed"
    static QString groupKey(Group group);          // stable key for settings and --json
    static QString groupTitle(Group group);        // translated, for menus
    friend bool operator==(const IssueLifecycle &, const IssueLifecycle &) = default;
};
