#pragma once

#include "githubtypes.h"
#include "issuelifecycle.h"

#include <QAbstractTableModel>
#include <QHash>

// The issues of the catalog repository, one row each, with the lifecycle their labels spell and
// the spec each one is linked to: a spec's `specification.yaml: issue` number wins over the
// issue title's `[spec-id]` prefix. setIssues() merges by number, so a re-poll keeps selections.
class IssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, StateColumn, LifecycleColumn, LabelsColumn, CommentsColumn,
                  UpdatedColumn, SpecColumn, ColumnCount };
    enum Role {
        NumberRole = Qt::UserRole + 1, // int
        SpecIdRole,                    // QString, empty when unlinked
        IsOpenRole,                    // bool
        LabelNamesRole,                // QStringList
        SearchTextRole,                // QString: number, title, spec id, labels, author (lower case)
        LifecycleGroupsRole,           // QList<int> of IssueLifecycle::Group
        UpdatedRole,                   // QDateTime
    };

    explicit IssueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIssues(const QList<GitHubIssue> &issues);
    // Replaces one issue (by number), e.g. after a label change; false when it is not listed.
    bool updateIssue(const GitHubIssue &issue);
    void clear();

    // issue number → spec id, from the loaded catalog's specification.yaml files.
    void setSpecLinks(const QHash<int, QString> &issueToSpec);

    int rowOfIssue(int number) const; // -1 when absent
    const GitHubIssue &issueAt(int row) const;
    const IssueLifecycle &lifecycleAt(int row) const;
    QString specIdAt(int row) const;
    // Numbers of the issues linked to a spec, newest first.
    QList<int> issuesForSpec(const QString &specId) const;
    QList<GitHubIssue> issues() const;

private:
    struct Row
    {
        GitHubIssue issue;
        IssueLifecycle lifecycle;
        QString specId;
        QString searchText;
    };
    Row makeRow(const GitHubIssue &issue) const;
    void relink();

    QList<Row> m_rows;
    QHash<int, int> m_rowOfNumber;
    QHash<int, QString> m_specLinks;
};
