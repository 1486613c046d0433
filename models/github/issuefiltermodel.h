#pragma once

#include "issuelifecycle.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters an IssueModel by lifecycle label group, open/closed state and search text (every word
// must appear in the number, title, spec id, labels or author).
class IssueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { Open, Closed, All };
    Q_ENUM(StateFilter)

    explicit IssueFilterModel(QObject *parent = nullptr);

    void setGroup(std::optional<IssueLifecycle::Group> group);
    std::optional<IssueLifecycle::Group> group() const { return m_group; }
    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<IssueLifecycle::Group> m_group;
    StateFilter m_state = StateFilter::All;
    QString m_searchText;
    QStringList m_words;
};
