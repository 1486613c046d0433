#pragma once

#include "aireviewsummary.h"
#include "githubtypes.h"
#include "threadmarkdown.h"

// An issue's conversation, ready for a view: the body and every comment made safe to render,
// AI review comments recognised. Built on a worker from what the client fetched.
struct IssueThreadEntry
{
    GitHubComment comment;     // the issue body is the first entry, with id 0
    ThreadMarkdown markdown;
    AiReviewSummary review;
};

struct IssueThread
{
    GitHubIssue issue;
    QList<IssueThreadEntry> entries;

    static IssueThread build(const GitHubIssue &issue, const QList<GitHubComment> &comments);
    QList<AiReviewSummary> reviews() const;
};
