#pragma once

#include "catalog.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// What the user asked for in the browser: free text plus the checked facet values.
struct CatalogQuery
{
    QString text;
    QHash<QString, QSet<QString>> selected; // facet key → checked values; empty set = no filter

    bool isEmpty() const;
    friend bool operator==(const CatalogQuery &, const CatalogQuery &) = default;
};

// The answer to a CatalogQuery: which specs match and, per facet value, how many specs would match
// if that value were the facet's only constraint (text and every other facet applied).
struct CatalogSearchResult
{
    std::vector<bool> matches; // indexed like Catalog::specs()
    int matchCount = 0;
    QHash<QString, QHash<QString, int>> counts; // facet key → value → count (every known value)
};

// The pure search logic behind the browser, with no model or view in sight so it can be tested and
// benchmarked on its own. Built once per catalog: everything that does not depend on the query
// (lower-cased text, facet value ids per spec) is prepared up front, so evaluate() is one linear
// pass over the specs per keystroke.
class CatalogSearch
{
public:
    // The facets in display order: the four spec tag lists, then the implementing libraries.
    static const QStringList &facetKeys();
    static QString libraryFacetKey() { return QStringLiteral("library"); }

    CatalogSearch() = default;
    explicit CatalogSearch(const Catalog &catalog);

    int specCount() const { return int(m_haystacks.size()); }
    // Every value of a facet present in the catalog, sorted by number of specs (desc) then name.
    QStringList facetValues(const QString &facetKey) const;
    // Specs carrying the value, with no query applied.
    int totalCount(const QString &facetKey, const QString &value) const;

    CatalogSearchResult evaluate(const CatalogQuery &query) const;

    // Whitespace-separated, case-folded terms; each must occur in a spec's id, title, description
    // or tags.
    static QStringList searchTerms(const QString &text);

private:
    struct Facet
    {
        QString key;
        QStringList values;                  // value id → value
        QHash<QString, int> valueIds;
        std::vector<int> totals;             // value id → specs carrying it
        std::vector<std::vector<int>> perSpec; // spec → sorted distinct value ids
    };

    std::vector<QString> m_haystacks; // per spec, case-folded
    std::vector<Facet> m_facets;      // in facetKeys() order
};
