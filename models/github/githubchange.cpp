#include "githubchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GitHubChange", text);
}
QString issuePath(const GitHubChange &change)
{
    return u"/repos/%1/issues/%2"_s.arg(change.repository.fullName()).arg(change.issueNumber);
}
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

GitHubChange GitHubChange::comment(const GitHubRepository &repository, int number, const QString &body)
{
    return {Kind::AddComment, repository, number, {}, {}, body, {}};
}

GitHubChange GitHubChange::addLabel(const GitHubRepository &repository, int number, const QString &label)
{
    return {Kind::AddLabel, repository, number, label, {}, {}, {}};
}

GitHubChange GitHubChange::removeLabel(const GitHubRepository &repository, int number, const QString &label)
{
    return {Kind::RemoveLabel, repository, number, label, {}, {}, {}};
}

GitHubChange GitHubChange::createIssue(const GitHubRepository &repository, const QString &title, const QString &body,
                                       const QStringList &labels)
{
    return {Kind::CreateIssue, repository, 0, {}, title, body, labels};
}

QString GitHubChange::summary() const
{
    const QString where = u"%1#%2"_s.arg(repository.fullName()).arg(issueNumber);
    switch (kind) {
    case Kind::AddComment: return tr("Post a comment of %1 characters on %2").arg(body.size()).arg(where);
    case Kind::AddLabel: return tr("Add the label '%1' to %2").arg(label, where);
    case Kind::RemoveLabel: return tr("Remove the label '%1' from %2").arg(label, where);
    case Kind::CreateIssue:
        return tr("Create an issue in %1 titled '%2' with the labels %3")
            .arg(repository.fullName(), title, labels.isEmpty() ? tr("(none)") : labels.join(u", "_s));
    }
    return {};
}

QString GitHubChange::request() const
{
    switch (kind) {
    case Kind::AddComment:
        return u"POST "_s + issuePath(*this) + u"/comments\n"_s + json({{u"body"_s, body}});
    case Kind::AddLabel:
        return u"POST "_s + issuePath(*this) + u"/labels\n"_s
            + json({{u"labels"_s, QJsonArray{label}}});
    case Kind::RemoveLabel:
        return u"DELETE "_s + issuePath(*this) + u"/labels/"_s + QString::fromLatin1(QUrl::toPercentEncoding(label));
    case Kind::CreateIssue:
        return u"POST /repos/%1/issues\n"_s.arg(repository.fullName())
            + json({{u"title"_s, title}, {u"body"_s, body}, {u"labels"_s, QJsonArray::fromStringList(labels)}});
    }
    return {};
}

QStringList ImplementationReport::categories()
{
    return {u"visual"_s, u"data"_s, u"functional"_s, u"other"_s};
}

QStringList ImplementationReport::problems() const
{
    QStringList problems;
    static const QRegularExpression idRule(u"^[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
    if (specId.isEmpty())
        problems.append(tr("Name the spec the problem is in."));
    else if (!idRule.match(specId).hasMatch())
        problems.append(tr("'%1' is not a spec id (lower-case words joined by hyphens).").arg(specId));
    if (!categories().contains(category))
        problems.append(tr("Choose a category: visual, data, functional or other."));
    if (description.trimmed().size() < 10)
        problems.append(tr("Describe the problem (at least 10 characters)."));
    return problems;
}

QString ImplementationReport::issueTitle() const
{
    const QString first = description.trimmed().section(u'\n', 0, 0).left(60);
    return u"[%1] Report: %2"_s.arg(specId, first);
}

QString ImplementationReport::issueBody() const
{
    // The shape GitHub's issue form renders: "### Field" headings, "- [X]" for checked boxes.
    static const QStringList allLibraries{u"altair"_s, u"bokeh"_s, u"highcharts"_s, u"letsplot"_s, u"matplotlib"_s,
                                          u"plotly"_s, u"plotnine"_s, u"pygal"_s, u"seaborn"_s};
    QString body = u"### Spec ID\n\n"_s + specId + u"\n\n### Libraries\n\n"_s;
    QStringList listed = allLibraries;
    for (const QString &library : libraries) {
        if (!listed.contains(library))
            listed.append(library);
    }
    for (const QString &library : std::as_const(listed))
        body += (libraries.contains(library) ? u"- [X] "_s : u"- [ ] "_s) + library + u'\n';
    body += u"\n### Category\n\n"_s + category + u"\n\n### Description\n\n"_s + description.trimmed() + u'\n';
    return body;
}

GitHubChange ImplementationReport::toChange(const GitHubRepository &repository) const
{
    return GitHubChange::createIssue(repository, issueTitle(), issueBody(), issueLabels());
}
