#include "specdraftsubmitter.h"

#include "githubclient.h"
#include "specdraftsession.h"

#include <QCoreApplication>

SpecDraftSubmitter::SpecDraftSubmitter(GitHubClient *client, SpecDraftSession *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
}

bool SpecDraftSubmitter::submit(const SpecDraftIssue &issue, bool again)
{
    if (m_submitting || !m_client || !m_session)
        return false;
    if (m_session->draft().submittedIssue > 0 && !again)
        return false;
    m_submitting = true;
    m_session->waitForSaves(); // the draft is on disk before anything leaves the machine
    if (m_session->draft().lastSubmitError.isEmpty()) {
        create(issue);
        return true;
    }
    // A retry: did the failed attempt reach GitHub after all?
    auto *watcher = new QFutureWatcher<GitHubResult<GitHubIssueList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, issue] {
        watcher->deleteLater();
        const GitHubResult<GitHubIssueList> result = watcher->result();
        if (!result.ok()) {
            failedWith(result.error);
            return;
        }
        for (const GitHubIssue &existing : result.value.issues)
            if (existing.title == issue.title && existing.body.trimmed() == issue.body.trimmed()) {
                succeeded(existing);
                return;
            }
        create(issue);
    });
    GitHubIssueQuery query;
    query.state = QStringLiteral("all");
    query.labels = issue.labels;
    watcher->setFuture(m_client->listIssues(query));
    return true;
}

void SpecDraftSubmitter::create(const SpecDraftIssue &issue)
{
    auto *watcher = new QFutureWatcher<GitHubResult<GitHubIssue>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const GitHubResult<GitHubIssue> result = watcher->result();
        if (result.ok())
            succeeded(result.value);
        else
            failedWith(result.error);
    });
    watcher->setFuture(m_client->createIssue(issue.title, issue.body, issue.labels));
}

void SpecDraftSubmitter::succeeded(const GitHubIssue &created)
{
    m_submitting = false;
    if (m_session)
        m_session->markSubmitted(created.number);
    Q_EMIT submitted(created.number, created.htmlUrl);
}

void SpecDraftSubmitter::failedWith(const GitHubError &error)
{
    m_submitting = false;
    const QString message = error.message.isEmpty()
        ? QCoreApplication::translate("SpecDraftSubmitter", "GitHub did not create the issue.")
        : error.message;
    if (m_session)
        m_session->markSubmitFailed(message);
    Q_EMIT failed(message);
}
