#pragma once

#include "catalog.h"

#include <QHash>
#include <QStringList>

#include <array>

// The tag values a draft can choose from, per category. Open by design (CONTRACTS.md §1): every
// value in use in the loaded catalog plus anyplot's canonical plot_type table. A value outside it
// is a warning, never an error.
class SpecTagVocabulary
{
public:
    SpecTagVocabulary();
    static SpecTagVocabulary fromCatalog(const Catalog *catalog);

    // anyplot's canonical plot_type table (prompts/spec-tags-generator.md): 46 values.
    static const QStringList &canonicalPlotTypes();

    bool contains(SpecTagCategory category, const QString &value) const;
    // Most used first, then alphabetical: the order completion offers them in.
    QStringList values(SpecTagCategory category) const;
    int useCount(SpecTagCategory category, const QString &value) const;
    // The known value closest in spelling (edit distance ≤ 2), for "did you mean"; empty if none.
    QString closest(SpecTagCategory category, const QString &value) const;

    // Lower-case words joined by single hyphens: anyplot's naming rule for every tag.
    static bool isWellFormed(const QString &value);

private:
    void add(SpecTagCategory category, const QString &value, int count);
    void sortValues();
    std::array<QHash<QString, int>, specTagCategoryCount> m_counts;
    std::array<QStringList, specTagCategoryCount> m_sorted;
};
