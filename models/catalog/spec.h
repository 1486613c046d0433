#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// One `- \`name\` (type[, optional]) - meaning` bullet of a spec's `## Data` section.
struct SpecDataColumn
{
    QString name;
    QString typeText;       // as written: "numeric array", "str", …
    QString normalizedType; // numeric, integer, categorical, text, datetime, boolean, list, other
    bool optional = false;
    QString meaning;

    friend bool operator==(const SpecDataColumn &, const SpecDataColumn &) = default;
};

// The four tag lists every specification.yaml carries. The vocabulary is open.
enum class SpecTagCategory { PlotType, DataType, Domain, Features };
inline constexpr int specTagCategoryCount = 4;
inline constexpr std::array<const char *, specTagCategoryCount> specTagCategoryKeys{
    "plot_type", "data_type", "domain", "features"};

struct SpecTags
{
    std::array<QStringList, specTagCategoryCount> lists;

    const QStringList &operator[](SpecTagCategory c) const { return lists[static_cast<int>(c)]; }
    QStringList &operator[](SpecTagCategory c) { return lists[static_cast<int>(c)]; }
    QStringList all() const;
    friend bool operator==(const SpecTags &, const SpecTags &) = default;
};

// A library-agnostic plot specification: specification.md + specification.yaml.
struct Spec
{
    QString id;
    QString title;
    QString description;  // raw Markdown of `## Description`
    QStringList applications;
    QStringList data;     // every bullet of `## Data`, as written (the API's `data[]`)
    QList<SpecDataColumn> dataColumns;
    QStringList notes;
    SpecTags tags;
    QDateTime created;    // UTC; invalid when absent or unparsable
    QDateTime updated;
    int issue = 0;        // 0: none
    QString suggestedBy;
    QString folderPath;   // where it was read from (a path inside the source), for messages

    friend bool operator==(const Spec &, const Spec &) = default;
};
