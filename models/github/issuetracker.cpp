#include "issuetracker.h"

#include "issuemodel.h"

#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
QString commentKey(const GitHubChange &change)
{
    return QString::number(change.issueNumber) + u':' + change.body;
}
} // namespace

IssueTracker::IssueTracker(GitHubClient *client, IssueModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_pollTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &IssueTracker::refresh);
    connect(client, &GitHubClient::rateLimitChanged, this, &IssueTracker::statusChanged);
    connect(client, &GitHubClient::authStateChanged, this, [this] {
        m_login.clear();
        Q_EMIT statusChanged();
    });
}

void IssueTracker::setPollInterval(int msecs)
{
    if (msecs > 0)
        m_pollTimer.start(msecs);
    else
        m_pollTimer.stop();
}

void IssueTracker::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    Q_EMIT refreshStarted();
    Q_EMIT statusChanged();
    m_client->listIssues(m_query).then(this, [this](const GitHubResult<GitHubIssueList> &result) {
        m_refreshing = false;
        m_lastError = result.error;
        if (result.ok()) {
            m_lastRefreshed = QDateTime::currentDateTimeUtc();
            // Always: an all-304 answer still carries the cached issues, and after a restart the
            // model is empty (setIssues() leaves unchanged rows alone).
            m_model->setIssues(result.value.issues);
            Q_EMIT refreshed(int(result.value.issues.size()), result.value.notModified());
        } else {
            Q_EMIT refreshFailed(result.error);
        }
        Q_EMIT statusChanged();
    });
}

QString IssueTracker::statusText() const
{
    QStringList parts;
    if (m_refreshing)
        parts.append(tr("Loading issues of %1…").arg(m_client->repository().fullName()));
    else if (m_lastError.isError())
        parts.append(m_lastError.message);
    else if (m_lastRefreshed.isValid())
        parts.append(tr("%n issue(s), checked %1", nullptr, m_model->rowCount())
                         .arg(QLocale().toString(m_lastRefreshed.toLocalTime().time(), QLocale::ShortFormat)));
    if (m_client->rateLimit().isKnown())
        parts.append(m_client->rateLimitText());
    if (m_client->authState() != GitHubClient::AuthState::Valid)
        parts.append(m_client->authStateText());
    return parts.join(u" · "_s);
}

QFuture<GitHubResult<IssueThread>> IssueTracker::loadThread(int number)
{
    auto promise = std::make_shared<QPromise<GitHubResult<IssueThread>>>();
    promise->start();
    QFuture<GitHubResult<IssueThread>> future = promise->future();
    m_client->issue(number).then(this, [this, number, promise](const GitHubResult<GitHubIssue> &issue) {
        if (!issue.ok()) {
            promise->addResult(GitHubResult<IssueThread>{{}, issue.error});
            promise->finish();
            return;
        }
        if (m_model->rowOfIssue(number) >= 0)
            m_model->updateIssue(issue.value);
        m_client->listComments(number).then(this, [promise, issue = issue.value](const GitHubResult<QList<GitHubComment>> &comments) {
            if (!comments.ok()) {
                promise->addResult(GitHubResult<IssueThread>{{}, comments.error});
                promise->finish();
                return;
            }
            // Markdown clean-up and review parsing of a long thread happen off the GUI thread.
            QtConcurrent::run(&IssueThread::build, issue, comments.value).then([promise](const IssueThread &thread) {
                promise->addResult(GitHubResult<IssueThread>{thread, {}});
                promise->finish();
            });
        });
    });
    return future;
}

QFuture<GitHubResult<qint64>> IssueTracker::apply(const GitHubChange &change)
{
    auto promise = std::make_shared<QPromise<GitHubResult<qint64>>>();
    promise->start();
    QFuture<GitHubResult<qint64>> future = promise->future();
    switch (change.kind) {
    case GitHubChange::Kind::AddLabel:
    case GitHubChange::Kind::RemoveLabel: applyLabel(change, promise); break;
    case GitHubChange::Kind::AddComment: applyComment(change, promise); break;
    case GitHubChange::Kind::CreateIssue: applyCreate(change, promise); break;
    }
    return future;
}

void IssueTracker::finish(const Promise &promise, const GitHubChange &change, const GitHubError &error, qint64 value,
                          const QString &rollbackText)
{
    if (error.isError()) {
        Q_EMIT changeFailed(change, tr("%1 failed: %2 %3").arg(change.summary(), error.message, rollbackText).trimmed());
    } else {
        Q_EMIT changeApplied(change);
    }
    promise->addResult(GitHubResult<qint64>{value, error});
    promise->finish();
    Q_EMIT statusChanged();
}

