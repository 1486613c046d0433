// Submitting a draft creates exactly the previewed issue on a (fake) GitHub; a failed submit
// never loses the draft.
#include "specdraftsession.h"
#include "specdraftsubmitter.h"

#include "fakegithub.h"
#include "githubclient.h"
#include "githubtestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_drafting_test_token";

using DraftingTest::filledDraft;
} // namespace

class TestSpecDraftSubmitter : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<GitHubClient> client(const QByteArray &withToken)
    {
        GitHubClient::Options options;
        options.apiUrl = m_server->url();
        options.cacheDirectory = m_dir->path() + u"/etags"_s;
        options.timeoutMs = 5000;
        auto c = std::make_unique<GitHubClient>(options);
        c->setRepository(GitHubRepository::parse(repoName));
        c->setToken(QString::fromLatin1(withToken));
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeGitHub>();
        m_server->addToken(token, u"contributor"_s);
        m_server->start();
        m_server->addRepository(repoName);
    }

    void createsThePreviewedIssue()
    {
        auto github = client(token);
        const DraftStore store(m_dir->path() + u"/drafts"_s);
        SpecDraftSession session(nullptr, store, filledDraft());
        const SpecDraftIssue issue = SpecDraftIssue::fromDraft(session.parsed());
        SpecDraftSubmitter submitter(github.get(), &session);
        QSignalSpy done(&submitter, &SpecDraftSubmitter::submitted);
        QVERIFY(submitter.submit(issue));
        QVERIFY(!submitter.submit(issue)); // one at a time
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        const FakeGitHub::Issue &created = m_server->repository(repoName)->issues[1];
        QCOMPARE(created.title, u"[violin-split] Split Violin"_s);
        QCOMPARE(created.body, issue.body);
        QCOMPARE(created.labels, QStringList{u"spec-request"_s});
        QCOMPARE(created.author, u"contributor"_s);
        session.waitForSaves();
        QCOMPARE(store.load(session.draft().draftId)->submittedIssue, 1);
        QVERIFY(!submitter.submit(issue)); // already has its issue
        QCOMPARE(m_server->repository(repoName)->issues.size(), 1);
    }

    void failureKeepsTheDraftAndSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("useToken");
        QTest::addColumn<bool>("serverDown");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("revoked token") << QByteArray("ghp_revoked") << false << u"sign in"_s;
        QTest::newRow("no token") << QByteArray() << false << u"token"_s;
        QTest::newRow("server down") << token << true << QString();
    }

    void failureKeepsTheDraftAndSaysWhy()
    {
        QFETCH(QByteArray, useToken);
        QFETCH(bool, serverDown);
        QFETCH(QString, reasonPart);
        auto github = client(useToken);
        if (serverDown)
            m_server.reset(); // nothing listens any more
        const DraftStore store(m_dir->path() + u"/drafts"_s);
        SpecDraftSession session(nullptr, store, filledDraft());
        SpecDraftSubmitter submitter(github.get(), &session);
        QSignalSpy failed(&submitter, &SpecDraftSubmitter::failed);
        QVERIFY(submitter.submit(SpecDraftIssue::fromDraft(session.parsed())));
        QVERIFY(failed.wait(10000));
        const QString reason = failed.first().at(0).toString();
        QVERIFY2(reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(reason));
        QVERIFY(!reason.contains(QString::fromLatin1(token)));
        session.waitForSaves();
        const std::optional<SpecDraft> kept = store.load(session.draft().draftId);
        QVERIFY(kept);
        QCOMPARE(kept->markdown, filledDraft().markdown);
        QCOMPARE(kept->lastSubmitError, reason);
        QCOMPARE(kept->submittedIssue, 0);
        if (m_server)
            QVERIFY(m_server->repository(repoName)->issues.isEmpty());
    }

    // The first attempt reached GitHub but its answer was lost: the retry finds the issue.
    void retryAfterALostAnswerMakesNoSecondIssue()
    {
        auto github = client(token);
        const DraftStore store(m_dir->path() + u"/drafts"_s);
        SpecDraft draft = filledDraft();
        draft.lastSubmitError = u"the connection dropped"_s;
        SpecDraftSession session(nullptr, store, draft);
        const SpecDraftIssue issue = SpecDraftIssue::fromDraft(session.parsed());
        m_server->addIssue(repoName, u"[other] Something else"_s, {u"spec-request"_s}, u"x"_s);
        m_server->addIssue(repoName, issue.title, issue.labels, issue.body); // what the lost POST made
        SpecDraftSubmitter submitter(github.get(), &session);
        QSignalSpy done(&submitter, &SpecDraftSubmitter::submitted);
        QVERIFY(submitter.submit(issue));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 2);
        QCOMPARE(m_server->repository(repoName)->issues.size(), 2); // nothing new
        QCOMPARE(session.draft().submittedIssue, 2);
        QVERIFY(session.draft().lastSubmitError.isEmpty());
    }

    void retryWithNothingOnGitHubCreatesTheIssue()
    {
        auto github = client(token);
        SpecDraft draft = filledDraft();
        draft.lastSubmitError = u"offline"_s;
        SpecDraftSession session(nullptr, DraftStore(m_dir->path() + u"/drafts"_s), draft);
        SpecDraftSubmitter submitter(github.get(), &session);
        QSignalSpy done(&submitter, &SpecDraftSubmitter::submitted);
        QVERIFY(submitter.submit(SpecDraftIssue::fromDraft(session.parsed())));
        QVERIFY(done.wait(10000));
        QCOMPARE(m_server->repository(repoName)->issues.size(), 1);
        QCOMPARE(m_server->repository(repoName)->issues.first().title, u"[violin-split] Split Violin"_s);
    }
};

QTEST_GUILESS_MAIN(TestSpecDraftSubmitter)
#include "tst_specdraftsubmitter.moc"
