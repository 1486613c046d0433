#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include <vector>

class CatalogFilterModel;

// The facet panel: categories (Plot type, Data type, Domain, Features, Library) with their values
// as checkable children showing live counts ("scatter (12)"). Checking a value changes the
// CatalogFilterModel's query; new results come back as count updates.
//
// The order of the values is fixed per catalog (by catalog-wide count, then name) and values whose
// live count falls to zero stay in place, disabled: a list that reorders itself under the mouse
// on every keystroke is unusable.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        FacetKeyRole = Qt::UserRole + 1, // QString: plot_type, …, library
        ValueRole,                       // QString: the raw value (empty for categories)
        CountRole,                       // int: live count (for categories: selected values)
        SelectedRole,                    // bool
    };
    Q_ENUM(Roles)

    explicit FacetModel(QObject *parent = nullptr);

    void setFilterModel(CatalogFilterModel *filterModel);
    CatalogFilterModel *filterModel() const { return m_filter; }

    // Translated name of a facet key ("Plot type"); the key itself when unknown.
    static QString facetDisplayName(const QString &facetKey);
    // Category row of a facet key; invalid when unknown.
    QModelIndex categoryIndex(const QString &facetKey) const;
    QModelIndex valueIndex(const QString &facetKey, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Value
    {
        QString value;
        QString displayName; // library display name for the library facet, else the value
        int count = 0;
        bool selected = false;
    };
    struct Category
    {
        QString key;
        std::vector<Value> values;
        int selectedCount = 0;
    };

    void rebuild();       // new catalog: the set of values changes → reset
    void updateCounts();  // new results: only counts and check states change → dataChanged
    void readResults();   // copies counts and selection into m_categories

    QPointer<CatalogFilterModel> m_filter;
    std::vector<Category> m_categories;
};
