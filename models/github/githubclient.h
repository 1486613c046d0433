#pragma once

#include "githubtypes.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class GitHubEtagCache;

// GitHub REST v3 over one QNetworkAccessManager. Every call is asynchronous (QFuture, resolved on
// the client's thread) and never blocks. What it does for every caller:
// - base URL https://api.github.com, or any other (GitHub Enterprise "https://host/api/v3", a test
//   server): every call honours it, and the token is sent to that origin only;
// - pagination through `link` headers with per_page=100 (pages after the first in parallel when
//   the first page names the last one);
// - conditional GETs (If-None-Match) with a persistent ETag cache, so an unchanged re-poll is all
//   304s and costs no quota;
// - x-ratelimit-* parsed and published; an exhausted quota fails fast with its reset time;
//   secondary limits (403/429 with retry-after) pause the queue and retry;
// - at most maxInFlight requests at once; writes one at a time, in order, never retried blindly;
// - 401 turns the auth state to Rejected ("sign in again").
// The token is never logged, put in a URL, a cache file or an error message.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    enum class AuthState {
        Anonymous, // no token: reading only, 60 requests/hour
        Token,     // a token is set, not yet confirmed by a response
        Valid,     // GitHub accepted the token
        Rejected,  // 401: bad, expired or revoked token
    };
    Q_ENUM(AuthState)

    struct Options
    {
        QUrl apiUrl;               // empty: defaultApiUrl()
        QString cacheDirectory;    // empty: <QStandardPaths::CacheLocation>/github-etags
        bool persistentCache = true;
        int maxInFlight = 6;
        int perPage = 100;         // GitHub's maximum; a recorded fixture may need another
        bool parallelPages = true; // false: follow `next` links one by one (replayed recordings)
        int timeoutMs = 30000;     // per request, without any data
        int maxSecondaryRetries = 3;
        int defaultBackoffMs = 60000;  // a secondary limit without retry-after (GitHub: ≥ 1 minute)
        int maxBackoffMs = 120000;     // a longer retry-after fails instead of waiting
    };

    struct Statistics
    {
        int requestsSent = 0;
        int notModified = 0;       // 304 answers
        int peakInFlight = 0;
        int secondaryBackoffs = 0;
    };

    explicit GitHubClient(QObject *parent = nullptr);
    explicit GitHubClient(const Options &options, QObject *parent = nullptr);
    ~GitHubClient() override;

    static QUrl defaultApiUrl();

    QUrl apiUrl() const;
    void setApiUrl(const QUrl &url);
    GitHubRepository repository() const;
    void setRepository(const GitHubRepository &repository);

    // An empty token signs out. The token cannot be read back.
    void setToken(const QString &token);
    bool hasToken() const;
    AuthState authState() const;
    // One line for the status bar: "Signed in", "Not signed in: reading only, 60 requests/hour", …
    QString authStateText() const;

    GitHubRateLimit rateLimit() const;
    QString rateLimitText() const;   // "4,987 of 5,000 requests left, resets 10:42"
    Statistics statistics() const;
    void resetStatistics();

    // Reads of the configured repository.
    QFuture<GitHubResult<GitHubIssueList>> listIssues(const GitHubIssueQuery &query = {});
    QFuture<GitHubResult<GitHubIssue>> issue(int number);
    QFuture<GitHubResult<QList<GitHubComment>>> listComments(int number);
    QFuture<GitHubResult<QString>> currentUserLogin(); // GET /user: needs a token

    // Writes (need a token). Serialised: one at a time, in the order they were called.
    QFuture<GitHubResult<GitHubIssue>> createIssue(const QString &title, const QString &body,
                                                   const QStringList &labels);
    QFuture<GitHubResult<GitHubComment>> addComment(int issueNumber, const QString &body);
    // Resolve to the issue's labels after the change.
    QFuture<GitHubResult<QList<GitHubLabel>>> addLabels(int issueNumber, const QStringList &labels);
    QFuture<GitHubResult<QList<GitHubLabel>>> removeLabel(int issueNumber, const QString &label);

Q_SIGNALS:
    void rateLimitChanged(const GitHubRateLimit &rateLimit);
    void authStateChanged(GitHubClient::AuthState state);
    // A secondary limit paused every request for msecs.
    void backingOff(int msecs);

private:
    class Private;
    std::unique_ptr<Private> d;
};
