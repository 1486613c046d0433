#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "githubtypes.h"

// One change to GitHub, described before it is made: the confirmation shows exactly this.
struct GitHubChange
{
    enum class Kind { AddComment, AddLabel, RemoveLabel, CreateIssue };
    Kind kind = Kind::AddComment;
    GitHubRepository repository;
    int issueNumber = 0;   // 0 for CreateIssue
    QString label;         // AddLabel / RemoveLabel
    QString title;         // CreateIssue
    QString body;          // AddComment / CreateIssue
    QStringList labels;    // CreateIssue

    static GitHubChange comment(const GitHubRepository &repository, int number, const QString &body);
    static GitHubChange addLabel(const GitHubRepository &repository, int number, const QString &label);
    static GitHubChange removeLabel(const GitHubRepository &repository, int number, const QString &label);
    static GitHubChange createIssue(const GitHubRepository &repository, const QString &title, const QString &body,
                                    const QStringList &labels);

    // "Add the label 'approved' to MarkusNeusinger/anyplot#12".
    QString summary() const;
    // The exact request: method, path and JSON body.
    QString request() const;
};

// The report form of the anyplot repository (CONTRACTS.md §5): spec id, libraries, category,
// description; label report-pending. Turned into the issue the form would have created.
struct ImplementationReport
{
    QString specId;
    QStringList libraries;   // empty: the report is about the spec itself
    QString category;        // visual, data, functional, other
    QString description;

    static QStringList categories();
    // Empty when the report can be sent; otherwise what is missing, one message per problem.
    QStringList problems() const;
    QString issueTitle() const;
    QString issueBody() const;
    static QStringList issueLabels() { return {QStringLiteral("report-pending")}; }
    GitHubChange toChange(const GitHubRepository &repository) const;

    Q_DECLARE_TR_FUNCTIONS(ImplementationReport) // its own messages, in the context lupdate gives them
};
Q_DECLARE_METATYPE(GitHubChange)
