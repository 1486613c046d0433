#include "issuemodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

IssueModel::IssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const GitHubIssue &issue = row.issue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return u"#%1"_s.arg(issue.number);
        case TitleColumn: return issue.title;
        case StateColumn: return issue.isOpen() ? tr("open") : tr("closed");
        case LifecycleColumn: return row.lifecycle.summary();
        case LabelsColumn: return issue.labelNames().join(u", "_s);
        case CommentsColumn: return issue.comments;
        case UpdatedColumn: return QLocale().toString(issue.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case SpecColumn: return row.specId;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == LabelsColumn)
            return QString(issue.title + u"\n"_s + issue.labelNames().join(u", "_s));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == CommentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NumberRole: return issue.number;
    case SpecIdRole: return row.specId;
    case IsOpenRole: return issue.isOpen();
    case LabelNamesRole: return issue.labelNames();
    case SearchTextRole: return row.searchText;
    case UpdatedRole: return issue.updatedAt;
    case LifecycleGroupsRole: {
        QList<int> groups;
        for (int g = 0; g < IssueLifecycle::groupCount; ++g) {
            if (row.lifecycle.isInGroup(static_cast<IssueLifecycle::Group>(g)))
                groups.append(g);
        }
        return QVariant::fromValue(groups);
    }
    }
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Issue");
    case TitleColumn: return tr("Title");
    case StateColumn: return tr("State");
    case LifecycleColumn: return tr("Lifecycle");
    case LabelsColumn: return tr("Labels");
    case CommentsColumn: return tr("Comments");
    case UpdatedColumn: return tr("Updated");
    case SpecColumn: return tr("Spec");
    }
    return {};
}

QHash<int, QByteArray> IssueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(SpecIdRole, "specId");
    names.insert(IsOpenRole, "isOpen");
    names.insert(LabelNamesRole, "labelNames");
    names.insert(SearchTextRole, "searchText");
    names.insert(LifecycleGroupsRole, "lifecycleGroups");
    names.insert(UpdatedRole, "updated");
    return names;
}

IssueModel::Row IssueModel::makeRow(const GitHubIssue &issue) const
{
    Row row{issue, IssueLifecycle::fromIssue(issue), {}, {}};
    row.specId = m_specLinks.value(issue.number);
    if (row.specId.isEmpty())
        row.specId = issue.titleSpecId();
    row.searchText = QString(u'#' + QString::number(issue.number) + u' ' + issue.title + u' ' + row.specId + u' '
                      + issue.labelNames().join(u' ') + u' ' + issue.author)
                         .toCaseFolded();
    return row;
}

void IssueModel::setIssues(const QList<GitHubIssue> &issues)
{
    // Same issues in the same order (a re-poll): update rows in place; otherwise reset.
    bool sameOrder = issues.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < issues.size(); ++i)
        sameOrder = issues.at(i).number == m_rows.at(i).issue.number;
    if (sameOrder) {
        for (qsizetype i = 0; i < issues.size(); ++i) {
            if (issues.at(i) == m_rows.at(i).issue)
                continue;
            m_rows[i] = makeRow(issues.at(i));
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfNumber.clear();
    m_rows.reserve(issues.size());
    for (const GitHubIssue &issue : issues) {
        if (m_rowOfNumber.contains(issue.number))
            continue; // a page boundary shifted during the listing: keep the first copy
        m_rowOfNumber.insert(issue.number, int(m_rows.size()));
        m_rows.append(makeRow(issue));
    }
    endResetModel();
}

bool IssueModel::updateIssue(const GitHubIssue &issue)
{
    const int row = rowOfIssue(issue.number);
    if (row < 0)
        return false;
    m_rows[row] = makeRow(issue);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void IssueModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfNumber.clear();
    endResetModel();
}

void IssueModel::setSpecLinks(const QHash<int, QString> &issueToSpec)
{
    m_specLinks = issueToSpec;
    relink();
}

void IssueModel::relink()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row row = makeRow(m_rows.at(i).issue);
        if (row.specId == m_rows.at(i).specId)
            continue;
        m_rows[i] = row;
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int IssueModel::rowOfIssue(int number) const
{
    return m_rowOfNumber.value(number, -1);
}

const GitHubIssue &IssueModel::issueAt(int row) const
{
    return m_rows.at(row).issue;
}

const IssueLifecycle &IssueModel::lifecycleAt(int row) const
{
    return m_rows.at(row).lifecycle;
}

QString IssueModel::specIdAt(int row) const
{
    return m_rows.at(row).specId;
}

QList<int> IssueModel::issuesForSpec(const QString &specId) const
{
    QList<int> numbers;
    if (specId.isEmpty())
        return numbers;
    for (const Row &row : m_rows) {
        if (row.specId == specId)
            numbers.append(row.issue.number);
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    return numbers;
}

QList<GitHubIssue> IssueModel::issues() const
{
    QList<GitHubIssue> all;
    all.reserve(m_rows.size());
    for (const Row &row : m_rows)
        all.append(row.issue);
    return all;
}
