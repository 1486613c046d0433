#include "catalogsearch.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

bool CatalogQuery::isEmpty() const
{
    if (!CatalogSearch::searchTerms(text).isEmpty())
        return false;
    return std::all_of(selected.cbegin(), selected.cend(),
                       [](const QSet<QString> &values) { return values.isEmpty(); });
}

const QStringList &CatalogSearch::facetKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const char *key : specTagCategoryKeys)
            k << QString::fromLatin1(key);
        k << libraryFacetKey();
        return k;
    }();
    return keys;
}

QStringList CatalogSearch::searchTerms(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return text.toCaseFolded().split(whitespace, Qt::SkipEmptyParts);
}

CatalogSearch::CatalogSearch(const Catalog &catalog)
{
    const auto &specs = catalog.specs();
    const int specCount = int(specs.size());
    m_haystacks.reserve(specs.size());
    for (const Spec &spec : specs) {
        // Newlines between the fields keep a term from matching across two of them.
        const QString haystack = spec.id % u'\n' % spec.title % u'\n' % spec.description % u'\n'
            % spec.tags.all().join(u'\n');
        m_haystacks.push_back(haystack.toCaseFolded());
    }

    const QStringList &keys = facetKeys();
    m_facets.resize(keys.size());
    for (int f = 0; f < keys.size(); ++f) {
        Facet &facet = m_facets[f];
        facet.key = keys[f];
        facet.perSpec.resize(specs.size());
        for (int s = 0; s < specCount; ++s) {
            const QStringList values = f < specTagCategoryCount
                ? specs[s].tags.lists[f]
                : catalog.librariesOf(s);
            std::vector<int> &ids = facet.perSpec[s];
            for (const QString &value : values) {
                if (value.isEmpty())
                    continue;
                auto it = facet.valueIds.constFind(value);
                if (it == facet.valueIds.cend()) {
                    it = facet.valueIds.insert(value, int(facet.values.size()));
                    facet.values << value;
                }
                ids.push_back(*it);
            }
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        facet.totals.assign(facet.values.size(), 0);
        for (const auto &ids : facet.perSpec)
            for (int id : ids)
                ++facet.totals[id];
    }
}

QStringList CatalogSearch::facetValues(const QString &facetKey) const
{
    const int f = int(facetKeys().indexOf(facetKey));
    if (f < 0 || f >= int(m_facets.size()))
        return {};
    const Facet &facet = m_facets[f];
    std::vector<int> order(facet.values.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&facet](int a, int b) {
        if (facet.totals[a] != facet.totals[b])
            return facet.totals[a] > facet.totals[b];
        return facet.values[a] < facet.values[b];
    });
    QStringList result;
    result.reserve(qsizetype(order.size()));
    for (int i : order)
        result << facet.values[i];
    return result;
}

int CatalogSearch::totalCount(const QString &facetKey, const QString &value) const
{
    const int f = int(facetKeys().indexOf(facetKey));
    if (f < 0 || f >= int(m_facets.size()))
        return 0;
    const int id = m_facets[f].valueIds.value(value, -1);
    return id < 0 ? 0 : m_facets[f].totals[id];
}

CatalogSearchResult CatalogSearch::evaluate(const CatalogQuery &query) const
{
    const int specCount = int(m_haystacks.size());
    const int facetCount = int(m_facets.size());
    const QStringList terms = searchTerms(query.text);

    // Per facet: which value ids are checked. A checked value the catalog does not know still
    // counts as a constraint (it simply matches nothing).
    std::vector<std::vector<bool>> checked(facetCount);
    std::vector<bool> constrained(facetCount, false);
    for (int f = 0; f < facetCount; ++f) {
        const Facet &facet = m_facets[f];
        checked[f].assign(facet.values.size(), false);
        const QSet<QString> values = query.selected.value(facet.key);
        constrained[f] = !values.isEmpty();
        for (const QString &value : values) {
            const int id = facet.valueIds.value(value, -1);
            if (id >= 0)
                checked[f][id] = true;
        }
    }

    CatalogSearchResult result;
    result.matches.assign(specCount, false);
    std::vector<std::vector<int>> counts(facetCount);
    for (int f = 0; f < facetCount; ++f)
        counts[f].assign(m_facets[f].values.size(), 0);

    for (int s = 0; s < specCount; ++s) {
        const QString &haystack = m_haystacks[s];
        const bool textMatches = std::all_of(terms.cbegin(), terms.cend(), [&haystack](const QString &t) {
            return haystack.contains(t);
        });
        if (!textMatches)
            continue;

        // OR within a facet, AND across facets. Remember the first failing facet: a spec that
        // fails exactly one facet still counts for that facet's values (standard faceted counts:
        // a value's count ignores its own facet's selection).
        int failures = 0;
        int failedFacet = -1;
        for (int f = 0; f < facetCount && failures < 2; ++f) {
            if (!constrained[f])
                continue;
            const auto &ids = m_facets[f].perSpec[s];
            const bool passes = std::any_of(ids.cbegin(), ids.cend(),
                                            [&checked, f](int id) { return checked[f][id]; });
            if (!passes) {
                ++failures;
                failedFacet = f;
            }
        }
        if (failures == 0) {
            result.matches[s] = true;
            ++result.matchCount;
            for (int f = 0; f < facetCount; ++f)
                for (int id : m_facets[f].perSpec[s])
                    ++counts[f][id];
        } else if (failures == 1) {
            for (int id : m_facets[failedFacet].perSpec[s])
                ++counts[failedFacet][id];
        }
    }

    for (int f = 0; f < facetCount; ++f) {
        const Facet &facet = m_facets[f];
        QHash<QString, int> &values = result.counts[facet.key];
        values.reserve(facet.values.size());
        for (int id = 0; id < int(facet.values.size()); ++id)
            values.insert(facet.values[id], counts[f][id]);
    }
    return result;
}
