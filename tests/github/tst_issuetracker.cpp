#include "fakegithub.h"
#include "githubclient.h"
#include "githubtestsupport.h"
#include "issuemodel.h"
#include "issuetracker.h"
#include "githubsession.h"
#include "githubtokenstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_trackerTOKEN";
} // namespace

class TestIssueTracker : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<IssueModel> m_model;
    std::unique_ptr<IssueTracker> m_tracker;

    void loadIssues()
    {
        QSignalSpy refreshed(m_tracker.get(), &IssueTracker::refreshed);
        m_tracker->refresh();
        QVERIFY(refreshed.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeGitHub>();
        m_server->addToken(token, u"maintainer"_s);
        m_server->start();
        m_server->addIssue(repoName, u"[scatter-basic] Basic scatter"_s, {u"spec-request"_s}, u"Body"_s);
        m_server->addIssue(repoName, u"[heatmap-basic] Heatmap"_s, {u"approved"_s});
        m_cache = std::make_unique<QTemporaryDir>();
        m_client = makeTestClient(m_server->url(), m_cache->path(), token, 600);
        m_model = std::make_unique<IssueModel>();
        m_tracker = std::make_unique<IssueTracker>(m_client.get(), m_model.get());
    }
    void cleanup()
    {
        m_tracker.reset();
        m_model.reset();
        m_client.reset();
        m_server.reset();
    }

    void refreshFillsTheModelAndPollsForFree()
    {
        loadIssues();
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_tracker->statusText().contains(u"2 issue"_s));
        QVERIFY(m_tracker->statusText().contains(u"GitHub requests left"_s));
        const int remaining = m_server->quota(token).remaining;
        QSignalSpy refreshed(m_tracker.get(), &IssueTracker::refreshed);
        m_tracker->setPollInterval(50);
        QVERIFY(refreshed.wait(5000));
        m_tracker->setPollInterval(0);
        QCOMPARE(refreshed.first().at(1).toBool(), true); // not modified
        QCOMPARE(m_server->quota(token).remaining, remaining);
    }

    // Regression: after a restart every page is answered 304 from the ETag cache on disk; the
    // fresh model must still be filled from the cached answers.
    void restartWithAWarmCacheFillsTheModel()
    {
        loadIssues();
        m_tracker.reset();
        m_model = std::make_unique<IssueModel>();
        m_client.reset();
        m_client = makeTestClient(m_server->url(), m_cache->path(), token);
        m_tracker = std::make_unique<IssueTracker>(m_client.get(), m_model.get());
        QSignalSpy refreshed(m_tracker.get(), &IssueTracker::refreshed);
        m_tracker->refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().at(1).toBool(), true); // all 304
        QCOMPARE(m_model->rowCount(), 2);
    }

    void sessionHonoursSettingsAndTheApiUrlOverride()
    {
        qputenv("GITHUB_TOKEN", token);
        QTemporaryDir home;
        qputenv("XDG_CACHE_HOME", home.path().toUtf8());
        GitHubSession session;
        GitHubSettings settings;
        settings.repository = GitHubRepository::parse(repoName);
        settings.apiUrl = QUrl(u"https://api.github.com"_s); // overridden below: never contacted
        settings.pollMinutes = 0;
        session.setApiUrlOverride(m_server->url());
        QSignalSpy refreshed(session.tracker(), &IssueTracker::refreshed);
        session.applySettings(settings);
        QCOMPARE(session.client()->apiUrl(), m_server->url());
        session.start(); // token from the environment, then a listing
        QVERIFY(refreshed.wait(10000));
        QTRY_COMPARE(session.model()->rowCount(), 2);
        QVERIFY(session.client()->hasToken());
        QCOMPARE(session.client()->authState(), GitHubClient::AuthState::Valid);
        for (const auto &request : m_server->log())
            QCOMPARE(request.authorization, "token " + token);
        qunsetenv("GITHUB_TOKEN");
    }

    void refreshFailureIsReported()
    {
        m_client->setRepository(GitHubRepository::parse(u"gone/away"_s));
        QSignalSpy failed(m_tracker.get(), &IssueTracker::refreshFailed);
        m_tracker->refresh();
        QVERIFY(failed.wait(5000));
        QVERIFY(m_tracker->statusText().contains(u"gone/away"_s));
    }

    void labelIsShownAtOnceAndKeptOnSuccess()
    {
        loadIssues();
        const int row = m_model->rowOfIssue(1);
        auto future = m_tracker->apply(GitHubChange::addLabel(m_client->repository(), 1, u"approved"_s));
        // Optimistic: before GitHub answered.
        QVERIFY(m_model->issueAt(row).hasLabel(u"approved"_s));
        QCOMPARE(m_model->lifecycleAt(row).stage, IssueLifecycle::SpecStage::Approved);
        QVERIFY(awaitResult(future).ok());
        QVERIFY(m_model->issueAt(row).hasLabel(u"approved"_s));
        QCOMPARE(m_server->repository(repoName)->issues[1].labels, (QStringList{u"spec-request"_s, u"approved"_s}));
        QVERIFY(awaitResult(m_tracker->apply(GitHubChange::removeLabel(m_client->repository(), 1, u"spec-request"_s))).ok());
        QCOMPARE(m_model->issueAt(row).labelNames(), QStringList{u"approved"_s});
    }

    void refusedLabelIsRolledBackWithAMessage()
    {
        loadIssues();
        const int row = m_model->rowOfIssue(2);
        m_server->revokeToken(token);
        QSignalSpy failed(m_tracker.get(), &IssueTracker::changeFailed);
        auto future = m_tracker->apply(GitHubChange::addLabel(m_client->repository(), 2, u"generate:matplotlib"_s));
        QVERIFY(m_model->issueAt(row).hasLabel(u"generate:matplotlib"_s));
        const auto result = awaitResult(future);
        QCOMPARE(result.error.kind, GitHubError::Kind::Unauthorized);
        QVERIFY(!m_model->issueAt(row).hasLabel(u"generate:matplotlib"_s));
        QCOMPARE(m_model->issueAt(row).labelNames(), QStringList{u"approved"_s});
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"generate:matplotlib"_s) && message.contains(u"undone"_s)
                     && message.contains(u"sign in again"_s),
                 qPrintable(message));
    }

    void removedLabelComesBackOnFailure()
    {
        loadIssues();
        const int row = m_model->rowOfIssue(2);
        m_server->failNext(10, 403, 0);
        GitHubClient::Options options;
        auto future = m_tracker->apply(GitHubChange::removeLabel(m_client->repository(), 2, u"approved"_s));
        QVERIFY(!m_model->issueAt(row).hasLabel(u"approved"_s));
        const auto result = awaitResult(future, 30000);
        QVERIFY(result.error.isError());
        QVERIFY(m_model->issueAt(row).hasLabel(u"approved"_s));
    }

    void commentPostedAndCounted()
    {
        loadIssues();
        const int row = m_model->rowOfIssue(1);
        auto future = m_tracker->apply(GitHubChange::comment(m_client->repository(), 1, u"Looks good."_s));
        QCOMPARE(m_model->issueAt(row).comments, 1);
        const auto result = awaitResult(future);
        QVERIFY(result.ok());
        QVERIFY(result.value > 0);
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.size(), 1);
    }

    void droppedConnectionWhilePostingNeverDuplicates()
    {
        loadIssues();
        m_server->dropNextCommentResponse();
        const QString text = u"Approving: the spec is complete."_s;
        const auto result = awaitResult(m_tracker->apply(GitHubChange::comment(m_client->repository(), 1, text)));
        // The answer was lost, but the comment reached GitHub: found, reported posted, not re-sent.
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.size(), 1);
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.first().body, text);
        int posts = 0;
        for (const auto &request : m_server->log())
            posts += request.method == "POST";
        QCOMPARE(posts, 1);
    }

    void unreachableWhilePostingKeepsTheTextAndChecksBeforeRetry()
    {
        loadIssues();
        const int row = m_model->rowOfIssue(1);
        // The server takes the comment, then goes silent past the timeout for everything.
        m_server->dropNextCommentResponse();
        m_server->setResponseDelay(2000);
        QSignalSpy failed(m_tracker.get(), &IssueTracker::changeFailed);
        const QString text = u"Second attempt text"_s;
        const GitHubChange change = GitHubChange::comment(m_client->repository(), 1, text);
        const auto result = awaitResult(m_tracker->apply(change), 20000);
        QCOMPARE(result.error.kind, GitHubError::Kind::Network);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(1).toString().contains(u"text is kept"_s), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(failed.first().at(0).value<GitHubChange>().body, text);
        QCOMPARE(m_model->issueAt(row).comments, 0); // rolled back
        // The network is back: the retry finds the first attempt instead of posting it twice.
        m_server->setResponseDelay(0);
        const auto retry = awaitResult(m_tracker->apply(change), 20000);
        QVERIFY2(retry.ok(), qPrintable(retry.error.message));
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.size(), 1);
        // A comment that truly never arrived is posted on retry.
        const auto fresh = awaitResult(m_tracker->apply(GitHubChange::comment(m_client->repository(), 1, u"new"_s)));
        QVERIFY(fresh.ok());
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.size(), 2);
    }

    void createIssueAddsItToTheModel()
    {
        loadIssues();
        ImplementationReport report{u"scatter-basic"_s, {u"matplotlib"_s}, u"data"_s, u"Points are shifted by one."_s};
        const auto result = awaitResult(m_tracker->apply(report.toChange(m_client->repository())));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value, 3);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->issueAt(0).labelNames(), QStringList{u"report-pending"_s});
        QCOMPARE(m_model->lifecycleAt(0).report, IssueLifecycle::ReportState::Pending);
        QCOMPARE(m_model->specIdAt(0), u"scatter-basic"_s);
    }

    void threadLoadsBodyCommentsAndReviews()
    {
        m_server->addComment(repoName, 1, u"github-actions[bot]"_s,
                             u"## AI Review - Attempt 1/3\n\n### Score: 91/100\n\n### Verdict: APPROVED"_s);
        for (int i = 0; i < 130; ++i)
            m_server->addComment(repoName, 1, u"someone"_s, u"comment %1"_s.arg(i));
        const auto result = awaitResult(m_tracker->loadThread(1));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.entries.size(), 132);
        QCOMPARE(result.value.entries.first().comment.body, u"Body"_s);
        QCOMPARE(result.value.reviews().size(), 1);
        QCOMPARE(result.value.reviews().first().score, 91);
        QCOMPARE(awaitResult(m_tracker->loadThread(99)).error.kind, GitHubError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIssueTracker)
#include "tst_issuetracker.moc"
