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
    auto *watcher = new QFutureWatcher<GitHubResult<GitHubIssue>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_submitting = false;
        const GitHubResult<GitHubIssue> result = watcher->result();
        if (result.ok()) {
            if (m_session)
                m_session->markSubmitted(result.value.number);
            Q_EMIT submitted(result.value.number, result.value.htmlUrl);
            return;
        }
        const QString message = result.error.message.isEmpty()
            ? QCoreApplication::translate("SpecDraftSubmitter", "GitHub did not create the issue.")
            : result.error.message;
        if (m_session)
            m_session->markSubmitFailed(message);
        Q_EMIT failed(message);
    });
    watcher->setFuture(m_client->createIssue(issue.title, issue.body, issue.labels));
    return true;
}
