#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Value types of the GitHub REST v3 client. Plain, copyable, parsed from the API's JSON; they
// never hold the token.

// "OWNER/NAME". Valid when both parts are non-empty and hold only GitHub's allowed characters.
struct GitHubRepository
{
    QString owner;
    QString name;

    static GitHubRepository parse(const QString &ownerSlashName); // invalid on a malformed text
    static GitHubRepository defaultCatalog();                      // MarkusNeusinger/anyplot
    bool isValid() const;
    QString fullName() const { return owner + u'/' + name; }
    friend bool operator==(const GitHubRepository &, const GitHubRepository &) = default;
};

struct GitHubLabel
{
    QString name;
    QString color;       // "d73a4a", no '#'; may be empty
    QString description;

    static GitHubLabel fromJson(const QJsonObject &object);
    friend bool operator==(const GitHubLabel &, const GitHubLabel &) = default;
};

struct GitHubIssue
{
    int number = 0;
    QString title;
    QString body;              // raw Markdown, as the author wrote it (may be huge, HTML, …)
    QString state;             // "open" or "closed"
    QString stateReason;       // "completed", "not_planned", "duplicate" or empty
    QString author;            // login
    QList<GitHubLabel> labels;
    int comments = 0;          // number of comments
    QDateTime createdAt;       // UTC
    QDateTime updatedAt;
    QDateTime closedAt;
    QString htmlUrl;
    bool isPullRequest = false; // the issues endpoint lists pull requests too

    static GitHubIssue fromJson(const QJsonObject &object);
    QStringList labelNames() const;
    bool hasLabel(const QString &name) const;
    bool isOpen() const { return state != QLatin1StringView("closed"); }
    // The spec id of a "[spec-id] title" prefix (CONTRACTS.md §5), or empty.
    QString titleSpecId() const;
    friend bool operator==(const GitHubIssue &, const GitHubIssue &) = default;
};

struct GitHubComment
{
    qint64 id = 0;
    QString author;
    QString authorType;        // "User" or "Bot"
    QString body;              // raw Markdown
    QDateTime createdAt;
    QDateTime updatedAt;
    QString htmlUrl;

    static GitHubComment fromJson(const QJsonObject &object);
    friend bool operator==(const GitHubComment &, const GitHubComment &) = default;
};

// The x-ratelimit-* headers of the last response. limit < 0: not seen yet.
struct GitHubRateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset;           // UTC, when remaining refills
    QString resource;          // "core", "search", …

    bool isKnown() const { return limit >= 0; }
    bool isExhausted() const { return isKnown() && remaining == 0; }
    friend bool operator==(const GitHubRateLimit &, const GitHubRateLimit &) = default;
};

struct GitHubError
{
    enum class Kind {
        None,
        Network,               // no answer: connection refused, dropped, timed out
        Unauthorized,          // 401: bad, expired or revoked token: sign in again
        Forbidden,             // 403 without a rate limit: no permission
        NotFound,              // 404: no such repository / issue (or private without access)
        RateLimited,           // primary limit exhausted until GitHubError::retryAt
        SecondaryRateLimited,  // 403/429 with retry-after, still limited after the retries
        Validation,            // 422: GitHub refused the content
        Server,                // 5xx, other statuses
        InvalidResponse,       // unparsable JSON, unsafe link header …
        NoToken,               // a write without a token
        InvalidRepository,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;           // for people: what happened and what to do (never holds the token)
    QDateTime retryAt;         // RateLimited: when the quota refills

    bool isError() const { return kind != Kind::None; }
    static QString kindKey(Kind kind); // "network", "unauthorized", … (for --json)
};

// What every client call resolves to: a value, or an error.
template<typename T>
struct GitHubResult
{
    T value{};
    GitHubError error;

    bool ok() const { return !error.isError(); }
};

// A whole issue listing (every page).
struct GitHubIssueList
{
    QList<GitHubIssue> issues;
    int requests = 0;          // HTTP requests it took
    int notModifiedPages = 0;  // of which were answered 304 from the ETag cache
    bool notModified() const { return requests > 0 && notModifiedPages == requests; }
};

// Which issues to list: GET /repos/{owner}/{repo}/issues.
struct GitHubIssueQuery
{
    QString state = QStringLiteral("open"); // open, closed, all; empty: GitHub's default (open)
    QStringList labels;                     // all of them (GitHub's AND)
    bool includePullRequests = false;
};

Q_DECLARE_METATYPE(GitHubRateLimit)
Q_DECLARE_METATYPE(GitHubIssue)
