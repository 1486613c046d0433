#include "issuethread.h"

IssueThread IssueThread::build(const GitHubIssue &issue, const QList<GitHubComment> &comments)
{
    IssueThread thread;
    thread.issue = issue;
    GitHubComment opening;
    opening.author = issue.author;
    opening.body = issue.body;
    opening.createdAt = issue.createdAt;
    opening.updatedAt = issue.updatedAt;
    opening.htmlUrl = issue.htmlUrl;
    thread.entries.reserve(comments.size() + 1);
    thread.entries.append({opening, ThreadMarkdown::prepare(opening.body), {}});
    for (const GitHubComment &comment : comments)
        thread.entries.append({comment, ThreadMarkdown::prepare(comment.body), AiReviewSummary::parse(comment.body)});
    return thread;
}

QList<AiReviewSummary> IssueThread::reviews() const
{
    QList<AiReviewSummary> reviews;
    for (const IssueThreadEntry &entry : entries) {
        if (entry.review.isRecognised())
            reviews.append(entry.review);
    }
    return reviews;
}
