#include "changeconfirmation.h"
#include "fakegithub.h"
#include "githubclient.h"
#include "githubsettingsdialog.h"
#include "githubtestsupport.h"
#include "issuefiltermodel.h"
#include "issuemodel.h"
#include "issuespanel.h"
#include "issuethreadview.h"
#include "issuetracker.h"
#include "reportproblemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_widgetTOKEN";
const QString review = uR"(## AI Review - Attempt 1/3

### Score: 78/100

| Category | Score | Max |
|---|---|---|
| Visual Quality | 30 | 40 |
| Code Quality | 17 | 20 |

### Verdict: REJECTED
)"_s;
} // namespace

class TestGitHubWidgets : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<IssueModel> m_model;
    std::unique_ptr<IssueTracker> m_tracker;
    QList<GitHubChange> m_asked;
    bool m_answer = true;

    void makeTracker(bool withToken)
    {
        m_client = makeTestClient(m_server->url(), m_cache->path(), withToken ? token : QByteArray(), 2000);
        m_model = std::make_unique<IssueModel>();
        m_tracker = std::make_unique<IssueTracker>(m_client.get(), m_model.get());
        QSignalSpy refreshed(m_tracker.get(), &IssueTracker::refreshed);
        m_tracker->refresh();
        QVERIFY(refreshed.wait(10000));
    }

    void selectAndWait(IssuesPanel &panel, int number)
    {
        QSignalSpy shown(panel.threadView(), &IssueThreadView::threadShown);
        QVERIFY(panel.selectIssue(number));
        QVERIFY(shown.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeGitHub>();
        m_server->addToken(token, u"maintainer"_s);
        m_server->start();
        m_server->addIssue(repoName, u"[scatter-basic] Basic scatter"_s,
                           {u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:seaborn:failed"_s},
                           u"### Description\n\nA scatter plot. ![preview](https://example.com/p.png)\n\n<details>hidden</details>"_s);
        m_server->addComment(repoName, 1, u"github-actions[bot]"_s, review);
        m_server->addComment(repoName, 1, u"someone"_s, u"Score was ${SCORE}, odd."_s);
        m_server->addIssue(repoName, u"[violin-split] Split violin"_s, {u"spec-request"_s}, u"Please add it."_s);
        m_server->addIssue(repoName, u"Old duplicate"_s, {u"duplicate"_s}, u"x"_s, u"closed"_s);
        m_cache = std::make_unique<QTemporaryDir>();
        m_asked.clear();
        m_answer = true;
        ChangeConfirmation::setHandler([this](const GitHubChange &change) {
            m_asked.append(change);
            return m_answer;
        });
    }
    void cleanup()
    {
        ChangeConfirmation::setHandler({});
        m_tracker.reset();
        m_model.reset();
        m_client.reset();
        m_server.reset();
    }

    void panelFiltersByStateGroupAndSearch()
    {
        makeTracker(true);
        IssuesPanel panel(m_tracker.get());
        panel.resize(900, 800);
        QCOMPARE(panel.view()->model()->rowCount(), 3);
        panel.stateBox()->setCurrentIndex(0); // open
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        panel.stateBox()->setCurrentIndex(2);
        panel.groupBox()->setCurrentIndex(panel.groupBox()->findData(int(IssueLifecycle::Group::ImplFailed)));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        QCOMPARE(panel.view()->model()->index(0, 0).data(IssueModel::NumberRole).toInt(), 1);
        panel.groupBox()->setCurrentIndex(0);
        panel.searchEdit()->setText(u"violin"_s);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.searchEdit()->clear();
        QVERIFY(panel.statusLabel()->text().contains(u"3 issue"_s));
        QSignalSpy spec(&panel, &IssuesPanel::specRequested);
        panel.showIssuesOfSpec(u"scatter-basic"_s);
        QCOMPARE(panel.view()->currentIndex().data(IssueModel::NumberRole).toInt(), 1);
    }

    void threadShowsBodyCommentsAndReview()
    {
        makeTracker(true);
        IssuesPanel panel(m_tracker.get());
        panel.resize(1000, 900);
        panel.show();
        selectAndWait(panel, 1);
        IssueThreadView *thread = panel.threadView();
        QVERIFY(thread->headerLabel()->text().contains(u"Basic scatter"_s));
        QVERIFY(thread->headerLabel()->text().contains(u"spec-ready"_s));
        QVERIFY(thread->reviewLabel()->isVisible());
        QVERIFY(thread->reviewLabel()->text().contains(u"78/100"_s));
        QVERIFY(thread->reviewLabel()->text().contains(u"REJECTED"_s));
        QVERIFY(thread->reviewLabel()->text().contains(u"Visual Quality"_s));
        const QString text = thread->document()->toPlainText();
        QVERIFY(text.contains(u"A scatter plot."_s));
        QVERIFY(text.contains(u"image: preview"_s)); // a link, never a fetched image
        QVERIFY(!text.contains(u"<details>"_s));
        QVERIFY(text.contains(u"${SCORE}"_s));
        QVERIFY(text.contains(u"github-actions[bot]"_s));
        if (const QByteArray dir = qgetenv("PLOTBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
            panel.grab().save(QString::fromLocal8Bit(dir) + u"/issues-panel.png"_s);
    }

    void labelActionConfirmsTheExactChangeAndShowsAtOnce()
    {
        makeTracker(true);
        IssuesPanel panel(m_tracker.get());
        selectAndWait(panel, 2);
        IssueThreadView *thread = panel.threadView();
        thread->addLabel(u"approved"_s);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().request().section(u'\n', 0, 0), u"POST /repos/MarkusNeusinger/anyplot/issues/2/labels"_s);
        QVERIFY(thread->headerLabel()->text().contains(u"approved"_s)); // optimistic
        QTRY_COMPARE(m_server->repository(repoName)->issues[2].labels, (QStringList{u"spec-request"_s, u"approved"_s}));
        // Declined: nothing is sent.
        m_answer = false;
        const qsizetype requests = m_server->log().size();
        thread->addLabel(u"generate:bokeh"_s);
        QCOMPARE(m_server->log().size(), requests);
        QVERIFY(!m_model->issueAt(m_model->rowOfIssue(2)).hasLabel(u"generate:bokeh"_s));
    }

    void failedChangeRollsBackWithAMessage()
    {
        makeTracker(true);
        IssuesPanel panel(m_tracker.get());
        selectAndWait(panel, 2);
        IssueThreadView *thread = panel.threadView();
        m_server->revokeToken(token);
        thread->addLabel(u"generate:matplotlib"_s);
        QTRY_VERIFY(!thread->messageLabel()->isHidden());
        QVERIFY(thread->messageLabel()->text().contains(u"undone"_s));
        QVERIFY(!thread->headerLabel()->text().contains(u"generate:matplotlib"_s));
    }

    void commentTextIsKeptUntilGitHubHasIt()
    {
        makeTracker(true);
        IssuesPanel panel(m_tracker.get());
        selectAndWait(panel, 2);
        IssueThreadView *thread = panel.threadView();
        QVERIFY(!thread->postButton()->isEnabled()); // nothing typed
        thread->commentEdit()->setPlainText(u"Approved, thanks!"_s);
        QVERIFY(thread->postButton()->isEnabled());
        m_server->failNext(10, 429, 0); // GitHub keeps refusing: the retries run out
        thread->postComment();
        QTRY_VERIFY(!thread->messageLabel()->isHidden());
        QCOMPARE(thread->commentEdit()->toPlainText(), u"Approved, thanks!"_s);
        QVERIFY(thread->messageLabel()->text().contains(u"text is kept"_s));
        m_server->failNext(0, 429, 0);
        QSignalSpy shown(thread, &IssueThreadView::threadShown);
        thread->postComment();
        QVERIFY(shown.wait(10000));
        QVERIFY(thread->commentEdit()->toPlainText().isEmpty());
        QCOMPARE(m_server->repository(repoName)->issues[2].comments.size(), 1);
        QVERIFY(thread->document()->toPlainText().contains(u"Approved, thanks!"_s));
    }

    void withoutATokenActionsAreDisabledAndSaySo()
    {
        makeTracker(false);
        IssuesPanel panel(m_tracker.get());
        selectAndWait(panel, 1);
        IssueThreadView *thread = panel.threadView();
        thread->commentEdit()->setPlainText(u"x"_s);
        QVERIFY(!thread->postButton()->isEnabled());
        QVERIFY(thread->postButton()->toolTip().contains(u"Sign in"_s));
        QVERIFY(panel.statusLabel()->text().contains(u"60 requests per hour"_s));
    }

    void reportDialogValidatesAndBuildsTheForm()
    {
        ReportProblemDialog dialog(u"scatter-basic"_s, IssueThreadView::libraries(), u"seaborn"_s);
        QVERIFY(!dialog.canSend());
        QVERIFY(dialog.problemsLabel()->text().contains(u"category"_s));
        dialog.categoryBox()->setCurrentIndex(dialog.categoryBox()->findData(u"visual"_s));
        dialog.descriptionEdit()->setPlainText(u"The legend covers the points."_s);
        QVERIFY(dialog.canSend());
        const ImplementationReport report = dialog.report();
        QCOMPARE(report.libraries, QStringList{u"seaborn"_s});
        QCOMPARE(report.toChange(GitHubRepository::defaultCatalog()).labels, QStringList{u"report-pending"_s});
        dialog.specIdEdit()->setText(u"Not An Id"_s);
        QVERIFY(!dialog.canSend());
    }

    void settingsDialogNeverShowsTheToken()
    {
        GitHubSettings settings;
        GitHubSettingsDialog dialog(settings, u"Signed in to GitHub."_s);
        QVERIFY(dialog.tokenEdit()->text().isEmpty());
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        dialog.repositoryEdit()->setText(u"fork/anyplot"_s);
        dialog.apiUrlEdit()->setText(u"https://ghe.example.com/api/v3"_s);
        dialog.tokenEdit()->setText(u" ghp_typed "_s);
        QCOMPARE(dialog.settings().repository.fullName(), u"fork/anyplot"_s);
        QCOMPARE(dialog.settings().apiUrl.host(), u"ghe.example.com"_s);
        QCOMPARE(dialog.token(), u"ghp_typed"_s);
    }
};

QTEST_MAIN(TestGitHubWidgets)
#include "tst_githubwidgets.moc"
