#pragma once

#include "review.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// `impl_tags` of a metadata file: five open lists.
enum class ImplTagCategory { Dependencies, Techniques, Patterns, Dataprep, Styling };
inline constexpr int implTagCategoryCount = 5;
inline constexpr std::array<const char *, implTagCategoryCount> implTagCategoryKeys{
    "dependencies", "techniques", "patterns", "dataprep", "styling"};

struct ImplementationTags
{
    std::array<QStringList, implTagCategoryCount> lists;

    const QStringList &operator[](ImplTagCategory c) const { return lists[static_cast<int>(c)]; }
    QStringList &operator[](ImplTagCategory c) { return lists[static_cast<int>(c)]; }
    bool isEmpty() const;
    friend bool operator==(const ImplementationTags &, const ImplementationTags &) = default;
};

enum class PreviewTheme { Light, Dark };

// Where the picture and the interactive page of an implementation are published. The metadata
// carries either the new light/dark keys or the legacy single `preview_url` (CONTRACTS.md §1).
struct PreviewUrls
{
    QString light;
    QString dark;
    QString htmlLight;
    QString htmlDark;
    QString legacy;
    QString legacyHtml;

    // Fallback order: wanted theme → other theme → legacy.
    QString image(PreviewTheme theme) const;
    QString html(PreviewTheme theme) const;
    friend bool operator==(const PreviewUrls &, const PreviewUrls &) = default;
};

// One library's implementation of a spec: metadata/{language}/{library}.yaml plus its code file.
struct Implementation
{
    QString specId;
    QString language;      // "python" (anyplot), "cpp" (our native plots)
    QString libraryId;     // file stem: matplotlib, letsplot, …
    QString codePath;      // path inside the source; empty when the code file is missing
    QString metadataPath;  // empty when the code has no metadata
    QString localPreviewPath; // a preview image shipped beside the code (embedded catalog), if any
    PreviewUrls previews;
    QString languageVersion;  // python_version, or language_version for the other languages
    QString libraryVersion;   // "unknown" is common in the real catalog
    std::optional<int> qualityScore; // 0–100; absent when missing or out of range
    QDateTime created;
    QDateTime updated;
    QString generatedBy;
    qint64 workflowRun = 0;
    int issue = 0;         // 0: none
    Review review;
    ImplementationTags tags;

    bool hasCode() const { return !codePath.isEmpty(); }
    friend bool operator==(const Implementation &, const Implementation &) = default;
};
