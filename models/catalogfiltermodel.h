#pragma once

#include "catalogsearch.h"

#include <QCollator>
#include <QSortFilterProxyModel>

class CatalogModel;

// Filters and sorts a CatalogModel for the browser grid. The matching itself is CatalogSearch:
// one evaluate() per query change, after which filterAcceptsRow() only reads a vector.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey { Title, BestScore, Updated };
    Q_ENUM(SortKey)

    explicit CatalogFilterModel(QObject *parent = nullptr);

    // The source must be a CatalogModel (anything else is refused with a warning).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    CatalogModel *catalogModel() const { return m_catalogModel; }

    const CatalogQuery &query() const { return m_query; }
    const CatalogSearch &search() const { return m_search; }
    const CatalogSearchResult &result() const { return m_result; }
    int matchCount() const { return m_result.matchCount; }
    int totalCount() const { return m_search.specCount(); }

    void setSearchText(const QString &text);
    void setFacetSelection(const QString &facetKey, const QSet<QString> &values);
    void toggleFacetValue(const QString &facetKey, const QString &value);
    bool isFacetValueSelected(const QString &facetKey, const QString &value) const;
    void clearFilters();
    void setQuery(const CatalogQuery &query);

    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);

Q_SIGNALS:
    void queryChanged(const CatalogQuery &query);
    // After every new evaluation: a new query or a new catalog. result() holds the answer.
    void resultsChanged();
    // The search was rebuilt for another catalog: the facet values themselves may differ.
    void catalogChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rebuildSearch();
    void evaluate();

    CatalogModel *m_catalogModel = nullptr;
    CatalogSearch m_search;
    CatalogQuery m_query;
    CatalogSearchResult m_result;
    SortKey m_sortKey = SortKey::Title;
    QCollator m_collator;
};
