#include "catalogfiltermodel.h"

#include "catalogmodel.h"

using namespace Qt::StringLiterals;

namespace {
// Empty selections are the same as none: dropping them keeps query comparison meaningful.
CatalogQuery normalized(CatalogQuery query)
{
    for (auto it = query.selected.begin(); it != query.selected.end();) {
        if (it->isEmpty())
            it = query.selected.erase(it);
        else
            ++it;
    }
    return query;
}
} // namespace

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *catalogModel = qobject_cast<CatalogModel *>(sourceModel);
    if (sourceModel && !catalogModel) {
        qWarning("CatalogFilterModel: the source model must be a CatalogModel");
        return;
    }
    if (m_catalogModel)
        disconnect(m_catalogModel, nullptr, this, nullptr);
    m_catalogModel = catalogModel;

    // Connected before the base class connects its own handlers, so the search is rebuilt for the
    // new catalog before the proxy rebuilds its mapping (which calls filterAcceptsRow).
    if (m_catalogModel)
        connect(m_catalogModel, &QAbstractItemModel::modelReset, this, &CatalogFilterModel::rebuildSearch);
    rebuildSearch();

    QSortFilterProxyModel::setSourceModel(sourceModel);

    // …and announced after the proxy has finished its reset, so listeners see a consistent proxy.
    if (m_catalogModel) {
        connect(m_catalogModel, &QAbstractItemModel::modelReset, this, [this] {
            Q_EMIT catalogChanged();
            Q_EMIT resultsChanged();
        });
    }
    sort(0);
    Q_EMIT catalogChanged();
    Q_EMIT resultsChanged();
}

void CatalogFilterModel::rebuildSearch()
{
    const CatalogPtr catalog = m_catalogModel ? m_catalogModel->catalog() : CatalogPtr();
    m_search = catalog ? CatalogSearch(*catalog) : CatalogSearch();
    m_result = m_search.evaluate(m_query);
}

void CatalogFilterModel::evaluate()
{
    m_result = m_search.evaluate(m_query);
    invalidateFilter();
}

void CatalogFilterModel::setQuery(const CatalogQuery &query)
{
    CatalogQuery next = normalized(query);
    if (next == m_query)
        return;
    m_query = std::move(next);
    evaluate();
    Q_EMIT queryChanged(m_query);
    Q_EMIT resultsChanged();
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    CatalogQuery next = m_query;
    next.text = text;
    setQuery(next);
}

void CatalogFilterModel::setFacetSelection(const QString &facetKey, const QSet<QString> &values)
{
    CatalogQuery next = m_query;
    next.selected.insert(facetKey, values);
    setQuery(next);
}

void CatalogFilterModel::toggleFacetValue(const QString &facetKey, const QString &value)
{
    QSet<QString> values = m_query.selected.value(facetKey);
    if (!values.remove(value))
        values.insert(value);
    setFacetSelection(facetKey, values);
}

bool CatalogFilterModel::isFacetValueSelected(const QString &facetKey, const QString &value) const
{
    const auto it = m_query.selected.constFind(facetKey);
    return it != m_query.selected.cend() && it->contains(value);
}

void CatalogFilterModel::clearFilters()
{
    setQuery({});
}

void CatalogFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0)
        return false;
    return size_t(sourceRow) < m_result.matches.size() && m_result.matches[size_t(sourceRow)];
}

bool CatalogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const CatalogPtr &catalog = m_catalogModel->catalog();
    const int l = left.row();
    const int r = right.row();
    const Spec &a = catalog->specs()[l];
    const Spec &b = catalog->specs()[r];

    // Always ascending for the view; descending keys are expressed by swapping the comparison.
    switch (m_sortKey) {
    case SortKey::Title: {
        const int c = m_collator.compare(a.title.isEmpty() ? a.id : a.title,
                                         b.title.isEmpty() ? b.id : b.title);
        if (c != 0)
            return c < 0;
        break;
    }
    case SortKey::BestScore: {
        const int sa = catalog->bestScore(l);
        const int sb = catalog->bestScore(r);
        if (sa != sb)
            return sa > sb;
        break;
    }
    case SortKey::Updated: {
        // Invalid dates compare below every valid one, so undated specs end up last.
        const QDateTime ua = catalog->lastUpdated(l);
        const QDateTime ub = catalog->lastUpdated(r);
        if (ua != ub)
            return ua > ub;
        break;
    }
    }
    // Stable and predictable between runs: ties go by id.
    return a.id < b.id;
}
