#include "facetmodel.h"

#include "catalogfiltermodel.h"
#include "library.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// internalId of an index: 0 for a category row, category + 1 for a value row.
constexpr quintptr categoryId = 0;
} // namespace

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString FacetModel::facetDisplayName(const QString &facetKey)
{
    if (facetKey == u"plot_type")
        return tr("Plot type");
    if (facetKey == u"data_type")
        return tr("Data type");
    if (facetKey == u"domain")
        return tr("Domain");
    if (facetKey == u"features")
        return tr("Features");
    if (facetKey == u"library")
        return tr("Library");
    return facetKey;
}

void FacetModel::setFilterModel(CatalogFilterModel *filterModel)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filterModel;
    if (m_filter) {
        connect(m_filter, &CatalogFilterModel::catalogChanged, this, &FacetModel::rebuild);
        connect(m_filter, &CatalogFilterModel::resultsChanged, this, &FacetModel::updateCounts);
        connect(m_filter, &QObject::destroyed, this, &FacetModel::rebuild);
    }
    rebuild();
}

void FacetModel::rebuild()
{
    beginResetModel();
    m_categories.clear();
    for (const QString &key : CatalogSearch::facetKeys()) {
        Category category;
        category.key = key;
        QStringList values = m_filter ? m_filter->search().facetValues(key) : QStringList();
        // A value still checked from a previous catalog stays visible, so it can be unchecked.
        if (m_filter) {
            QStringList orphans;
            for (const QString &selected : m_filter->query().selected.value(key))
                if (!values.contains(selected))
                    orphans << selected;
            orphans.sort();
            values << orphans;
        }
        const bool isLibrary = key == CatalogSearch::libraryFacetKey();
        for (const QString &value : std::as_const(values)) {
            Value v;
            v.value = value;
            v.displayName = value;
            if (isLibrary) {
                const QString name = Library::byId(value).name;
                if (!name.isEmpty())
                    v.displayName = name;
            }
            category.values.push_back(std::move(v));
        }
        m_categories.push_back(std::move(category));
    }
    readResults();
    endResetModel();
}

void FacetModel::readResults()
{
    if (!m_filter)
        return;
    const CatalogSearchResult &result = m_filter->result();
    for (Category &category : m_categories) {
        const QHash<QString, int> counts = result.counts.value(category.key);
        category.selectedCount = 0;
        for (Value &v : category.values) {
            v.count = counts.value(v.value, 0);
            v.selected = m_filter->isFacetValueSelected(category.key, v.value);
            category.selectedCount += v.selected ? 1 : 0;
        }
    }
}

void FacetModel::updateCounts()
{
    if (!m_filter)
        return;
    // A value selected from outside (setQuery) that is not listed yet needs a new row: reset.
    for (const Category &category : m_categories) {
        for (const QString &selected : m_filter->query().selected.value(category.key)) {
            const bool listed = std::any_of(category.values.cbegin(), category.values.cend(),
                                            [&selected](const Value &v) { return v.value == selected; });
            if (!listed) {
                rebuild();
                return;
            }
        }
    }

    readResults();
    const QList<int> roles{Qt::DisplayRole, Qt::CheckStateRole, CountRole, SelectedRole};
    for (int c = 0; c < int(m_categories.size()); ++c) {
        const QModelIndex categoryIndex = index(c, 0);
        Q_EMIT dataChanged(categoryIndex, categoryIndex, {CountRole});
        const int last = int(m_categories[c].values.size()) - 1;
        if (last >= 0)
            Q_EMIT dataChanged(index(0, 0, categoryIndex), index(last, 0, categoryIndex), roles);
    }
}

QModelIndex FacetModel::categoryIndex(const QString &facetKey) const
{
    for (int c = 0; c < int(m_categories.size()); ++c)
        if (m_categories[c].key == facetKey)
            return index(c, 0);
    return {};
}

QModelIndex FacetModel::valueIndex(const QString &facetKey, const QString &value) const
{
    const QModelIndex parent = categoryIndex(facetKey);
    if (!parent.isValid())
        return {};
    const auto &values = m_categories[parent.row()].values;
    for (int r = 0; r < int(values.size()); ++r)
        if (values[r].value == value)
            return index(r, 0, parent);
    return {};
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, categoryId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == categoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, categoryId);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != categoryId)
        return 0;
    return int(m_categories[parent.row()].values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    if (index.internalId() == categoryId) {
        const Category &category = m_categories[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return facetDisplayName(category.key);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case FacetKeyRole:
            return category.key;
        case CountRole:
            return category.selectedCount;
        default:
            return {};
        }
    }

    const Category &category = m_categories[index.internalId() - 1];
    const Value &value = category.values[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)", "facet value and the number of matching specs")
            .arg(value.displayName)
            .arg(value.count);
    case Qt::ToolTipRole:
        return value.displayName == value.value
            ? tr("%n matching spec(s)", "", value.count)
            : tr("%1 — %n matching spec(s)", "", value.count).arg(value.value);
    case Qt::CheckStateRole:
        return value.selected ? Qt::Checked : Qt::Unchecked;
    case FacetKeyRole:
        return category.key;
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    case SelectedRole:
        return value.selected;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_filter
        || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.internalId() == categoryId)
        return false;
    const Category &category = m_categories[index.internalId() - 1];
    const Value &facetValue = category.values[index.row()];
    const bool wanted = value.toInt() == Qt::Checked;
    if (wanted != facetValue.selected)
        m_filter->toggleFacetValue(category.key, facetValue.value); // comes back as updateCounts()
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == categoryId)
        return Qt::ItemIsEnabled;
    const Value &value = m_categories[index.internalId() - 1].values[index.row()];
    Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (value.count > 0 || value.selected)
        flags |= Qt::ItemIsEnabled;
    return flags;
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names[FacetKeyRole] = "facetKey"_ba;
    names[ValueRole] = "value"_ba;
    names[CountRole] = "count"_ba;
    names[SelectedRole] = "selected"_ba;
    return names;
}
