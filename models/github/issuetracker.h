#pragma once

#include "githubchange.h"
#include "githubclient.h"
#include "issuethread.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

class IssueModel;

// Drives the lifecycle from the app: keeps an IssueModel filled from the client (on request and
// by polling, which costs no quota while nothing changes), loads threads, and applies changes
// optimistically — the model shows a change at once and rolls it back, with a clear message, when
// GitHub refuses it. A comment whose answer was lost (network dropped) is looked up before it is
// reported failed or posted again, so it is never duplicated.
class IssueTracker : public QObject
{
    Q_OBJECT
public:
    IssueTracker(GitHubClient *client, IssueModel *model, QObject *parent = nullptr);

    GitHubClient *client() const { return m_client; }
    IssueModel *model() const { return m_model; }

    void refresh();
    void setQuery(const GitHubIssueQuery &query) { m_query = query; }
    GitHubIssueQuery query() const { return m_query; }
    void setPollInterval(int msecs); // 0: no polling
    bool isRefreshing() const { return m_refreshing; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    GitHubError lastError() const { return m_lastError; }
    // "214 issues, checked 10:42 · 4,987 of 5,000 GitHub requests left"
    QString statusText() const;

    QFuture<GitHubResult<IssueThread>> loadThread(int number);

    // Applies one change (already confirmed by the user). Resolves to the created issue number,
    // the comment id, or 0 for a label change.
    QFuture<GitHubResult<qint64>> apply(const GitHubChange &change);

Q_SIGNALS:
    void refreshStarted();
    void refreshed(int issues, bool notModified);
    void refreshFailed(const GitHubError &error);
    void changeApplied(const GitHubChange &change);
    // The change was rolled back; message says what happened and what to do.
    void changeFailed(const GitHubChange &change, const QString &message);
    void statusChanged();

private:
    using Promise = std::shared_ptr<QPromise<GitHubResult<qint64>>>;
    void applyLabel(const GitHubChange &change, const Promise &promise);
    void applyComment(const GitHubChange &change, const Promise &promise);
    void postComment(const GitHubChange &change, const Promise &promise);
    void applyCreate(const GitHubChange &change, const Promise &promise);
    // Looks for the change's comment among the issue's comments: found → its id, else 0.
    void findPostedComment(const GitHubChange &change, std::function<void(qint64, const GitHubError &)> done);
    void adjustCommentCount(int number, int delta);
    void finish(const Promise &promise, const GitHubChange &change, const GitHubError &error, qint64 value,
                const QString &rollbackText);

    GitHubClient *m_client;
    IssueModel *m_model;
    GitHubIssueQuery m_query{QStringLiteral("all"), {}, false};
    QTimer m_pollTimer;
    bool m_refreshing = false;
    QDateTime m_lastRefreshed;
    GitHubError m_lastError;
    QString m_login;                       // the signed-in user, once known
    QSet<QString> m_uncertainComments;     // "number:body" whose POST answer was lost
};
