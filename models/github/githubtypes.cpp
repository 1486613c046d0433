#include "githubtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

bool isRepositoryPart(const QString &part, bool owner)
{
    // GitHub: owners are alphanumeric with single hyphens; repository names also allow '.' and '_'.
    static const QRegularExpression ownerRule(u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"_s);
    static const QRegularExpression nameRule(u"^[A-Za-z0-9._-]{1,100}$"_s);
    if (part == u"."_s || part == u".."_s)
        return false;
    return (owner ? ownerRule : nameRule).match(part).hasMatch();
}
} // namespace

GitHubRepository GitHubRepository::parse(const QString &ownerSlashName)
{
    const QStringList parts = ownerSlashName.trimmed().split(u'/');
    if (parts.size() != 2 || !isRepositoryPart(parts.at(0), true) || !isRepositoryPart(parts.at(1), false))
        return {};
    return {parts.at(0), parts.at(1)};
}

GitHubRepository GitHubRepository::defaultCatalog()
{
    return {u"MarkusNeusinger"_s, u"anyplot"_s};
}

bool GitHubRepository::isValid() const
{
    return isRepositoryPart(owner, true) && isRepositoryPart(name, false);
}

GitHubLabel GitHubLabel::fromJson(const QJsonObject &object)
{
    return {object.value("name"_L1).toString(), object.value("color"_L1).toString(),
            object.value("description"_L1).toString()};
}

GitHubIssue GitHubIssue::fromJson(const QJsonObject &object)
{
    GitHubIssue issue;
    issue.number = object.value("number"_L1).toInt();
    issue.title = object.value("title"_L1).toString();
    issue.body = object.value("body"_L1).toString();
    issue.state = object.value("state"_L1).toString(u"open"_s);
    issue.stateReason = object.value("state_reason"_L1).toString();
    issue.author = object.value("user"_L1).toObject().value("login"_L1).toString();
    const QJsonArray labels = object.value("labels"_L1).toArray();
    for (const QJsonValue &label : labels) {
        // The API gives objects; issue creation payloads and some fixtures give plain names.
        if (label.isString())
            issue.labels.append({label.toString(), {}, {}});
        else if (label.isObject())
            issue.labels.append(GitHubLabel::fromJson(label.toObject()));
    }
    issue.comments = object.value("comments"_L1).toInt();
    issue.createdAt = parseTime(object.value("created_at"_L1));
    issue.updatedAt = parseTime(object.value("updated_at"_L1));
    issue.closedAt = parseTime(object.value("closed_at"_L1));
    issue.htmlUrl = object.value("html_url"_L1).toString();
    issue.isPullRequest = object.contains("pull_request"_L1);
    return issue;
}

QStringList GitHubIssue::labelNames() const
{
    QStringList names;
    names.reserve(labels.size());
    for (const GitHubLabel &label : labels)
        names.append(label.name);
    return names;
}

bool GitHubIssue::hasLabel(const QString &name) const
{
    for (const GitHubLabel &label : labels) {
        if (label.name == name)
            return true;
    }
    return false;
}

QString GitHubIssue::titleSpecId() const
{
    // CONTRACTS.md §5: ^\[([a-z0-9-]*)\]
    static const QRegularExpression prefix(u"^\\[([a-z0-9-]*)\\]"_s);
    return prefix.match(title).captured(1);
}

GitHubComment GitHubComment::fromJson(const QJsonObject &object)
{
    GitHubComment comment;
    comment.id = object.value("id"_L1).toInteger();
    const QJsonObject user = object.value("user"_L1).toObject();
    comment.author = user.value("login"_L1).toString();
    comment.authorType = user.value("type"_L1).toString();
    comment.body = object.value("body"_L1).toString();
    comment.createdAt = parseTime(object.value("created_at"_L1));
    comment.updatedAt = parseTime(object.value("updated_at"_L1));
    comment.htmlUrl = object.value("html_url"_L1).toString();
    return comment;
}

QString GitHubError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Unauthorized: return u"unauthorized"_s;
    case Kind::Forbidden: return u"forbidden"_s;
    case Kind::NotFound: return u"not-found"_s;
    case Kind::RateLimited: return u"rate-limited"_s;
    case Kind::SecondaryRateLimited: return u"secondary-rate-limited"_s;
    case Kind::Validation: return u"validation"_s;
    case Kind::Server: return u"server"_s;
    case Kind::InvalidResponse: return u"invalid-response"_s;
    case Kind::NoToken: return u"no-token"_s;
    case Kind::InvalidRepository: return u"invalid-repository"_s;
    }
    return u"unknown"_s;
}