void IssueTracker::applyLabel(const GitHubChange &change, const Promise &promise)
{
    const bool adding = change.kind == GitHubChange::Kind::AddLabel;
    // Optimistic: the model shows the label change at once.
    bool changedModel = false;
    if (const int row = m_model->rowOfIssue(change.issueNumber); row >= 0) {
        GitHubIssue issue = m_model->issueAt(row);
        if (adding && !issue.hasLabel(change.label)) {
            issue.labels.append({change.label, {}, {}});
            changedModel = true;
        } else if (!adding) {
            changedModel = issue.labels.removeIf([&](const GitHubLabel &l) { return l.name == change.label; }) > 0;
        }
        if (changedModel)
            m_model->updateIssue(issue);
    }
    auto call = adding ? m_client->addLabels(change.issueNumber, {change.label})
                       : m_client->removeLabel(change.issueNumber, change.label);
    call.then(this, [this, change, promise, adding, changedModel](const GitHubResult<QList<GitHubLabel>> &result) {
        const int row = m_model->rowOfIssue(change.issueNumber);
        if (result.ok()) {
            if (row >= 0) {
                GitHubIssue issue = m_model->issueAt(row);
                issue.labels = result.value; // GitHub's answer is the truth
                m_model->updateIssue(issue);
            }
            finish(promise, change, {}, 0, {});
            return;
        }
        if (row >= 0 && changedModel) {
            // Roll back only this label; anything else that changed meanwhile stays.
            GitHubIssue issue = m_model->issueAt(row);
            if (adding)
                issue.labels.removeIf([&](const GitHubLabel &l) { return l.name == change.label; });
            else if (!issue.hasLabel(change.label))
                issue.labels.append({change.label, {}, {}});
            m_model->updateIssue(issue);
        }
        finish(promise, change, result.error, 0, changedModel ? tr("The label change was undone.") : QString());
    });
}

void IssueTracker::adjustCommentCount(int number, int delta)
{
    const int row = m_model->rowOfIssue(number);
    if (row < 0)
        return;
    GitHubIssue issue = m_model->issueAt(row);
    issue.comments = std::max(0, issue.comments + delta);
    m_model->updateIssue(issue);
}

void IssueTracker::findPostedComment(const GitHubChange &change, std::function<void(qint64, const GitHubError &)> done)
{
    auto search = [this, change, done] {
        m_client->listComments(change.issueNumber).then(this, [this, change, done](const GitHubResult<QList<GitHubComment>> &comments) {
            if (!comments.ok()) {
                done(0, comments.error);
                return;
            }
            for (auto it = comments.value.crbegin(); it != comments.value.crend(); ++it) {
                if (it->body == change.body && (m_login.isEmpty() || it->author == m_login)) {
                    done(it->id, {});
                    return;
                }
            }
            done(0, {});
        });
    };
    if (!m_login.isEmpty()) {
        search();
        return;
    }
    m_client->currentUserLogin().then(this, [this, search](const GitHubResult<QString> &login) {
        if (login.ok())
            m_login = login.value;
        search();
    });
}

void IssueTracker::applyComment(const GitHubChange &change, const Promise &promise)
{
    adjustCommentCount(change.issueNumber, +1);
    if (!m_uncertainComments.contains(commentKey(change))) {
        postComment(change, promise);
        return;
    }
    // An earlier attempt's answer was lost: it may have been posted. Look before posting again.
    findPostedComment(change, [this, change, promise](qint64 id, const GitHubError &error) {
        if (error.isError()) {
            adjustCommentCount(change.issueNumber, -1);
            finish(promise, change, error, 0, tr("Your text is kept."));
        } else if (id != 0) {
            m_uncertainComments.remove(commentKey(change));
            finish(promise, change, {}, id, {});
        } else {
            m_uncertainComments.remove(commentKey(change));
            postComment(change, promise);
        }
    });
}

void IssueTracker::postComment(const GitHubChange &change, const Promise &promise)
{
    m_client->addComment(change.issueNumber, change.body).then(this, [this, change, promise](const GitHubResult<GitHubComment> &result) {
        if (result.ok()) {
            finish(promise, change, {}, result.value.id, {});
            return;
        }
        if (result.error.kind != GitHubError::Kind::Network) {
            adjustCommentCount(change.issueNumber, -1);
            finish(promise, change, result.error, 0, tr("The comment was not posted; your text is kept."));
            return;
        }
        // The request may have reached GitHub even though its answer did not reach us.
        m_uncertainComments.insert(commentKey(change));
        findPostedComment(change, [this, change, promise, networkError = result.error](qint64 id, const GitHubError &error) {
            if (!error.isError() && id != 0) {
                m_uncertainComments.remove(commentKey(change));
                finish(promise, change, {}, id, {});
                return;
            }
            if (!error.isError())
                m_uncertainComments.remove(commentKey(change)); // looked: it is not there
            adjustCommentCount(change.issueNumber, -1);
            finish(promise, change, networkError, 0,
                   error.isError() ? tr("It may have been posted: your text is kept, and trying again checks first.")
                                   : tr("The comment was not posted; your text is kept."));
        });
    });
}

void IssueTracker::applyCreate(const GitHubChange &change, const Promise &promise)
{
    m_client->createIssue(change.title, change.body, change.labels).then(this, [this, change, promise](const GitHubResult<GitHubIssue> &result) {
        if (result.ok()) {
            QList<GitHubIssue> issues = m_model->issues();
            issues.prepend(result.value);
            m_model->setIssues(issues);
        }
        finish(promise, change, result.error, result.ok() ? result.value.number : 0,
               result.ok() ? QString() : tr("Nothing was created; your text is kept."));
    });
}
