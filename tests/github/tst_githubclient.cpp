#include "fakegithub.h"
#include "githubclient.h"
#include "githubetagcache.h"
#include "githublinkheader.h"
#include "githubtestsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_FAKEtoken0123456789secretSECRET";

QStringList capturedMessages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}
} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;

    std::unique_ptr<GitHubClient> makeClient(bool withToken = true, GitHubClient::Options options = {})
    {
        if (options.apiUrl.isEmpty())
            options.apiUrl = m_server->url();
        if (options.cacheDirectory.isEmpty())
            options.cacheDirectory = m_cacheDir->path();
        options.timeoutMs = std::min(options.timeoutMs, 5000);
        auto client = std::make_unique<GitHubClient>(options);
        client->setRepository(GitHubRepository::parse(repoName));
        if (withToken)
            client->setToken(QString::fromLatin1(token));
        return client;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeGitHub>();
        m_server->addToken(token, u"maintainer"_s);
        m_server->start();
        m_cacheDir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_server.reset();
        m_cacheDir.reset();
    }

    void repositoryParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << u"MarkusNeusinger/anyplot"_s << true;
        QTest::newRow("dots and underscores") << u"a-b/c.d_e"_s << true;
        QTest::newRow("spaces trimmed") << u"  owner/name "_s << true;
        QTest::newRow("no slash") << u"anyplot"_s << false;
        QTest::newRow("three parts") << u"a/b/c"_s << false;
        QTest::newRow("dot dot") << u"owner/.."_s << false;
        QTest::newRow("query injection") << u"owner/name?x=1"_s << false;
        QTest::newRow("empty owner") << u"/name"_s << false;
    }
    void repositoryParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(GitHubRepository::parse(text).isValid(), valid);
    }

    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("last");
        QTest::newRow("github") << QByteArray(R"(<https://api.github.com/repositories/1/issues?page=2>; rel="next", )"
                                               R"(<https://api.github.com/repositories/1/issues?page=10>; rel="last")")
                                << 2 << 10;
        QTest::newRow("last page") << QByteArray(R"(<https://x/i?page=1>; rel="first", <https://x/i?page=9>; rel="prev")") << 0 << 0;
        QTest::newRow("no quotes") << QByteArray("<https://x/i?page=3>; rel=next") << 3 << 0;
        QTest::newRow("garbage") << QByteArray("<<<; rel=\"next\"") << 0 << 0;
        QTest::newRow("empty") << QByteArray() << 0 << 0;
        QTest::newRow("relative url ignored") << QByteArray(R"(</i?page=2>; rel="next")") << 0 << 0;
    }
    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, next);
        QFETCH(int, last);
        const auto links = GitHubLinkHeader::parse(header);
        QCOMPARE(GitHubLinkHeader::pageNumber(links.value(u"next"_s)), next);
        QCOMPARE(GitHubLinkHeader::pageNumber(links.value(u"last"_s)), last);
    }

    void listsEveryPageThroughLinkHeaders()
    {
        m_server->addLifecycleIssues(repoName, 250);
        auto client = makeClient();
        const auto result = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.issues.size(), 250);
        QCOMPARE(result.value.requests, 3);
        // Newest first, as GitHub orders them, across page boundaries.
        for (int i = 0; i < 250; ++i)
            QCOMPARE(result.value.issues.at(i).number, 250 - i);
        const GitHubIssue &first = result.value.issues.first();
        QCOMPARE(first.titleSpecId(), u"plot-249"_s);
        QCOMPARE(first.labels.size(), 4);
        QVERIFY(!first.labels.first().color.isEmpty());
        for (const auto &request : m_server->log())
            QVERIFY2(request.query.contains(u"per_page=100"_s), qPrintable(request.query));
    }

    void followsNextLinksOneByOneWhenAsked()
    {
        m_server->addLifecycleIssues(repoName, 250);
        GitHubClient::Options options;
        options.parallelPages = false;
        auto client = makeClient(true, options);
        m_server->setResponseDelay(20);
        const auto result = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QVERIFY(result.ok());
        QCOMPARE(result.value.issues.size(), 250);
        QCOMPARE(result.value.requests, 3);
        QCOMPARE(m_server->peakConcurrentRequests(), 1);
    }

    void listsFiltersByStateAndLabel_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("expected");
        // 21 issues: every 7th closed (0, 7, 14), stages cycle over three.
        QTest::newRow("open") << u"open"_s << QStringList{} << 18;
        QTest::newRow("closed") << u"closed"_s << QStringList{} << 3;
        QTest::newRow("all") << u"all"_s << QStringList{} << 21;
        QTest::newRow("approved") << u"all"_s << QStringList{u"approved"_s} << 7;
        QTest::newRow("two labels") << u"all"_s << QStringList{u"approved"_s, u"impl:seaborn:done"_s} << 3;
    }
    void listsFiltersByStateAndLabel()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, labels);
        QFETCH(int, expected);
        m_server->addLifecycleIssues(repoName, 21);
        auto client = makeClient();
        const auto result = awaitResult(client->listIssues({state, labels, false}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.issues.size(), expected);
        for (const GitHubIssue &issue : result.value.issues) {
            for (const QString &label : labels)
                QVERIFY(issue.hasLabel(label));
        }
    }

    void pullRequestsLeftOutUnlessAsked()
    {
        m_server->addIssue(repoName, u"[a] issue"_s);
        m_server->addIssue(repoName, u"PR"_s).pullRequest = true;
        auto client = makeClient();
        QCOMPARE(awaitResult(client->listIssues()).value.issues.size(), 1);
        QCOMPARE(awaitResult(client->listIssues({u"open"_s, {}, true})).value.issues.size(), 2);
    }

    void unchangedRepollIsAllNotModifiedAndFree()
    {
        m_server->addLifecycleIssues(repoName, 350);
        auto client = makeClient();
        const auto first = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QVERIFY(first.ok());
        QCOMPARE(first.value.notModifiedPages, 0);
        const int remainingBefore = m_server->quota(token).remaining;
        QCOMPARE(client->rateLimit().remaining, remainingBefore);

        const auto second = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QVERIFY(second.ok());
        QCOMPARE(second.value.requests, 4);
        QVERIFY(second.value.notModified());
        QCOMPARE(m_server->quota(token).remaining, remainingBefore);
        QCOMPARE(second.value.issues, first.value.issues);
        for (const auto &request : m_server->log().mid(4))
            QCOMPARE(request.status, 304);

        // A change on the server is seen on the next poll.
        m_server->addIssue(repoName, u"[new-one] New"_s, {u"spec-request"_s});
        const auto third = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QCOMPARE(third.value.issues.size(), 351);
        QCOMPARE(third.value.issues.first().title, u"[new-one] New"_s);
    }

    void etagCacheSurvivesARestart()
    {
        m_server->addLifecycleIssues(repoName, 120);
        {
            auto client = makeClient();
            QVERIFY(awaitResult(client->listIssues()).ok());
        }
        auto restarted = makeClient();
        const auto result = awaitResult(restarted->listIssues());
        QVERIFY(result.ok());
        QVERIFY(result.value.notModified());
        QCOMPARE(result.value.issues.size(), 102); // 120 less every 7th, closed
    }

    void etagCacheRejectsTornFiles()
    {
        GitHubEtagCache cache(m_cacheDir->path());
        cache.insert(u"k"_s, {"\"e\"", "<l>", "[1]"});
        QDirIterator it(m_cacheDir->path(), {u"*.etag"_s}, QDir::Files);
        QVERIFY(it.hasNext());
        const QString file = it.next();
        QFile torn(file);
        QVERIFY(torn.open(QIODevice::ReadWrite));
        torn.resize(torn.size() / 2);
        torn.close();
        GitHubEtagCache reopened(m_cacheDir->path());
        QVERIFY(!reopened.find(u"k"_s).isValid());
        QVERIFY(!reopened.find(u"other"_s).isValid());
    }

    void rateLimitHeadersArePublished()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->setQuota(token, 5000, 4321);
        auto client = makeClient();
        QSignalSpy spy(client.get(), &GitHubClient::rateLimitChanged);
        QVERIFY(awaitResult(client->issue(1)).ok());
        QCOMPARE(spy.size(), 1);
        const GitHubRateLimit limit = client->rateLimit();
        QCOMPARE(limit.limit, 5000);
        QCOMPARE(limit.remaining, 4320);
        QCOMPARE(limit.used, 680);
        QCOMPARE(limit.resource, u"core"_s);
        QVERIFY(limit.reset > QDateTime::currentDateTimeUtc());
        QVERIFY(client->rateLimitText().contains(u"4,320"_s));
    }

    void exhaustedQuotaFailsWithItsResetTime()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->setQuota({}, 60, 0);
        auto client = makeClient(false);
        const auto result = awaitResult(client->listIssues());
        QCOMPARE(result.error.kind, GitHubError::Kind::RateLimited);
        QVERIFY(result.error.retryAt > QDateTime::currentDateTimeUtc());
        QVERIFY2(result.error.message.contains(u"60"_s), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(u"Sign in"_s));
        QCOMPARE(m_server->log().size(), 1); // no retry loop
    }

    void secondaryLimitBacksOffAndRetries_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("429") << 429;
    }
    void secondaryLimitBacksOffAndRetries()
    {
        QFETCH(int, status);
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->failNext(2, status, 1);
        auto client = makeClient();
        QSignalSpy backoff(client.get(), &GitHubClient::backingOff);
        QElapsedTimer timer;
        timer.start();
        const auto result = awaitResult(client->issue(1));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.number, 1);
        QCOMPARE(backoff.size(), 2);
        QCOMPARE(backoff.first().first().toInt(), 1000);
        QVERIFY(timer.elapsed() >= 1900);
        QCOMPARE(client->statistics().secondaryBackoffs, 2);
        QCOMPARE(m_server->log().size(), 3);
    }

    void secondaryLimitGivesUpAfterRetries()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->failNext(100, 429, 0);
        GitHubClient::Options options;
        options.maxSecondaryRetries = 2;
        auto client = makeClient(true, options);
        const auto result = awaitResult(client->issue(1));
        QCOMPARE(result.error.kind, GitHubError::Kind::SecondaryRateLimited);
        QCOMPARE(m_server->log().size(), 3);
    }

    void secondaryLimitTooLongFailsInsteadOfWaiting()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->failNext(1, 403, 3600);
        auto client = makeClient();
        const auto result = awaitResult(client->issue(1));
        QCOMPARE(result.error.kind, GitHubError::Kind::SecondaryRateLimited);
        QVERIFY(result.error.retryAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    }

    void badTokenTurnsStateToSignInAgain()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        auto client = makeClient(false);
        client->setToken(u"ghp_wrong"_s);
        QCOMPARE(client->authState(), GitHubClient::AuthState::Token);
        QSignalSpy spy(client.get(), &GitHubClient::authStateChanged);
        const auto result = awaitResult(client->listIssues());
        QCOMPARE(result.error.kind, GitHubError::Kind::Unauthorized);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(client->authState(), GitHubClient::AuthState::Rejected);
        QCOMPARE(spy.size(), 1);
        QVERIFY(client->authStateText().contains(u"sign in again"_s));
        QVERIFY(result.error.message.contains(u"sign in again"_s));
    }

    void tokenRevokedMidSession()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        auto client = makeClient();
        QVERIFY(awaitResult(client->issue(1)).ok());
        QCOMPARE(client->authState(), GitHubClient::AuthState::Valid);
        m_server->revokeToken(token);
        const auto result = awaitResult(client->addComment(1, u"hello"_s));
        QCOMPARE(result.error.kind, GitHubError::Kind::Unauthorized);
        QCOMPARE(client->authState(), GitHubClient::AuthState::Rejected);
        QVERIFY(m_server->repository(repoName)->issues[1].comments.isEmpty());
    }

    void missingRepositoryIsNotFound()
    {
        auto client = makeClient();
        client->setRepository(GitHubRepository::parse(u"nobody/nothing"_s));
        const auto result = awaitResult(client->listIssues());
        QCOMPARE(result.error.kind, GitHubError::Kind::NotFound);
        QVERIFY(result.error.message.contains(u"nobody/nothing"_s));
    }

    void invalidRepositoryNeverReachesTheNetwork()
    {
        auto client = makeClient();
        client->setRepository(GitHubRepository::parse(u"../../etc"_s));
        QCOMPARE(awaitResult(client->listIssues()).error.kind, GitHubError::Kind::InvalidRepository);
        QVERIFY(m_server->log().isEmpty());
    }

    void unreachableServerIsANetworkError()
    {
        GitHubClient::Options options;
        options.apiUrl = m_server->url();
        m_server.reset(); // nothing listens there any more
        m_server = std::make_unique<FakeGitHub>();
        auto client = makeClient(true, options);
        const auto result = awaitResult(client->listIssues());
        QCOMPARE(result.error.kind, GitHubError::Kind::Network);
        QVERIFY(!result.error.message.isEmpty());
    }

    void atMostSixRequestsInFlight()
    {
        for (int i = 0; i < 20; ++i)
            m_server->addIssue(repoName, u"[i%1] i"_s.arg(i));
        m_server->setResponseDelay(150);
        auto client = makeClient();
        QList<QFuture<GitHubResult<GitHubIssue>>> calls;
        for (int i = 1; i <= 20; ++i)
            calls.append(client->issue(i));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(awaitResult(calls.at(i)).value.number, i + 1);
        QCOMPARE(m_server->peakConcurrentRequests(), 6);
        QCOMPARE(client->statistics().peakInFlight, 6);
    }

    void writesAreSerialisedInOrder()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        m_server->setResponseDelay(80);
        auto client = makeClient();
        QList<QFuture<GitHubResult<GitHubComment>>> calls;
        for (int i = 0; i < 5; ++i)
            calls.append(client->addComment(1, u"comment %1"_s.arg(i)));
        calls.append(client->addComment(1, u"last"_s));
        for (const auto &call : calls)
            QVERIFY(awaitResult(call).ok());
        QCOMPARE(m_server->peakConcurrentWrites(), 1);
        const auto &comments = m_server->repository(repoName)->issues[1].comments;
        QCOMPARE(comments.size(), 6);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(comments.at(i).body, u"comment %1"_s.arg(i));
    }

    // Qt's HTTP layer re-sends a request whose connection closed before any answer; for a POST
    // that would be a second comment. The client's one-shot body makes that resend impossible.
    void droppedPostIsNeverResent()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        auto client = makeClient();
        QVERIFY(awaitResult(client->issue(1)).ok()); // a kept-alive connection, as in real use
        m_server->dropNextCommentResponse();
        const auto result = awaitResult(client->addComment(1, u"once"_s));
        QCOMPARE(result.error.kind, GitHubError::Kind::Network);
        QCOMPARE(m_server->repository(repoName)->issues[1].comments.size(), 1);
        int posts = 0;
        for (const auto &request : m_server->log())
            posts += request.method == "POST";
        QCOMPARE(posts, 1);
    }

    void labelsAddedAndRemoved_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("approved") << u"approved"_s;
        QTest::newRow("generate") << u"generate:matplotlib"_s;
        QTest::newRow("impl state") << u"impl:seaborn:failed"_s;
        QTest::newRow("unusual") << u"needs review / 🚀 ?#%&+ é"_s;
    }
    void labelsAddedAndRemoved()
    {
        QFETCH(QString, label);
        m_server->addIssue(repoName, u"[a] a"_s, {u"spec-request"_s});
        auto client = makeClient();
        const auto added = awaitResult(client->addLabels(1, {label}));
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        QCOMPARE(added.value.size(), 2);
        QCOMPARE(added.value.last().name, label);
        QCOMPARE(m_server->repository(repoName)->issues[1].labels, (QStringList{u"spec-request"_s, label}));
        const auto removed = awaitResult(client->removeLabel(1, label));
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        QCOMPARE(removed.value.size(), 1);
        QCOMPARE(m_server->repository(repoName)->issues[1].labels, QStringList{u"spec-request"_s});
        // The name travels as one path segment: nothing of it can escape into the path or query.
        const QByteArray path = m_server->log().last().encodedPath;
        QVERIFY2(path.startsWith("/repos/MarkusNeusinger/anyplot/issues/1/labels/"), path.constData());
        QCOMPARE(path.count('/'), 7);
        QVERIFY(!path.contains('?') && !path.contains('#'));
    }

    void removingAMissingLabelIsNotFound()
    {
        m_server->addIssue(repoName, u"[a] a"_s);
        auto client = makeClient();
        QCOMPARE(awaitResult(client->removeLabel(1, u"approved"_s)).error.kind, GitHubError::Kind::NotFound);
    }

    void createsAnIssue()
    {
        m_server->addRepository(repoName);
        auto client = makeClient();
        const auto result = awaitResult(client->createIssue(u"[violin-split] Split violin"_s,
                                                            u"### Description\n\nTwo halves."_s, {u"spec-request"_s}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.number, 1);
        QCOMPARE(result.value.titleSpecId(), u"violin-split"_s);
        QCOMPARE(result.value.labelNames(), QStringList{u"spec-request"_s});
        QCOMPARE(m_server->repository(repoName)->issues[1].body, u"### Description\n\nTwo halves."_s);
        QCOMPARE(m_server->repository(repoName)->issues[1].author, u"maintainer"_s);
        QCOMPARE(awaitResult(client->currentUserLogin()).value, u"maintainer"_s);
    }

    void emptyTitleIsAValidationError()
    {
        m_server->addRepository(repoName);
        auto client = makeClient();
        const auto result = awaitResult(client->createIssue(u" "_s, u"x"_s, {}));
        QCOMPARE(result.error.kind, GitHubError::Kind::Validation);
        QVERIFY(result.error.message.contains(u"Validation Failed"_s));
    }

    void readingWorksWithoutAToken()
    {
        m_server->addLifecycleIssues(repoName, 5);
        auto client = makeClient(false);
        QCOMPARE(client->authState(), GitHubClient::AuthState::Anonymous);
        QVERIFY(client->authStateText().contains(u"60 requests per hour"_s));
        const auto result = awaitResult(client->listIssues());
        QVERIFY(result.ok());
        QCOMPARE(client->rateLimit().limit, 60);
        QCOMPARE(client->rateLimit().remaining, 59);
        QVERIFY(m_server->log().first().authorization.isEmpty());
        const auto write = awaitResult(client->addComment(1, u"x"_s));
        QCOMPARE(write.error.kind, GitHubError::Kind::NoToken);
        QCOMPARE(m_server->log().size(), 1);
    }

    void apiUrlWithAPathPrefixIsHonoured()
    {
        m_server = std::make_unique<FakeGitHub>();
        m_server->setPathPrefix(u"/api/v3"_s);
        m_server->addToken(token, u"enterprise"_s);
        m_server->start();
        m_server->addLifecycleIssues(repoName, 150);
        auto client = makeClient();
        QCOMPARE(client->apiUrl().path(), u"/api/v3"_s);
        const auto result = awaitResult(client->listIssues({u"all"_s, {}, false}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.issues.size(), 150);
        QVERIFY(awaitResult(client->addLabels(1, {u"approved"_s})).ok());
        for (const auto &request : m_server->log())
            QVERIFY(request.encodedPath.startsWith("/api/v3/"));
    }

    void tokenNeverLeaks()
    {
        capturedMessages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        m_server->addLifecycleIssues(repoName, 120);
        QStringList errorMessages;
        {
            auto client = makeClient();
            QVERIFY(awaitResult(client->listIssues({u"all"_s, {}, false})).ok());
            QVERIFY(awaitResult(client->addComment(1, u"x"_s)).ok());
            client->setRepository(GitHubRepository::parse(u"no/such"_s));
            errorMessages << awaitResult(client->listIssues()).error.message;
            m_server->failNext(5, 403, 0);
            GitHubClient::Options options;
            options.maxSecondaryRetries = 0;
            auto limited = makeClient(true, options);
            errorMessages << awaitResult(limited->issue(1)).error.message;
            m_server->revokeToken(token);
            errorMessages << awaitResult(limited->issue(1)).error.message;
            errorMessages << limited->authStateText() << limited->rateLimitText();
        }
        qInstallMessageHandler(previous);
        const QString secret = QString::fromLatin1(token);
        for (const QString &message : std::as_const(capturedMessages) + errorMessages)
            QVERIFY2(!message.contains(secret), qPrintable(message));
        int sentWithToken = 0;
        for (const auto &request : m_server->log()) {
            QVERIFY(!request.encodedPath.contains(token) && !request.query.contains(secret));
            sentWithToken += request.authorization == "token " + token;
        }
        QCOMPARE(sentWithToken, m_server->log().size()); // the header, and only the header, carries it
        QDirIterator files(m_cacheDir->path(), QDir::Files, QDirIterator::Subdirectories);
        int cacheFiles = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(token));
            ++cacheFiles;
        }
        QVERIFY(cacheFiles >= 2);
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
