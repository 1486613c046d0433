#pragma once

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <functional>

class QHttpServerResponder;

// A fake GitHub REST v3 on 127.0.0.1 for the client's tests and benchmarks: repositories with
// issues, labels and comments, pagination with `link` headers, ETags and 304s, x-ratelimit-*
// accounting as GitHub documents it (a 304 costs nothing when authenticated), secondary limits,
// 401 for unknown tokens, 404 for unknown repositories, optional delay, and a dropped connection.
class FakeGitHub : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Comment
    {
        qint64 id = 0;
        QString author;
        QString body;
        QDateTime created;
    };
    struct Issue
    {
        int number = 0;
        QString title;
        QString body;
        QString state = QStringLiteral("open");
        QString author = QStringLiteral("octocat");
        QStringList labels;
        QList<Comment> comments;
        bool pullRequest = false;
        QDateTime updated;
    };
    struct Repository
    {
        QMap<int, Issue> issues;
        int nextNumber = 1;
    };
    struct LoggedRequest
    {
        QByteArray method;
        QByteArray encodedPath;  // as sent, percent-encoding kept
        QString query;
        QByteArray authorization;
        QByteArray ifNoneMatch;
        int status = 0;
    };
    struct Quota
    {
        int limit = 0;
        int remaining = 0;
    };

    explicit FakeGitHub(QObject *parent = nullptr);

    // Listens on 127.0.0.1 on a free port; returns the API URL (with the path prefix).
    QUrl start(quint16 port = 0);
    QUrl url() const;
    void setPathPrefix(const QString &prefix) { m_prefix = prefix; } // "/api/v3": GitHub Enterprise

    Repository &addRepository(const QString &fullName);
    Repository *repository(const QString &fullName);
    Issue &addIssue(const QString &fullName, const QString &title, const QStringList &labels = {},
                    const QString &body = {}, const QString &state = QStringLiteral("open"));
    void addComment(const QString &fullName, int number, const QString &author, const QString &body);
    // Fills a repository with `count` issues carrying lifecycle labels.
    void addLifecycleIssues(const QString &fullName, int count);

    void addToken(const QByteArray &token, const QString &login);
    void revokeToken(const QByteArray &token);
    void setQuota(const QByteArray &identity, int limit, int remaining); // identity: token, or "" for anonymous
    Quota quota(const QByteArray &identity) const;

    // The next `count` requests are answered `status` (403 or 429) as a secondary limit.
    void failNext(int count, int status, int retryAfterSeconds);
    void setResponseDelay(int msecs) { m_delayMs = msecs; }
    // The next POST of a comment is stored, then the connection is closed without an answer.
    void dropNextCommentResponse() { m_dropNextComment = true; }

    QList<LoggedRequest> log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    int peakConcurrentRequests() const { return m_peakConcurrent; }
    int peakConcurrentWrites() const { return m_peakConcurrentWrites; }
    void resetPeaks() { m_peakConcurrent = m_peakConcurrentWrites = 0; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    Answer route(const QHttpServerRequest &request, const QByteArray &identity, bool *countsQuota, bool *drop);
    Answer listIssues(const QString &repo, const QHttpServerRequest &request);
    Answer paginate(qsizetype count, const std::function<QByteArray(qsizetype)> &item, const QHttpServerRequest &request);
    QByteArray issueJson(const QString &repo, const Issue &issue) const;
    void send(QTcpSocket *socket, const Answer &answer);

    QString m_prefix;
    quint16 m_port = 0;
    QMap<QString, Repository> m_repositories;
    QHash<QByteArray, QString> m_tokens; // token → login
    QHash<QByteArray, Quota> m_quotas;
    QList<LoggedRequest> m_log;
    int m_failCount = 0;
    int m_failStatus = 403;
    int m_failRetryAfter = 1;
    int m_delayMs = 0;
    bool m_dropNextComment = false;
    int m_concurrent = 0;
    int m_concurrentWrites = 0;
    int m_peakConcurrent = 0;
    int m_peakConcurrentWrites = 0;
    qint64 m_nextCommentId = 1000;
    qint64 m_resetEpoch = 0;
};
