#pragma once

#include "githubtypes.h"
#include "specdraftissue.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class GitHubClient;
class SpecDraftSession;

// Creates the new-spec issue of a draft through GitHubClient::createIssue: exactly the issue the
// preview showed. The draft stays in the store whatever happens: a failure records its reason
// with the draft (restored with it), a success records the issue number. A draft already
// submitted is not submitted again by accident (one issue per draft); and when the last attempt
// failed — perhaps after GitHub had created the issue but before its answer arrived — the open
// spec requests are searched for the same title and body first, so a retry never makes a
// second issue.
class SpecDraftSubmitter : public QObject
{
    Q_OBJECT
public:
    SpecDraftSubmitter(GitHubClient *client, SpecDraftSession *session, QObject *parent = nullptr);

    // False (and nothing sent) while a submit runs, or when the draft already has its issue and
    // `again` is not set.
    bool submit(const SpecDraftIssue &issue, bool again = false);
    bool isSubmitting() const { return m_submitting; }

Q_SIGNALS:
    void submitted(int number, const QString &url);
    void failed(const QString &message);

private:
    void create(const SpecDraftIssue &issue);
    void succeeded(const GitHubIssue &created);
    void failedWith(const GitHubError &error);

    QPointer<GitHubClient> m_client;
    QPointer<SpecDraftSession> m_session;
    bool m_submitting = false;
};
