#include "issuefiltermodel.h"

#include "issuemodel.h"

IssueFilterModel::IssueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void IssueFilterModel::setGroup(std::optional<IssueLifecycle::Group> group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void IssueFilterModel::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void IssueFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool IssueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state != StateFilter::All) {
        const bool open = index.data(IssueModel::IsOpenRole).toBool();
        if (open != (m_state == StateFilter::Open))
            return false;
    }
    if (m_group) {
        const QList<int> groups = index.data(IssueModel::LifecycleGroupsRole).value<QList<int>>();
        if (!groups.contains(static_cast<int>(*m_group)))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(IssueModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool IssueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case IssueModel::NumberColumn:
        return left.data(IssueModel::NumberRole).toInt() < right.data(IssueModel::NumberRole).toInt();
    case IssueModel::UpdatedColumn:
        return left.data(IssueModel::UpdatedRole).toDateTime() < right.data(IssueModel::UpdatedRole).toDateTime();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
